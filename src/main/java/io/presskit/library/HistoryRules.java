package io.presskit.library;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a release's history stays bounded however long it is edited: every editing session of the last week is
 * kept; older sessions are thinned to the last one of each day, and after three months to the last one of each
 * week; at most {@link #MAX_EDITS} editing sessions are kept in all (the oldest go first). Never thinned: the first
 * revision, the newest, every status change (who approved what, when, with which note) and every restore. A
 * thinned session's changes are not lost from the record: the next kept revision's "what changed" is recomputed
 * against the one before it.
 */
final class HistoryRules {
    static final Duration EVERY_SESSION = Duration.ofDays(7);
    static final Duration DAILY = Duration.ofDays(90);
    static final int MAX_EDITS = 200;

    record Entry(int number, Revision.Event event, Instant savedAt) {
    }

    private HistoryRules() {
    }

    /** The numbers of the revisions to drop from {@code entries} (oldest first) at {@code now}. */
    static Set<Integer> toDrop(List<Entry> entries, Instant now) {
        Set<Integer> drop = new HashSet<>();
        if (entries.size() <= 2) {
            return drop;
        }
        int first = entries.get(0).number();
        int last = entries.get(entries.size() - 1).number();
        Map<String, Integer> newestInBucket = new HashMap<>();
        List<Entry> thinnable = new ArrayList<>();
        for (Entry e : entries) {
            if (e.event() != Revision.Event.EDITED || e.number() == first || e.number() == last) {
                continue;
            }
            thinnable.add(e);
            Duration age = Duration.between(e.savedAt(), now);
            if (age.compareTo(EVERY_SESSION) > 0) {
                newestInBucket.merge(bucket(e.savedAt(), age), e.number(), Math::max);
            }
        }
        List<Entry> kept = new ArrayList<>();
        for (Entry e : thinnable) {
            Duration age = Duration.between(e.savedAt(), now);
            if (age.compareTo(EVERY_SESSION) > 0 && newestInBucket.get(bucket(e.savedAt(), age)) != e.number()) {
                drop.add(e.number());
            } else {
                kept.add(e);
            }
        }
        for (int i = 0; kept.size() - i > MAX_EDITS; i++) {
            drop.add(kept.get(i).number());
        }
        return drop;
    }

    private static String bucket(Instant at, Duration age) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return age.compareTo(DAILY) <= 0 ? "d" + t.toLocalDate()
                : "w" + t.get(IsoFields.WEEK_BASED_YEAR) + "-" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
