package cn.zfgs.content.importing;

import cn.zfgs.content.model.ContentKind;

import java.util.List;
import java.util.Optional;

/**
 * 导入类别 — what a spreadsheet can bring in, with its template's columns. The first column is the agency's own
 * identifier (文号, 执法证号, 事项编码): with the agency it finds the item again, so a re-import updates, never duplicates.
 */
public enum ImportKind {

    DECISION(ContentKind.DECISION, "decisions", List.of(
            new ImportColumn("文号", "documentNumber", true, "机关代字〔年份〕序号号；同一机关内唯一，据此识别重复导入",
                    "赣药监罚〔2024〕12号"),
            new ImportColumn("决定类别", "decisionType", true, "行政许可、行政处罚、行政强制、行政检查、行政征收、行政收费、其他之一",
                    "行政处罚"),
            new ImportColumn("当事人", "partyName", true, "当事人名称或姓名（自然人姓名公开前按屏蔽规则处理）", "南昌某某药房有限公司"),
            new ImportColumn("当事人类别", "partyKind", true, "法人、自然人、个体工商户、非法人组织之一", "法人"),
            new ImportColumn("统一社会信用代码", "partyCreditCode", false, "法人必填，18位且校验码正确；自然人不填",
                    "91360100MA35F0XX12"),
            new ImportColumn("违法事实", "facts", true, "主要违法事实，最多 20000 字", "经查，当事人……"),
            new ImportColumn("法律依据", "legalBases", true, "《法律简称》第N条，多条用换行或“；”分隔，须在法律法规目录中",
                    "《药品管理法》第一百一十七条"),
            new ImportColumn("决定内容", "result", true, "处理结果，最多 20000 字", "罚款人民币五千元"),
            new ImportColumn("罚款金额（元）", "fineAmount", false, "非负金额，最多两位小数", "5000"),
            new ImportColumn("没收金额（元）", "confiscatedAmount", false, "非负金额，最多两位小数", ""),
            new ImportColumn("决定日期", "decisionDate", true, "年-月-日，不晚于今天", "2026-03-02"),
            new ImportColumn("是否举行听证", "hearingHeld", false, "是或否，空为否", "否"),
            new ImportColumn("是否吊销许可证件", "licenceRevoked", false, "是或否，空为否", "否"),
            new ImportColumn("更正说明", "changeNote", false, "仅在修改已公开的决定时必填，随更正后的版本公开", ""))),

    OFFICER(ContentKind.OFFICER, "officers", List.of(
            new ImportColumn("执法证号", "certificateNumber", true, "6至20位数字或大写字母；据此识别重复导入", "36010020240001"),
            new ImportColumn("姓名", "name", true, "最多 20 字", "张三"),
            new ImportColumn("执法类别", "category", true, "最多 40 字", "药品监管"),
            new ImportColumn("执法区域代码", "regionCode", true, "6位行政区划代码", "360100"),
            new ImportColumn("执法区域", "regionName", true, "最多 100 字", "南昌市"),
            new ImportColumn("证件状态", "status", true, "有效、暂停执法、已注销之一", "有效"),
            new ImportColumn("有效期起", "validFrom", true, "年-月-日", "2024-01-01"),
            new ImportColumn("有效期止", "validUntil", true, "年-月-日，不早于有效期起", "2028-12-31"),
            new ImportColumn("法制审核人员", "legalReviewer", false, "是或否，空为否", "否"),
            new ImportColumn("更正说明", "changeNote", false, "仅在修改已公开的人员信息时必填", ""))),

    ENFORCEMENT_ITEM(ContentKind.ENFORCEMENT_ITEM, "items", List.of(
            new ImportColumn("事项编码", "code", true, "最多 40 字；据此识别重复导入", "3601-XK-0001"),
            new ImportColumn("事项名称", "name", true, "最多 200 字", "药品零售企业许可"),
            new ImportColumn("事项类别", "itemType", true, "行政许可、行政处罚、行政强制、行政检查、行政征收、行政收费、其他之一",
                    "行政许可"),
            new ImportColumn("承办机构", "handlingDepartment", true, "最多 100 字", "药品流通监管处"),
            new ImportColumn("执法依据", "legalBases", true, "《法律简称》第N条，多条用换行或“；”分隔", "《药品管理法》第五十一条"),
            new ImportColumn("办理时限（天）", "timeLimitDays", false, "0至3650的整数", "20"),
            new ImportColumn("时限说明", "timeLimitNote", true, "最多 200 字", "自受理之日起20个工作日"),
            new ImportColumn("抽查主体", "randomInspection.subject", false, "列入随机抽查事项清单时，六个抽查列都要填", ""),
            new ImportColumn("抽查对象", "randomInspection.targets", false, "", ""),
            new ImportColumn("抽查内容", "randomInspection.content", false, "", ""),
            new ImportColumn("抽查比例", "randomInspection.ratio", false, "", ""),
            new ImportColumn("抽查方式", "randomInspection.method", false, "", ""),
            new ImportColumn("抽查频次", "randomInspection.frequency", false, "", ""),
            new ImportColumn("更正说明", "changeNote", false, "仅在修改已公开的事项时必填", "")));

    private final ContentKind contentKind;
    private final String slug;
    private final List<ImportColumn> columns;

    ImportKind(ContentKind contentKind, String slug, List<ImportColumn> columns) {
        this.contentKind = contentKind;
        this.slug = slug;
        this.columns = columns;
    }

    public ContentKind contentKind() {
        return contentKind;
    }

    public String label() {
        return contentKind.label();
    }

    /** The name in URLs and template file names, e.g. {@code decisions}. */
    public String slug() {
        return slug;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The identifier column (文号, 执法证号, 事项编码). */
    public ImportColumn keyColumn() {
        return columns.get(0);
    }

    /** The column that fills {@code field}, for naming it in an error. */
    public Optional<ImportColumn> columnOf(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    public static Optional<ImportKind> bySlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
