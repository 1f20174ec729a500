package cn.zfgs.content.calendar;

/**
 * 节假日安排不合规 — a holiday arrangement that breaks a rule; the message is Chinese and shown to staff as is.
 */
public class InvalidArrangementException extends IllegalArgumentException {

    public InvalidArrangementException(String message) {
        super(message);
    }

    public InvalidArrangementException(String message, Throwable cause) {
        super(message, cause);
    }
}
