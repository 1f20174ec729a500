package cn.zfgs.portal.errors;

/** 429: a client went over a rate limit; the message names the rule, {@link #retryAfterSeconds()} when to return. */
public class TooManyRequestsException extends PublicInputException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(429, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
