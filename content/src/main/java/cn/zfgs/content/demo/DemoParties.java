package cn.zfgs.content.demo;

import cn.zfgs.content.demo.DemoNames.County;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * 演示当事人 — invented parties of decisions: companies and other organisations (public, with their
 * 统一社会信用代码), 个体工商户 with their operator, and natural persons. Operators and natural persons carry the
 * personal data a case file holds — name, 身份证号码, home address, mobile number — which must never reach the public.
 */
public final class DemoParties {

    private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "135", "136", "137", "150", "151",
            "152", "157", "158", "159", "182", "187", "188", "133", "153", "180", "181", "189", "199", "130", "131",
            "155", "156", "185", "186", "176", "177", "173");

    private DemoParties() {
    }

    /** 自然人 — a person as a case file identifies them. {@code addressDetail} is everything below the county. */
    public record Person(String surname, String givenName, boolean male, String idNumber, County county,
            String addressDetail, String mobile) {

        public String name() {
            return surname + givenName;
        }

        /** 王建国 → 王某某, 李芳 → 李某: the surname stays, each character of the given name becomes 某. */
        public String redactedName() {
            return surname + "某".repeat(givenName.length());
        }

        public Planted nameValue() {
            return new Planted(name(), RedactionCategory.PERSON_NAME, redactedName());
        }

        public Planted idValue() {
            return new Planted(idNumber, RedactionCategory.ID_NUMBER, "×".repeat(idNumber.length()));
        }

        public Planted phoneValue() {
            return new Planted(mobile, RedactionCategory.PHONE, "×".repeat(mobile.length()));
        }

        /** Only the part below the county is personal; 江西省南昌市进贤县 stays readable. */
        public Planted addressValue() {
            return new Planted(addressDetail, RedactionCategory.ADDRESS, "××");
        }

        public List<Planted> personalData() {
            return List.of(nameValue(), idValue(), phoneValue(), addressValue());
        }
    }

    /** 待屏蔽信息 — a planted personal value, the category it is redacted as, and what the public sees instead. */
    public record Planted(String value, RedactionCategory category, String replacement) {
    }

    /** 当事人 — {@code person} is the natural person or the 个体工商户's operator, null for organisations. */
    public record Party(PartyKind kind, String name, String creditCode, Person person) {

        public boolean hasPersonalData() {
            return person != null;
        }
    }

    static Person person(Random random, County county) {
        boolean male = random.nextInt(10) < 6;
        String surname = DemoNames.pick(random, DemoNames.SURNAMES);
        String given = DemoNames.pick(random, male ? DemoNames.MALE_GIVEN : DemoNames.FEMALE_GIVEN);
        LocalDate birth = LocalDate.of(1958, 1, 1).plusDays(random.nextInt(43 * 365));
        String id = DemoCodes.idNumber(county.code(), birth, male, random);
        String mobile = DemoNames.pick(random, MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
        return new Person(surname, given, male, id, county, addressDetail(random, county), mobile);
    }

    private static String addressDetail(Random random, County county) {
        String town = DemoNames.pick(random, county.towns());
        int number = 1 + random.nextInt(260);
        if (town.endsWith("街道") || random.nextBoolean()) {
            if (random.nextBoolean()) {
                return town + DemoNames.pick(random, DemoNames.ROADS) + number + "号";
            }
            return town + DemoNames.pick(random, DemoNames.ESTATES) + (1 + random.nextInt(24)) + "栋"
                    + (1 + random.nextInt(4)) + "单元" + (1 + random.nextInt(18)) + "0" + (1 + random.nextInt(4)) + "室";
        }
        return town + village(random) + "村委会" + village(random) + "村" + number + "号";
    }

    private static String village(Random random) {
        return DemoNames.pick(random, DemoNames.VILLAGE_PARTS) + DemoNames.pick(random, DemoNames.VILLAGE_ENDS);
    }

    static Party naturalPerson(Person person) {
        return new Party(PartyKind.NATURAL_PERSON, person.name(), null, person);
    }

    /** A 个体工商户: its registered name is public, its operator's name is not. */
    static Party individualBusiness(Random random, County county, String trade, Person operator) {
        Party shop = shop(random, county, trade);
        return new Party(PartyKind.INDIVIDUAL_BUSINESS, shop.name() + "（经营者：" + operator.name() + "）",
                shop.creditCode(), operator);
    }

    /** A 个体工商户 by its registered name only, as lists of inspected businesses show it. */
    static Party shop(Random random, County county, String trade) {
        String name = county.shortName() + DemoNames.pick(random, county.towns()) + DemoNames.tradeName(random) + trade;
        return new Party(PartyKind.INDIVIDUAL_BUSINESS, name, DemoCodes.creditCode("92", county.code(), "MA", random),
                null);
    }

    /**
     * An organisation named {@code placePrefix + 字号 + trade}; {@code creditKind} is the code's first two characters
     * (91 企业, 12 事业单位, 52 民办非企业单位).
     */
    static Party organisation(Random random, PartyKind kind, String placePrefix, String trade, String creditKind,
            County county) {
        String series = creditKind.equals("91") ? "MA" : creditKind.equals("12") ? "4" + random.nextInt(10) : "MJ";
        return new Party(kind, placePrefix + DemoNames.tradeName(random) + trade,
                DemoCodes.creditCode(creditKind, county.code(), series, random), null);
    }
}
