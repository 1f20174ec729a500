package cn.zfgs.portal.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文件标识 — which public page a PDF was made from: the kind of page, the item's id and its version. It is written
 * into the PDF's keywords before signing, so the signature covers it, and read back by the verification page.
 */
public record DocumentRef(String kind, long id, int version, String path) {

    private static final String PREFIX = "zfgs:";
    private static final Pattern KEYWORD = Pattern.compile("zfgs:([a-z-]+)/([0-9]{1,18})/v([0-9]{1,9})(/[^\\s]*)");

    /** The keyword written into the PDF, e.g. {@code zfgs:decision/123/v2/decisions/123}. */
    public String keyword() {
        return PREFIX + kind + "/" + id + "/v" + version + path;
    }

    /** The reference among a PDF's keywords, if it carries one. */
    public static Optional<DocumentRef> fromKeywords(String keywords) {
        if (keywords == null) {
            return Optional.empty();
        }
        Matcher m = KEYWORD.matcher(keywords);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentRef(m.group(1), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                m.group(4)));
    }

    /** What the verification page calls the document, e.g. 执法决定. */
    public String kindLabel() {
        switch (kind) {
            case "decision":
                return "执法决定";
            case "item":
                return "执法事项";
            case "guide":
                return "服务指南";
            case "flowchart":
                return "执法流程图";
            case "rights-notice":
                return "权利告知";
            case "roster":
                return "执法人员名册";
            case "board":
                return "岗位信息公示牌";
            case "annual-report":
                return "执法统计年报（暂定数据）";
            case "annual-report-approved":
                return "执法统计年报（已审核发布）";
            default:
                return "公示文件";
        }
    }

    /**
     * What the verification page calls the version: a published item's version number; for a document made from
     * several items (a roster, a post board) the publication-log sequence of the last change it shows; for an annual
     * report whose figures are not yet approved, the year it covers.
     */
    public String versionLabel() {
        switch (kind) {
            case "roster":
            case "board":
                return "截至发布日志第 " + version + " 号变更时的内容";
            case "annual-report":
                return version + " 年度（统计数据未经审核批准，按生成时的公开数据计算）";
            default:
                return "第 " + version + " 版";
        }
    }

    /** The file name offered for download, e.g. decision-123-v2.pdf. */
    public String fileName() {
        return kind + "-" + id + "-v" + version + ".pdf";
    }
}
