package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DemoNames.County;
import cn.zfgs.content.demo.DemoParties.Party;
import cn.zfgs.content.demo.DemoParties.Person;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionSpan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * 案卷 — the working state while one decision is written: the random source, the slot, the party, the three
 * redactable texts with their spans, the legal bases and the amounts. Scenarios write into it; helpers keep the
 * recurring parts (the party's particulars, the hearing, the list of sanctions) worded the same way everywhere.
 */
final class CaseFile {

    private final Random random;
    final DecisionSchedule.Slot slot;
    final RedactableText facts = new RedactableText(DecisionContent.FACTS);
    final RedactableText result = new RedactableText(DecisionContent.RESULT);
    private final RedactableText partyName = new RedactableText(DecisionContent.PARTY_NAME);
    private final Set<String> legalBases = new LinkedHashSet<>();
    private final List<String> sanctions = new ArrayList<>();
    private Party party;
    private BigDecimal fine;
    private BigDecimal confiscated;
    private boolean hearingHeld;
    private boolean licenceRevoked;

    CaseFile(Random random, DecisionSchedule.Slot slot) {
        this.random = random;
        this.slot = slot;
    }

    // --- random choices ---------------------------------------------------------------------------------------

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> options) {
        return DemoNames.pick(random, options);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** A day {@code min}–{@code max} calendar days before the decision. */
    LocalDate daysBefore(int min, int max) {
        return slot.date().minusDays(between(min, max));
    }

    /** How the agency refers to itself: 本局, or 本委 for the health commission. */
    private String self() {
        return slot.agency() == DemoAgency.PROVINCE_HEALTH ? "本委" : "本局";
    }

    County county() {
        return pick(slot.agency().partyCounties());
    }

    // --- parties ----------------------------------------------------------------------------------------------

    Party party() {
        return party;
    }

    void naturalPerson() {
        party = DemoParties.naturalPerson(DemoParties.person(random, county()));
    }

    /** A 个体工商户 trading as {@code trade} (副食店, 餐馆 …) in one of the agency's counties. */
    void individualBusiness(String trade) {
        County county = county();
        party = DemoParties.individualBusiness(random, county, trade, DemoParties.person(random, county));
    }

    /** A company named after its place (江西, the city, or the county) with the given trade and form. */
    void company(String trade) {
        organisation(PartyKind.LEGAL_PERSON, trade, "91");
    }

    void organisation(PartyKind kind, String trade, String creditKind) {
        County county = county();
        party = DemoParties.organisation(random, kind, placePrefix(county), trade, creditKind, county);
    }

    /** A branch (分公司, 分店): a 非法人组织 with a credit code of its own. */
    void branch(String parentTrade, String branchWord) {
        County county = county();
        Party parent = DemoParties.organisation(random, PartyKind.LEGAL_PERSON, placePrefix(county), parentTrade, "91",
                county);
        String town = pick(county.towns()).replaceAll("(街道|镇|乡)$", "");
        party = new Party(PartyKind.OTHER_ORGANIZATION, parent.name() + town + branchWord,
                DemoCodes.creditCode("91", county.code(), "MA", random), null);
    }

    private String placePrefix(County county) {
        String city = county.fullName().substring(3, county.fullName().indexOf('市', 3));
        return pick("江西", city, city, county.shortName().endsWith("区") ? city : county.shortName());
    }

    /** The person whose data is planted: the natural person or the operator. */
    Person person() {
        return party.person();
    }

    // --- texts ------------------------------------------------------------------------------------------------

    /** The party's particulars opening the facts: name, code, and for people their personal data. */
    void introduceParty() {
        switch (party.kind()) {
            case NATURAL_PERSON -> {
                Person p = party.person();
                facts.add("当事人").personal(p.nameValue()).add("，" + (p.male() ? "男" : "女") + "，公民身份号码：")
                        .personal(p.idValue());
                personalContact(p);
            }
            case INDIVIDUAL_BUSINESS -> {
                Person p = party.person();
                facts.add("当事人" + shopName() + "（个体工商户，统一社会信用代码：" + party.creditCode() + "），经营者：")
                        .personal(p.nameValue()).add("，公民身份号码：").personal(p.idValue());
                personalContact(p);
            }
            default -> facts.add("当事人" + party.name() + "（统一社会信用代码：" + party.creditCode() + "）。");
        }
    }

    private void personalContact(Person p) {
        facts.add("，住址：" + p.county().fullName()).personal(p.addressValue()).add("，联系电话：")
                .personal(p.phoneValue()).add("。");
    }

    /** How the decision names the party: the organisation, the person, or the shop with its operator. */
    void partyReference(RedactableText text) {
        switch (party.kind()) {
            case NATURAL_PERSON -> text.personal(party.person().nameValue());
            case INDIVIDUAL_BUSINESS -> text.add(shopName() + "（经营者").personal(party.person().nameValue()).add("）");
            default -> text.add(party.name());
        }
    }

    private String shopName() {
        return party.name().substring(0, party.name().indexOf('（'));
    }

    /** The party's admission in the interview record. */
    void admission() {
        switch (party.kind()) {
            case NATURAL_PERSON -> facts.add("经询问，").personal(party.person().nameValue())
                    .add("对上述事实供认不讳，并在询问笔录上签字确认。");
            case INDIVIDUAL_BUSINESS -> facts.add("经对经营者").personal(party.person().nameValue())
                    .add("进行询问，其对上述事实无异议。");
            default -> facts.add("经询问当事人的委托代理人，其对上述事实无异议。");
        }
    }

    /** 告知 and, when the sanction is heavy enough to allow one and the party asks, a hearing. */
    void noticeAndHearing(boolean hearingAllowed) {
        LocalDate notice = daysBefore(25, 35);
        facts.add(date(notice) + "，" + self() + "向当事人送达《行政处罚告知书》，告知其拟作出行政处罚的内容及事实、理由、依据，"
                + "以及依法享有的陈述、申辩" + (hearingAllowed ? "和要求听证" : "") + "的权利。");
        if (hearingAllowed && chance(30)) {
            hearingHeld = true;
            LocalDate requested = notice.plusDays(between(2, 4));
            facts.add("当事人于" + date(requested) + "提出听证申请，" + self() + "于"
                    + date(requested.plusDays(between(8, 12))) + "依法公开举行听证。听证中当事人提出" + pick("其系初次违法、主观过错较小",
                    "已主动整改、未造成危害后果", "罚款数额过高、超出其承受能力") + "，请求从轻处罚。经复核，"
                    + self() + "对其已采取的整改措施予以认可，但其主张不符合法定减轻情形，不予采纳。");
            addBasis("《行政处罚法》第六十四条");
        } else if (chance(40)) {
            facts.add("当事人在法定期限内提出陈述、申辩，经复核，其提出的事实、理由不能成立，" + self() + "不予采纳。");
        } else {
            facts.add("当事人在法定期限内未提出陈述、申辩" + (hearingAllowed ? "，也未要求听证" : "") + "。");
        }
    }

    void addBasis(String... citations) {
        legalBases.addAll(List.of(citations));
    }

    // --- sanctions --------------------------------------------------------------------------------------------

    void warning() {
        sanctions.add("警告");
    }

    void confiscateIncome(BigDecimal amount) {
        if (amount.signum() > 0) {
            confiscated = confiscated == null ? amount : confiscated.add(amount);
            sanctions.add("没收违法所得人民币" + money(amount));
        }
    }

    void confiscateGoods(String what) {
        sanctions.add("没收" + what);
    }

    void fine(BigDecimal amount) {
        fine = amount;
        sanctions.add("罚款人民币" + money(amount));
    }

    void order(String measure) {
        sanctions.add(measure);
    }

    void revokeLicence(String licence) {
        licenceRevoked = true;
        sanctions.add("吊销" + licence);
    }

    /** A result naming the party: {@code before}, the party reference, {@code after}. */
    void decide(String before, String after) {
        result.add(before);
        partyReference(result);
        result.add(after);
    }

    /** The penalty decision: the legal basis applied, the numbered sanctions and how to pay. */
    void penaltyResult(String applied) {
        result.add("依据" + applied + "的规定，" + self() + "决定对当事人");
        partyReference(result);
        result.add("作出如下行政处罚：");
        for (int i = 0; i < sanctions.size(); i++) {
            result.add((i + 1) + "." + sanctions.get(i) + (i == sanctions.size() - 1 ? "。" : "；"));
        }
        if (fine != null || confiscated != null) {
            result.add("当事人应当自收到本决定书之日起十五日内，将罚没款缴至指定银行或者通过电子支付系统缴纳。");
        }
    }

    // --- amounts and dates ------------------------------------------------------------------------------------

    static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount between {@code min} and {@code max} yuan, in whole {@code step}s. */
    BigDecimal amount(long min, long max, long step) {
        long steps = (max - min) / step;
        return yuan(min + step * (steps == 0 ? 0 : random.nextLong(steps + 1)));
    }

    /** Unit price × quantity, to the fen. */
    static BigDecimal value(BigDecimal unitPrice, int quantity) {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /** A price between {@code min} and {@code max} yuan, to the jiao. */
    BigDecimal price(double min, double max) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(1, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code base × multiple}, the multiple drawn from [min, max] in tenths, rounded to hundreds of yuan. */
    BigDecimal multiple(BigDecimal base, int min, int max) {
        BigDecimal times = BigDecimal.valueOf(min * 10L + random.nextInt((max - min) * 10 + 1), 1);
        return base.multiply(times).setScale(-2, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    static String money(BigDecimal amount) {
        return String.format("%,.2f元", amount);
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    // --- the decision -----------------------------------------------------------------------------------------

    /** The finished decision; call once, after the scenario has written everything. */
    DecisionFactory.GeneratedDecision finish(String itemKey, Long enforcementItemId) {
        partyReference(partyName);
        DecisionContent content = new DecisionContent(slot.documentNumber(), slot.type(), partyName.text(),
                party.kind(), party.creditCode(), enforcementItemId, facts.text(), List.copyOf(legalBases),
                result.text(), fine, confiscated, slot.date(), hearingHeld, licenceRevoked);
        List<RedactionSpan> spans = new ArrayList<>(partyName.spans());
        spans.addAll(facts.spans());
        spans.addAll(result.spans());
        return new DecisionFactory.GeneratedDecision(content, spans,
                party.hasPersonalData() ? party.person().personalData() : List.of(), itemKey);
    }
}
