package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;

import java.util.List;

/**
 * 住址 — the part of an address below the county: town, street, village, number, building, unit, room. Found after a
 * cue (住址、家住、户籍地 … and, when the party is a natural person or a 个体工商户, also 住所、经营场所、位于), it skips the
 * province, city and county (which stay public: 江西省南昌市进贤县) and ends at the last address word before a
 * punctuation mark or a word that ends the place (的、从事、销售 …). The seat of a company or organisation is public
 * information: for them only a person's home address counts.
 */
public final class AddressDetector implements Detector {

    private static final String[] HOME_CUES = {"住址", "家住", "户籍地", "户籍所在地", "居住地", "现住", "暂住", "居住于",
            "住在", "家庭住址", "现居住"};
    private static final String[] BUSINESS_CUES = {"住所", "经营场所", "经营地址", "经营地点", "营业场所", "生产场所",
            "位于", "地址", "店址", "场所"};
    private static final String GAP = "：:为是在 ";
    private static final String ADMIN_ENDS = "省市县区旗州盟";
    private static final String TOWN_MARKS = "镇乡村路街道号巷弄组栋室";
    private static final String[] NOT_ADMIN = {"小区", "社区", "园区", "厂区", "校区", "片区", "景区", "街区", "城区",
            "超市", "菜市", "集市", "门市", "夜市", "早市"};
    private static final String STOPS = "，。；、：:,;（）()《》“”\"' \n\t";
    private static final String[] STOP_WORDS = {"的", "从事", "经营", "销售", "开设", "家中", "一带", "附近", "门前",
            "处", "等地", "租赁", "生产", "加工", "存放", "储存", "设立", "开办", "无证", "擅自", "并", "对"};
    private static final String[] UNIT_ENDS = {"摊位", "厂房", "门店", "商铺", "档口", "仓库", "单元", "街道", "社区",
            "小区", "花园", "公寓", "大厦", "广场", "门面", "号",
            "室", "栋", "幢", "楼", "层", "村", "组", "弄", "巷", "路", "街", "道", "里", "屯", "庄", "铺", "院", "苑",
            "镇", "乡", "城", "店", "队", "湾", "坊", "寨", "园", "府", "座", "附"};
    private static final int MAX_DETAIL = 40;

    private final String[] cues;

    /** {@code partyKind} null: the text is not about a party (an inspection result): only home addresses. */
    public AddressDetector(PartyKind partyKind) {
        boolean person = partyKind == PartyKind.NATURAL_PERSON || partyKind == PartyKind.INDIVIDUAL_BUSINESS;
        if (person) {
            cues = new String[HOME_CUES.length + BUSINESS_CUES.length];
            System.arraycopy(HOME_CUES, 0, cues, 0, HOME_CUES.length);
            System.arraycopy(BUSINESS_CUES, 0, cues, HOME_CUES.length, BUSINESS_CUES.length);
        } else {
            cues = HOME_CUES;
        }
    }

    @Override
    public void find(String text, List<Finding> out) {
        int before = out.size();
        for (String cue : cues) {
            int at = text.indexOf(cue);
            while (at >= 0) {
                int from = at + cue.length();
                Finding found = address(text, from);
                if (found != null && !alreadyFound(out, before, found)) {
                    out.add(found);
                }
                at = text.indexOf(cue, from);
            }
        }
    }

    /** Nested cues (经营场所, 场所) find the same address twice. */
    private static boolean alreadyFound(List<Finding> out, int from, Finding found) {
        for (int k = from; k < out.size(); k++) {
            if (out.get(k).start() == found.start()) {
                return true;
            }
        }
        return false;
    }

    /** The address after a cue ending at {@code from}, or null. */
    private static Finding address(String text, int from) {
        int i = from;
        for (int gap = 0; gap < 3 && i < text.length() && GAP.indexOf(text.charAt(i)) >= 0; gap++) {
            i++;
        }
        i = skipAdministrativeDivisions(text, i);
        int limit = Math.min(text.length(), i + MAX_DETAIL);
        int end = i;
        while (end < limit && STOPS.indexOf(text.charAt(end)) < 0 && !stopWordAt(text, end)) {
            char c = text.charAt(end);
            if (!Chars.isHan(c) && !Chars.isAlnum(c) && "-－—#·".indexOf(c) < 0) {
                break;
            }
            end++;
        }
        int cut = lastUnitEnd(text, i, end);
        if (cut - i < 2 || !Chars.isHan(text.charAt(i))) {
            return null;
        }
        return new Finding(i, cut, RedactionCategory.ADDRESS, "××");
    }

    /** Skips 江西省、南昌市、进贤县 …: names of 2–9 characters ending in a division word, with no town-level word. */
    static int skipAdministrativeDivisions(String text, int from) {
        int i = from;
        while (true) {
            int next = divisionEnd(text, i);
            if (next < 0) {
                return i;
            }
            i = next;
        }
    }

    private static int divisionEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 9);
        for (int q = from + 1; q < limit; q++) {
            char c = text.charAt(q);
            char previous = text.charAt(q - 1);
            if (!Chars.isHan(previous) || TOWN_MARKS.indexOf(previous) >= 0) {
                return -1;
            }
            if (ADMIN_ENDS.indexOf(c) >= 0 && !notAdmin(text, q)) {
                // 赣州市, 袁州区: a division word inside the name is followed by the real one.
                boolean nameGoesOn = q + 1 < text.length() && ADMIN_ENDS.indexOf(text.charAt(q + 1)) >= 0
                        && !notAdmin(text, q + 1);
                return nameGoesOn ? q + 2 : q + 1;
            }
        }
        return -1;
    }

    /** 超市, 小区 …, and a name that goes on into a town-level word (瑞州街道, 湓城镇) are no division. */
    private static boolean notAdmin(String text, int q) {
        if (q + 1 < text.length() && TOWN_MARKS.indexOf(text.charAt(q + 1)) >= 0) {
            return true;
        }
        if (text.charAt(q) == '市' && q + 1 < text.length() && "场民政容".indexOf(text.charAt(q + 1)) >= 0) {
            return true;
        }
        for (String word : NOT_ADMIN) {
            if (text.startsWith(word, q - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stopWordAt(String text, int at) {
        for (String word : STOP_WORDS) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the last address word in {@code text[from, to)}, or {@code from} when there is none. */
    private static int lastUnitEnd(String text, int from, int to) {
        for (int end = to; end > from; end--) {
            for (String unit : UNIT_ENDS) {
                if (end - unit.length() >= from && text.startsWith(unit, end - unit.length())) {
                    return end;
                }
            }
        }
        return from;
    }
}
