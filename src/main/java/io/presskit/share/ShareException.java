package io.presskit.share;

/** An email version or photo pack that cannot be made; the message is one sentence naming the file or photo. */
public class ShareException extends Exception {
    public ShareException(String message) {
        super(message);
    }

    public ShareException(String message, Throwable cause) {
        super(message, cause);
    }
}
