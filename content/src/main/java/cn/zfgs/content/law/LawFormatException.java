package cn.zfgs.content.law;

/**
 * 法律文本格式错误 — a law file that cannot be read as a law: no title, no articles, an article
 * number twice or out of order, a file name without its version date.
 *
 * <p>The message is in Chinese and names the file (and the line, where there is one), because
 * whoever adds a law to the catalogue has to find and fix the text.
 */
public final class LawFormatException extends RuntimeException {

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source  the file, e.g. 行政法/药品管理法(2019-08-26).md
     * @param line    1-based line number, or 0 if the problem is not on one line
     * @param problem what is wrong, in Chinese
     */
    public LawFormatException(String source, int line, String problem) {
        super("法律文本“" + source + "”" + (line > 0 ? "第" + line + "行" : "") + "格式错误：" + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based line number, or 0 if the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
