package cn.zfgs.content.redaction.detect;

import cn.zfgs.content.model.PartyKind;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 自然人姓名 — which names a decision must hide, and how: the party's name when the party is a natural person, and,
 * when the party is a natural person or a 个体工商户, the names introduced by cues such as 经营者 or 法定代表人 anywhere in
 * the decision. The replacement keeps the surname and writes 某 for each character of the given name
 * (王建国 → 王某某, 李芳 → 李某), as the courts do for published judgments (法释〔2016〕19号, art. 8).
 */
public final class PersonNames {

    private static final String[] CUES = {"经营者", "业主", "负责人", "法定代表人", "投资人", "户主", "店主", "实际经营人",
            "开办者"};
    private static final String GAP = "：:为系是 ";
    /** Characters that end a name in running text: particles, verbs and markers that follow a name. */
    private static final String AFTER_NAME = "于在的对称系已未将等男女经是为及和与均签到向从被因以同个所之具现，。；、：:,;（）() \n";
    /**
     * The most common single-character surnames, which cover the great majority of the population, less those that
     * are also everyday words (应, 于, 和, 时 …): a name after a cue without a colon must start with one of these.
     */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
            + "覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
            + "季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓吉缪简车芦麦褚娄窦戚岑景党"
            + "宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "申屠", "轩辕", "独孤", "南宫", "西门", "钟离",
            "澹台", "公冶", "宗政", "濮阳", "太叔", "仲孙", "闻人", "万俟", "百里", "呼延", "第五", "拓跋");

    private PersonNames() {
    }

    /** The names to hide in a decision about a party of {@code kind} named {@code partyName}, given all its texts. */
    public static Set<String> of(PartyKind kind, String partyName, Collection<String> texts) {
        Set<String> names = new LinkedHashSet<>();
        if (kind == PartyKind.NATURAL_PERSON) {
            String name = partyPersonName(partyName);
            if (name != null) {
                names.add(name);
            }
        }
        if (kind == PartyKind.NATURAL_PERSON || kind == PartyKind.INDIVIDUAL_BUSINESS) {
            for (String text : texts) {
                names.addAll(cued(text));
            }
        }
        return names;
    }

    /** 王建国（男） → 王建国: the name in the party field of a natural person, or null when it is not one. */
    static String partyPersonName(String partyName) {
        if (partyName == null) {
            return null;
        }
        int end = 0;
        String trimmed = partyName.strip();
        while (end < trimmed.length() && (Chars.isHan(trimmed.charAt(end)) || trimmed.charAt(end) == '·')) {
            end++;
        }
        String name = trimmed.substring(0, end);
        return name.length() >= 2 && name.length() <= 12 && !name.contains("某") ? name : null;
    }

    /** Names that follow a cue: 经营者：王建国 or 法定代表人王芳，. */
    static Set<String> cued(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String cue : CUES) {
            int at = text.indexOf(cue);
            while (at >= 0) {
                String name = nameAt(text, at + cue.length());
                if (name != null) {
                    names.add(name);
                }
                at = text.indexOf(cue, at + cue.length());
            }
        }
        return names;
    }

    /**
     * The name after a cue ending at {@code from}. After a colon (经营者：王芳) the name runs to the next boundary;
     * without one (经营者王建国对…) it must start with a common surname and be followed by a boundary, so that running
     * text such as 食品经营者应当查验 or 经本局负责人集体讨论 yields no name.
     */
    private static String nameAt(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 2 && GAP.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean introduced = i > from;
        int start = i;
        int surname = COMPOUND_SURNAMES.stream().anyMatch(s -> text.startsWith(s, start)) ? 2 : 1;
        int run = i;
        while (run < text.length() && Chars.isHan(text.charAt(run)) && run - i <= surname + 2) {
            run++;
        }
        int end;
        if (introduced && run - i <= surname + 2) {
            // 负责人：罗仁和）: after a colon, the whole name up to the punctuation, whatever its characters.
            end = run;
        } else {
            end = i;
            while (end < text.length() && end - i < surname + 2 && Chars.isHan(text.charAt(end))
                    && (end - i < surname || AFTER_NAME.indexOf(text.charAt(end)) < 0)) {
                end++;
            }
        }
        if (end - i <= surname || text.substring(i, end).contains("某")) {
            return null;
        }
        if (!introduced) {
            boolean common = surname == 2 || COMMON_SURNAMES.indexOf(text.charAt(i)) >= 0;
            boolean bounded = end == text.length() || AFTER_NAME.indexOf(text.charAt(end)) >= 0;
            if (!common || !bounded) {
                return null;
            }
        }
        return text.substring(i, end);
    }

    /** The name as published: surname kept, each character of the given name written 某. */
    public static String redacted(String name) {
        int dot = name.indexOf('·');
        if (dot > 0) {
            return name.substring(0, dot) + "·某某";
        }
        int surname = COMPOUND_SURNAMES.stream().anyMatch(name::startsWith) ? 2 : 1;
        return name.substring(0, surname) + "某".repeat(Math.max(1, name.length() - surname));
    }
}
