package cn.zfgs.portal.errors;

/** A request the portal cannot answer as asked, with the status and the Chinese message to show. */
public class PublicInputException extends RuntimeException {

    private final int status;

    public PublicInputException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
