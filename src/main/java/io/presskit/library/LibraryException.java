package io.presskit.library;

/**
 * The library refused or failed; the message is one sentence for the user. Nothing was half-written:
 * every change runs in one transaction. The kind lets the app make an offer (open read-only, restore a
 * backup, work on the local library) where one makes sense.
 */
public class LibraryException extends Exception {
    /** What went wrong, for the offers the app can make. */
    public enum Kind {
        GENERAL, NOT_A_LIBRARY, DAMAGED, READ_ONLY, DISK_FULL, BUSY, NEWER_SCHEMA, IN_USE,
        /**
         * A save was made from an older copy than the stored release: someone else saved it first. Thrown as a
         * {@link ConflictException}, which carries both texts.
         */
        CONFLICT,
        /**
         * The release is approved or issued, and such a release is not edited in place: the caller sends it back to
         * draft explicitly ({@link Releases#saveBackToDraft}) or leaves it.
         */
        LOCKED,
        /** The library server cannot be reached, or its database does not exist: offer the local library. */
        SERVER_UNAVAILABLE,
        /** The library server refused the user or the password: ask for the password (kept for the session only). */
        PASSWORD
    }

    private final Kind kind;

    public LibraryException(String sentence) {
        this(Kind.GENERAL, sentence, null);
    }

    public LibraryException(String sentence, Throwable cause) {
        this(Kind.GENERAL, sentence, cause);
    }

    public LibraryException(Kind kind, String sentence, Throwable cause) {
        super(sentence, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
