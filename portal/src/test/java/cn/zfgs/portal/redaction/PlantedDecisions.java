package cn.zfgs.portal.redaction;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 含个人信息的测试决定 — decisions about a natural person, with one value of every category planted in the texts.
 * The names are rare enough that no demo officer or party shares them, so finding one in a public output is a leak.
 */
public final class PlantedDecisions {

    /** The planted values of one decision, and its content. */
    public record Planted(DecisionContent content, List<String> values) {
    }

    private PlantedDecisions() {
    }

    /**
     * A penalty on natural person {@code name} (a fine below the major-decision threshold) with an ID number, home
     * address, mobile number, e-mail, bank card and licence plate planted in its texts.
     */
    public static Planted penalty(String documentNumber, String name, String idNumber, String mobile, String card,
            String plate, String email) {
        String village = "邝家村委会翊珩村" + (10 + documentNumber.length()) + "号";
        String facts = "当事人" + name + "，男，公民身份号码：" + idNumber + "，住址：江西省南昌市进贤县民和镇" + village
                + "，联系电话：" + mobile + "，电子邮箱：" + email + "。2026年2月3日，本局执法人员对" + name
                + "驾驶的号牌为赣" + plate + "的车辆内存放的药品进行检查，发现其销售超过有效期的药品，货值金额1,280.00元，"
                + "违法所得通过银行卡" + card + "收取。" + name + "对上述事实供认不讳。";
        String result = "依据《药品管理法》第九十八条，决定对" + name + "罚款人民币2,000.00元。";
        DecisionContent content = new DecisionContent(documentNumber, DecisionType.PENALTY, name,
                PartyKind.NATURAL_PERSON, null, null, facts, List.of("《药品管理法》第九十八条"), result,
                new BigDecimal("2000"), null, LocalDate.of(2026, 3, 2), false, false);
        return new Planted(content, List.of(name, idNumber, mobile, card, plate, email, village,
                name.substring(1)));
    }
}
