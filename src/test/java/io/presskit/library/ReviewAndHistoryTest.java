package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.model.Release;
import io.presskit.model.TextDiff;
import io.presskit.model.WorkflowStatus;
import io.presskit.testing.Backend;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review sign-off (who, when, a note; the approval lock) and history (sessions, restore, comparison, its bound). */
@ParameterizedClass
@EnumSource(Backend.class)
class ReviewAndHistoryTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Parameter
    Backend backend;
    @TempDir
    Path tmp;
    Backend.TestLibrary db;
    HandClock clock = new HandClock();
    LibraryStore store;
    long id;

    @BeforeEach
    void library() throws Exception {
        db = backend.fresh(tmp);
        store = db.open(clock);
        store.setUser("Officer Lee");
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        id = store.releases().insert(sample.release(), sample.images());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private long edit(java.util.function.UnaryOperator<Release> change) throws LibraryException {
        VersionedRelease v = store.releases().read(id).orElseThrow();
        return store.releases().save(id, v.version(), change.apply(v.release()), List.of());
    }

    private static Release body(Release r, int i, String paragraph) {
        List<String> body = new ArrayList<>(r.body());
        body.set(i, paragraph);
        return new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(), r.highlights(),
                r.dateline(), body, r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
    }

    @Test
    void approvalNeedsACompleteReleaseAndLocksIt() throws Exception {
        long draft = store.releases().insert(Release.blank("en-US"), List.of());
        String before = db.dump();
        LibraryException incomplete = assertThrows(LibraryException.class,
                () -> store.releases().setStatus(draft, WorkflowStatus.APPROVED, "Editor Wong", null));
        assertTrue(incomplete.getMessage().startsWith("Release " + draft + " cannot be approved yet: headline:"),
                incomplete.getMessage());
        assertEquals(before, db.dump(), "nothing changed");

        clock.pass(Duration.ofMinutes(3));
        long approved = store.releases().setStatus(id, WorkflowStatus.APPROVED, "Editor Wong", "Checked the figures.");
        VersionedRelease v = store.releases().read(id).orElseThrow();
        assertEquals(WorkflowStatus.APPROVED, v.status());
        assertEquals(approved, v.version());
        LibraryException locked = assertThrows(LibraryException.class,
                () -> store.releases().save(id, v.version(), v.release().withHeadline("改一改"), List.of()));
        assertEquals(LibraryException.Kind.LOCKED, locked.kind());
        assertEquals("Release " + id + " is approved (by Editor Wong, 2026-03-02), so it is locked; send it back to "
                + "draft to edit it.", locked.getMessage());
        assertEquals(v, store.releases().read(id).orElseThrow(), "nothing written");

        // "edit anyway": saved and back to draft in one step, the note in the history
        clock.pass(Duration.ofMinutes(1));
        long back = store.releases().saveBackToDraft(id, v.version(), v.release().withHeadline("改一改"), List.of(),
                "The date was wrong.");
        VersionedRelease after = store.releases().read(id).orElseThrow();
        assertEquals(WorkflowStatus.DRAFT, after.status());
        assertEquals(back, after.version());
        assertEquals("改一改", after.release().headline());
        List<Revision> history = store.history().revisions(id);
        Revision last = history.get(history.size() - 1);
        assertEquals(Revision.Event.STATUS, last.event());
        assertEquals(WorkflowStatus.DRAFT, last.status());
        assertEquals("Officer Lee", last.by());
        assertEquals("The date was wrong.", last.note());
        assertEquals(List.of("headline"), last.changed());
        Revision approval = history.get(history.size() - 2);
        assertEquals(List.of("Editor Wong", "approved", "Checked the figures.", "status: approved"),
                List.of(approval.by(), approval.status().key(), approval.note(), approval.changedText()));
        assertEquals(Instant.parse("2026-03-02T09:03:00Z"), approval.savedAt());
    }

    @Test
    void aSessionOfSavesIsOneRevisionAndOtherEventsCloseIt() throws Exception {
        edit(r -> r.withHeadline("第一稿"));
        clock.pass(Duration.ofMinutes(4));
        edit(r -> body(r, 2, "第三段改了。"));
        clock.pass(Duration.ofMinutes(9));
        edit(r -> r.withHeadline("第二稿")); // still the same session: nine minutes since the last save
        List<Revision> h = store.history().revisions(id);
        assertEquals(2, h.size(), h.toString());
        assertEquals(Revision.Event.EDITED, h.get(1).event());
        assertEquals(List.of("headline", "body[2]"), h.get(1).changed());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), h.get(1).startedAt());
        assertEquals(Instant.parse("2026-03-02T09:13:00Z"), h.get(1).savedAt());

        clock.pass(Duration.ofMinutes(11)); // a pause longer than the session gap
        edit(r -> body(r, 0, "第一段也改了。"));
        store.setUser("Editor Wong"); // someone else
        clock.pass(Duration.ofMinutes(1));
        edit(r -> body(r, 1, "第二段。"));
        store.releases().setStatus(id, WorkflowStatus.IN_REVIEW, "Editor Wong", null);
        clock.pass(Duration.ofMinutes(1));
        edit(r -> body(r, 1, "第二段再改。")); // after a status change: a new revision although the same person
        h = store.history().revisions(id);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), h.stream().map(Revision::number).toList());
        assertEquals(List.of("created", "edited", "edited", "edited", "status", "edited"),
                h.stream().map(r -> r.event().key()).toList());
        assertEquals(List.of("Officer Lee", "Officer Lee", "Officer Lee", "Editor Wong", "Editor Wong", "Editor Wong"),
                h.stream().map(Revision::by).toList());
        assertEquals(List.of("body[0]"), h.get(2).changed());
        assertEquals("status: in-review", h.get(4).changedText());
        assertEquals(WorkflowStatus.IN_REVIEW, h.get(5).status());
    }

    @Test
    void restoringARevisionMakesANewOneAndLosesNothing() throws Exception {
        Release original = store.releases().release(id).orElseThrow();
        edit(r -> r.withHeadline("改壞了的標題"));
        clock.pass(Duration.ofMinutes(30));
        edit(r -> body(r, 0, "這段也改壞了。"));
        Release broken = store.releases().release(id).orElseThrow();
        long version = store.releases().version(id).orElseThrow();
        LibraryException stale = assertThrows(LibraryException.class, () -> store.history().restore(id, 1, version - 1));
        assertEquals(LibraryException.Kind.CONFLICT, stale.kind());
        store.history().restore(id, 1, version);
        assertEquals(original, store.releases().release(id).orElseThrow());
        List<Revision> h = store.history().revisions(id);
        assertEquals(4, h.size());
        Revision restored = h.get(3);
        assertEquals(Revision.Event.RESTORED, restored.event());
        assertEquals("revision 1", restored.note());
        assertEquals(List.of("headline", "body[0]"), restored.changed());
        assertEquals(broken, store.history().release(id, 3), "the replaced content stays in the history");
        LibraryException none = assertThrows(LibraryException.class, () -> store.history().release(id, 9));
        assertEquals("Release " + id + " has no revision 9 (presskit history " + id + " lists them).", none.getMessage());
    }

    @Test
    void twoRevisionsCompareCharacterByCharacterInChineseAndWordByWordInEnglish() throws Exception {
        Release r = store.releases().release(id).orElseThrow();
        String p0 = r.body().get(0);
        edit(x -> body(x.withHeadline(x.headline().replace("八百", "九百")), 0, p0 + " The robots arrive today."));
        clock.pass(Duration.ofHours(1));
        edit(x -> body(x, 0, p0 + " The drones arrive today."));
        RevisionComparison c = store.history().compare(id, 1, 3);
        assertEquals(List.of("headline", "body[0]"), c.fields().stream().map(RevisionComparison.FieldDiff::field).toList());
        TextDiff headline = c.fields().get(0).diff();
        assertEquals(List.of(new TextDiff.Run(TextDiff.Op.REMOVED, "八"), new TextDiff.Run(TextDiff.Op.ADDED, "九")),
                headline.runs().stream().filter(x -> x.op() != TextDiff.Op.KEPT).toList());
        assertEquals(r.headline(), headline.text(false));
        assertEquals(store.releases().release(id).orElseThrow().headline(), headline.text(true));
        RevisionComparison english = store.history().compare(id, 2, 3);
        assertEquals(List.of(new TextDiff.Run(TextDiff.Op.REMOVED, "robots"), new TextDiff.Run(TextDiff.Op.ADDED, "drones")),
                english.fields().get(0).diff().runs().stream().filter(x -> x.op() != TextDiff.Op.KEPT).toList());
        assertEquals(r, c.olderRelease());
        assertEquals(3, c.newer().number());
    }

    /**
     * Two years of daily editing by two people taking turns (a new revision every time), with a status change now
     * and then: the history stays within its bound, and the library does not grow with the number of saves.
     */
    @Test
    void aReleaseEditedForYearsKeepsABoundedHistory() throws Exception {
        int statusChanges = 0;
        for (int day = 0; day < 730; day++) {
            store.setUser(day % 2 == 0 ? "Officer Lee" : "Editor Wong");
            int n = day;
            edit(r -> body(r, 1, "第 " + n + " 天的第二段。"));
            if (day % 100 == 50) {
                store.releases().setStatus(id, WorkflowStatus.IN_REVIEW, "Editor Wong", "day " + day);
                store.releases().setStatus(id, WorkflowStatus.DRAFT, "Officer Lee", null);
                statusChanges += 2;
            }
            clock.pass(Duration.ofDays(1));
        }
        List<Revision> h = store.history().revisions(id);
        long edits = h.stream().filter(r -> r.event() == Revision.Event.EDITED).count();
        long statuses = h.stream().filter(r -> r.event() == Revision.Event.STATUS).count();
        assertEquals(statusChanges, statuses, "every status change is kept");
        assertTrue(edits <= HistoryRules.MAX_EDITS, edits + " editing sessions kept");
        // last week: every day; then one a day up to 90 days; then one a week
        assertTrue(edits < 7 + 83 + 100 && edits > 90, edits + " editing sessions kept");
        assertEquals(h.size(), db.count("release_revision"));
        assertTrue(db.count("release_snapshot") <= h.size(), "no snapshot without a revision");
        assertEquals(1, h.get(0).number(), "the first revision is kept");
        assertEquals("第 729 天的第二段。", store.history().release(id, h.get(h.size() - 1).number()).body().get(1));
        // a kept revision after thinned ones says what changed since the one kept before it
        Revision someWeek = h.stream().filter(r -> r.event() == Revision.Event.EDITED).findFirst().orElseThrow();
        assertEquals(List.of("body[1]"), someWeek.changed());
    }
}
