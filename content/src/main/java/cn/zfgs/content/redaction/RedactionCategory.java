package cn.zfgs.content.redaction;

/** 屏蔽类别 — the kind of personal or secret information a span hides. */
public enum RedactionCategory {
    PERSON_NAME("自然人姓名"),
    ID_NUMBER("居民身份证号码"),
    PHONE("电话号码"),
    EMAIL("电子邮箱"),
    BANK_ACCOUNT("银行账号"),
    ADDRESS("住址"),
    LICENCE_PLATE("机动车号牌"),
    HEALTH("健康信息"),
    TRADE_SECRET("商业秘密"),
    STATE_SECRET("国家秘密"),
    OTHER("其他个人信息");

    private final String label;

    RedactionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
