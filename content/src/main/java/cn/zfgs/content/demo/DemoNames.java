package cn.zfgs.content.demo;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * 演示用名称素材 — the word lists names are drawn from: surnames and given names (by sex), the 字号 and trades of
 * company names, roads and villages for addresses, and the counties of 江西省 (real 行政区划代码 and towns) that
 * people and businesses are placed in. Invented combinations only: no list holds a real person or company.
 */
public final class DemoNames {

    /** 区县 — a county-level division: its code, the full name down to the county, and towns below it. */
    public record County(String code, String fullName, String shortName, List<String> towns) {
    }

    // Weighted by repetition towards the surnames common in 江西.
    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "刘", "陈", "陈", "杨", "黄", "黄", "赵", "吴", "吴", "周", "徐", "孙", "胡", "胡",
            "朱", "高", "林", "何", "郭", "罗", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "曹", "袁", "邓", "许",
            "彭", "曾", "曾", "吕", "苏", "卢", "蒋", "蔡", "丁", "魏", "叶", "余", "余", "潘", "杜", "夏", "钟", "汪",
            "田", "任", "范", "方", "姚", "廖", "邹", "熊", "熊", "金", "陆", "毛", "邱", "江", "万", "万", "涂", "饶",
            "雷", "聂", "付", "肖", "龚", "游", "欧阳", "司马");

    static final List<String> MALE_GIVEN = List.of(
            "建国", "建华", "志强", "国平", "伟", "勇", "军", "磊", "涛", "斌", "明辉", "俊杰", "文斌", "海波", "小军",
            "志明", "国华", "卫东", "德明", "长春", "金生", "水根", "冬生", "桂林", "春华", "新民", "晓东", "鹏", "浩然",
            "子轩", "宇航", "振华", "立新", "家辉", "红兵", "火根", "细毛", "福生", "永平", "光荣");

    static final List<String> FEMALE_GIVEN = List.of(
            "芳", "娟", "敏", "静", "丽", "艳", "秀英", "桂英", "玉兰", "淑珍", "丽华", "红梅", "小燕", "婷", "晓丽",
            "春梅", "美玲", "雪梅", "慧", "琴", "金凤", "冬梅", "思琪", "欣怡", "雨婷", "海燕", "佳慧", "莉", "素华",
            "细英");

    /** First and second characters of invented 字号; pairs are checked against {@link #AVOIDED_TRADE_NAMES}. */
    static final String TRADE_FIRST = "康瑞泰恒益嘉鑫诚丰安盛润德宏福兴佳锦信源博悦晟旭永天正和";
    static final String TRADE_SECOND = "泰源康达宁丰盛和顺德瑞华信通元成昌乐怡禾辉邦宇隆";
    /** 字号 of well-known real companies, never generated. */
    static final List<String> AVOIDED_TRADE_NAMES = List.of("华润", "康恩", "仁和", "汇仁", "江中", "天和", "永和",
            "德和", "益丰", "和顺", "瑞康", "恒瑞", "康泰", "宏达", "福德");

    static final List<String> ROADS = List.of("胜利路", "中山路", "建设路", "解放路", "人民路", "新华路", "文化路",
            "站前路", "工业大道", "迎宾大道", "城南大道", "和平路", "青年路", "光明路", "正大街", "府前路", "东风路",
            "团结路", "沿江路", "幸福路");
    static final List<String> VILLAGE_PARTS = List.of("上", "下", "前", "后", "东", "西", "大", "小", "新", "老");
    static final List<String> VILLAGE_ENDS = List.of("湖", "塘", "坑", "岭", "桥", "田", "港", "洲", "坊", "山");
    static final List<String> ESTATES = List.of("金色家园", "阳光花园", "锦绣华庭", "滨江苑", "幸福里", "翠湖小区",
            "书香名邸", "龙湖苑", "城南小区", "丽景湾");

    /** 南昌市 and its counties: where most parties of the city and county agencies live. */
    static final List<County> NANCHANG = List.of(
            new County("360124", "江西省南昌市进贤县", "进贤县",
                    List.of("民和镇", "李渡镇", "温圳镇", "文港镇", "长山晏乡", "架桥镇", "前坊镇", "罗溪镇", "钟陵乡",
                            "三里乡", "池溪乡", "衙前乡")),
            new County("360121", "江西省南昌市南昌县", "南昌县",
                    List.of("莲塘镇", "向塘镇", "三江镇", "塘南镇", "幽兰镇", "蒋巷镇", "武阳镇", "冈上镇")),
            new County("360102", "江西省南昌市东湖区", "东湖区", List.of("公园街道", "豫章街道", "百花洲街道", "大院街道")),
            new County("360103", "江西省南昌市西湖区", "西湖区", List.of("南浦街道", "朝阳洲街道", "桃源街道", "丁公路街道")),
            new County("360104", "江西省南昌市青云谱区", "青云谱区", List.of("洪都街道", "京山街道", "三家店街道")),
            new County("360111", "江西省南昌市青山湖区", "青山湖区", List.of("湖坊镇", "塘山镇", "京东镇", "青山路街道")),
            new County("360112", "江西省南昌市新建区", "新建区", List.of("长堎镇", "望城镇", "西山镇", "生米镇", "石岗镇")),
            new County("360113", "江西省南昌市红谷滩区", "红谷滩区", List.of("沙井街道", "卫东街道", "凤凰洲街道")),
            new County("360123", "江西省南昌市安义县", "安义县", List.of("龙津镇", "鼎湖镇", "石鼻镇")));

    /** Elsewhere in 江西省: parties of the provincial agencies. */
    static final List<County> JIANGXI = List.of(
            new County("360982", "江西省宜春市樟树市", "樟树市", List.of("淦阳街道", "大桥街道", "福城街道", "临江镇", "永泰镇")),
            new County("360902", "江西省宜春市袁州区", "袁州区", List.of("灵泉街道", "秀江街道", "化成街道")),
            new County("360403", "江西省九江市浔阳区", "浔阳区", List.of("湓浦街道", "甘棠街道", "人民路街道")),
            new County("360702", "江西省赣州市章贡区", "章贡区", List.of("解放街道", "南外街道", "东外街道")),
            new County("361102", "江西省上饶市信州区", "信州区", List.of("水南街道", "西市街道", "东市街道")),
            new County("360802", "江西省吉安市吉州区", "吉州区", List.of("文山街道", "古南街道", "习溪桥街道")),
            new County("360302", "江西省萍乡市安源区", "安源区", List.of("凤凰街道", "八一街道", "后埠街道")));

    private DemoNames() {
    }

    /** The county with this division code. */
    static County county(String code) {
        return Stream.concat(NANCHANG.stream(), JIANGXI.stream())
                .filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no county " + code));
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A 字号 of two characters that is not a well-known brand. */
    static String tradeName(Random random) {
        while (true) {
            String name = "" + TRADE_FIRST.charAt(random.nextInt(TRADE_FIRST.length()))
                    + TRADE_SECOND.charAt(random.nextInt(TRADE_SECOND.length()));
            if (name.charAt(0) != name.charAt(1) && !AVOIDED_TRADE_NAMES.contains(name)) {
                return name;
            }
        }
    }
}
