package io.presskit.library;

import java.util.Map;

/**
 * What another program or person changed in the library: releases by id with their version now (or
 * {@link #DELETED}), and whether the directory (contacts, boilerplates) changed. A release whose version equals
 * the one an editor holds is that editor's own save, or a touch that did not change its content (its shared
 * records changed, it moved to or from the trash): the list refreshes, the editor need not.
 */
public record LibraryChange(Map<Long, Long> releases, boolean directory) {
    /** The version reported for a release deleted for good. */
    public static final long DELETED = -1;

    public LibraryChange {
        releases = Map.copyOf(releases);
    }
}
