package cn.zfgs.search.query;

/** A search the public asked for that cannot run as asked; the message (Chinese) names the parameter and the rule. */
public class QueryRejected extends RuntimeException {

    private final String parameter;

    public QueryRejected(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    /** The request parameter at fault, e.g. {@code q}. */
    public String parameter() {
        return parameter;
    }
}
