package io.presskit.document;

/** A document that cannot be imported; the message is one sentence naming the file or the line. */
public class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
