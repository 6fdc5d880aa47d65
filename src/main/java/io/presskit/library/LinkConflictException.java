package io.presskit.library;

import java.util.List;

/**
 * Two releases were not linked because they differ where language versions must agree (both have photos, different
 * statuses or embargoes, different contacts …): every conflict one sentence, the message one line each. Nothing
 * was changed.
 */
public final class LinkConflictException extends LibraryException {
    private final List<String> conflicts;

    LinkConflictException(long first, long second, List<String> conflicts) {
        super(message(first, second, conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** One sentence a conflict, without the release numbers' preamble. */
    public List<String> conflicts() {
        return conflicts;
    }

    private static String message(long first, long second, List<String> conflicts) {
        StringBuilder sb = new StringBuilder();
        for (String c : conflicts) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("Releases ").append(first).append(" and ").append(second).append(" were not linked: ").append(c).append('.');
        }
        return sb.toString();
    }
}
