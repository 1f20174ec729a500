package cn.zfgs.portal.linkeddata.sparql;

/** A query the endpoint will not or cannot answer, with the HTTP status and the Chinese explanation. */
public class SparqlException extends RuntimeException {

    private final int status;

    public SparqlException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
