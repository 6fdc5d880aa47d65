package io.presskit.bundle;

/** A refused bundle: the message is one sentence naming the field or file. Nothing was changed. */
public class BundleException extends Exception {
    public BundleException(String sentence) {
        super(sentence);
    }

    public BundleException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
