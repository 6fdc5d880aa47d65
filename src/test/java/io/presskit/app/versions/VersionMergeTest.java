package io.presskit.app.versions;

import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Two saves of one language version from the same starting point: both kept, piece by piece. */
class VersionMergeTest {

    static VersionMerge.Keyed version(String headline, String sub, List<String> hKeys, List<String> highlights,
                                      List<String> bKeys, List<String> body) {
        Release r = new Release("en-HK", "Issuer", "PRESS RELEASE", ReleaseTiming.IMMEDIATE, headline, sub,
                highlights, null, body, "###", List.of(), List.of(), null, List.of());
        return new VersionMerge.Keyed(r, hKeys, bKeys);
    }

    static final VersionMerge.Keyed BASE = version("Headline", "Sub", List.of("1"), List.of("One highlight"),
            List.of("1", "2", "3"), List.of("First.", "Second.", "Third."));

    @Test
    void eachSideKeepsThePiecesItChanged() {
        VersionMerge.Keyed mine = version("My headline", "Sub", List.of("1"), List.of("One highlight"),
                List.of("1", "2", "3"), List.of("First.", "Second, as I wrote it.", "Third."));
        VersionMerge.Keyed theirs = version("Headline", "Their sub", List.of("1"), List.of("Their highlight"),
                List.of("1", "2", "3"), List.of("First, as they wrote it.", "Second.", "Third."));
        VersionMerge.Keyed m = VersionMerge.merge(BASE, mine, theirs);
        assertEquals("My headline", m.release().headline());
        assertEquals("Their sub", m.release().subheadline());
        assertEquals(List.of("Their highlight"), m.release().highlights());
        assertEquals(List.of("First, as they wrote it.", "Second, as I wrote it.", "Third."), m.release().body());
        assertEquals(List.of("1", "2", "3"), m.bodyKeys());
    }

    @Test
    void aPieceBothChangedIsMineAndAddedPiecesKeepTheirPlaces() {
        VersionMerge.Keyed mine = version("Mine", null, List.of("1"), List.of("One highlight"),
                List.of("1", "4", "2", "3"), List.of("First.", "Mine after first.", "Second.", "Third."));
        VersionMerge.Keyed theirs = version("Theirs", null, List.of("1"), List.of("One highlight"),
                List.of("1", "2", "3", "5"), List.of("First.", "Second.", "Third.", "Theirs at the end."));
        VersionMerge.Keyed m = VersionMerge.merge(BASE, mine, theirs);
        assertEquals("Mine", m.release().headline());
        assertNull(m.release().subheadline(), "removed on both sides");
        assertEquals(List.of("1", "4", "2", "3", "5"), m.bodyKeys());
        assertEquals(List.of("First.", "Mine after first.", "Second.", "Third.", "Theirs at the end."), m.release().body());
    }

    @Test
    void aRemovalStandsUnlessTheOtherSideChangedThePiece() {
        // mine removes paragraph 2 and 3; they changed 3 and removed 1
        VersionMerge.Keyed mine = version("Headline", "Sub", List.of("1"), List.of("One highlight"),
                List.of("1"), List.of("First."));
        VersionMerge.Keyed theirs = version("Headline", "Sub", List.of("1"), List.of("One highlight"),
                List.of("2", "3"), List.of("Second.", "Third, corrected."));
        VersionMerge.Keyed m = VersionMerge.merge(BASE, mine, theirs);
        assertEquals(List.of("3"), m.bodyKeys());
        assertEquals(List.of("Third, corrected."), m.release().body());
    }

    @Test
    void whatTheSideBySideDoesNotEditIsTheirs() {
        VersionMerge.Keyed mine = version("Mine", "Sub", List.of("1"), List.of("One highlight"),
                List.of("1", "2", "3"), List.of("First.", "Second.", "Third."));
        Release t = BASE.release();
        Release theirRelease = new Release(t.language(), "Their issuer", "新聞稿", t.timing(), t.headline(), t.subheadline(),
                t.highlights(), null, t.body(), "完", t.photos(), t.boilerplates(), t.contactsHeading(), t.contacts());
        VersionMerge.Keyed m = VersionMerge.merge(BASE, mine,
                new VersionMerge.Keyed(theirRelease, BASE.highlightKeys(), BASE.bodyKeys()));
        assertEquals("Their issuer", m.release().issuer());
        assertEquals("新聞稿", m.release().label());
        assertEquals("完", m.release().endMark());
        assertEquals("Mine", m.release().headline());
    }
}
