package io.presskit.library;

/**
 * The library refused or failed; the message is one sentence for the user. Nothing was half-written:
 * every change runs in one transaction.
 */
public class LibraryException extends Exception {
    public LibraryException(String sentence) {
        super(sentence);
    }

    public LibraryException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
