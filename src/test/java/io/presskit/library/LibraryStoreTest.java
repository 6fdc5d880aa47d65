package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PreparedImage;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;
import io.presskit.testing.Backend;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The storage contract: every test runs on an SQLite file and on a PostgreSQL database. */
@ParameterizedClass
@EnumSource(Backend.class)
class LibraryStoreTest {
    @Parameter
    Backend backend;
    @TempDir
    Path tmp;
    Backend.TestLibrary db;
    LibraryStore store;
    BundleImporter.ImportedBundle sample;

    @BeforeEach
    void open() throws Exception {
        db = backend.fresh(tmp);
        store = db.open();
        sample = BundleImporter.load(TestBundles.SAMPLE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theLibraryRunsInWalWithForeignKeys() throws Exception {
        assumeTrue(backend == Backend.SQLITE, "an SQLite file's settings");
        try (Connection c = Migrations.config().createConnection("jdbc:sqlite:" + db.db()); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        assertTrue(store.isNew());
    }

    @Test
    void aStoredReleaseReadsBackEqualWithPhotosOriginalsAndLinks() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        Release back = store.releases().release(id).orElseThrow();
        Release expected = sample.release();
        // Stored contacts and boilerplates got directory ids; everything else is the same.
        assertEquals(expected.withContacts(List.of()).withBoilerplates(List.of()),
                back.withContacts(List.of()).withBoilerplates(List.of()));
        assertEquals(2, back.contacts().size());
        assertTrue(back.contacts().get(0).sameContent(expected.contacts().get(0)));
        assertTrue(back.boilerplates().get(0).sameContent(expected.boilerplates().get(0)));
        for (int i = 0; i < back.photos().size(); i++) {
            assertArrayEquals(sample.images().get(i).original(), store.images().original(back.photos().get(i).sha256()));
        }
        assertEquals("image/jpeg", store.images().thumbnail(back.photos().get(0).sha256()).orElseThrow().mediaType());
        ReleaseSummary s = store.releases().summary(id).orElseThrow();
        assertEquals(WorkflowStatus.DRAFT, s.status());
        assertEquals("zh-Hant-HK", s.language());
    }

    @Test
    void importingTheSameReleaseTwiceSharesContactsBoilerplatesAndPhotos() throws Exception {
        store.releases().insert(sample.release(), sample.images());
        store.releases().insert(sample.release(), sample.images());
        assertEquals(2, store.directory().contacts().size());
        assertEquals(1, store.directory().boilerplates().size());
        assertEquals(9, db.count("image"));
        assertEquals(18, db.count("release_photo"));
    }

    @Test
    void fixingASharedContactFixesItInEveryRelease() throws Exception {
        long a = store.releases().insert(sample.release(), sample.images());
        long b = store.releases().insert(sample.release(), List.of());
        Contact julia = store.releases().release(a).orElseThrow().contacts().get(0);
        assertEquals(List.of(a, b), ids(store.directory().releasesUsingContact(julia.id())).stream().sorted().toList());
        store.directory().saveContact(new Contact(julia.id(), julia.organization(), julia.name(), List.of("+852 2629 6000"), julia.emails()));
        assertEquals(List.of("+852 2629 6000"), store.releases().release(a).orElseThrow().contacts().get(0).phones());
        assertEquals(List.of("+852 2629 6000"), store.releases().release(b).orElseThrow().contacts().get(0).phones());
    }

    @Test
    void aContactPastTheHardLimitsIsRefusedAndNothingChanges() throws Exception {
        store.releases().insert(sample.release(), sample.images());
        Contact julia = store.directory().contacts().stream().filter(c -> c.name().equals("張麗蘭")).findFirst().orElseThrow();
        String before = db.dump();
        LibraryException e = assertThrows(LibraryException.class, () -> store.directory().saveContact(
                new Contact(julia.id(), julia.organization(), julia.name(), julia.phones(), List.of("julia@\u0007"))));
        assertEquals("emails[0]: contains the control character U+0007 at position 7", e.getMessage());
        assertEquals(before, db.dump());
    }

    @Test
    void aContactWithAnIncompleteEmailIsKeptAsTyped() throws Exception {
        store.releases().insert(sample.release(), sample.images());
        Contact julia = store.directory().contacts().stream().filter(c -> c.name().equals("張麗蘭")).findFirst().orElseThrow();
        store.directory().saveContact(new Contact(julia.id(), julia.organization(), julia.name(), julia.phones(),
                List.of("maggie.chan@hkstp")));
        assertEquals(List.of("maggie.chan@hkstp"), store.directory().contacts().stream()
                .filter(c -> c.id().equals(julia.id())).findFirst().orElseThrow().emails());
    }

    @Test
    void anIncompleteDraftIsSavedAsTyped() throws Exception {
        long id = store.releases().insert(Release.blank("en-US"), List.of());
        Release draft = new Release("en-US", null, null, null, "", "Sub-headline typed while a highlight is empty",
                List.of(""), null, List.of(), null, List.of(), List.of(), null, List.of());
        io.presskit.testing.Saves.overLatest(store, id, draft, List.of());
        assertEquals(draft, store.releases().release(id).orElseThrow());
    }

    @Test
    void deletingAContactRemovesItFromItsReleasesAndKeepsTheirOrder() throws Exception {
        long a = store.releases().insert(sample.release(), sample.images());
        Contact julia = store.releases().release(a).orElseThrow().contacts().get(0);
        store.directory().deleteContact(julia.id());
        List<Contact> left = store.releases().release(a).orElseThrow().contacts();
        assertEquals(1, left.size());
        assertEquals("黃嘉琪", left.get(0).name());
        Release r = store.releases().release(a).orElseThrow();
        io.presskit.testing.Saves.overLatest(store, a, r, List.of()); // positions are 0..n-1 again: saving works
    }

    @Test
    void savingReplacesContentAndReordersPhotosAndContacts() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        Release r = store.releases().release(id).orElseThrow();
        List<Photo> photos = new ArrayList<>(r.photos());
        java.util.Collections.reverse(photos);
        List<Contact> contacts = new ArrayList<>(r.contacts());
        java.util.Collections.reverse(contacts);
        Release edited = r.withHeadline("新標題\n第二行").withPhotos(photos).withContacts(contacts);
        io.presskit.testing.Saves.overLatest(store, id, edited, List.of());
        Release back = store.releases().release(id).orElseThrow();
        assertEquals(edited, back);
        assertEquals("新標題", store.releases().summary(id).orElseThrow().headlineFirstLine());
    }

    @Test
    void aNewPhotoArrivesWithItsImageAndAnUnusedOneLeavesOnceNoRevisionNeedsIt() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        Release r = store.releases().release(id).orElseThrow();
        PreparedImage img = ImagePipeline.prepare("new.png", TestBundles.image(1200, 800, "png"));
        Photo added = new Photo("new.png", img.sha256(), img.info().mediaType(), 1200, 800, 1, "新相片", null, null);
        io.presskit.testing.Saves.overLatest(store, id, r.withPhotos(List.of(added)), List.of(img));
        assertEquals(1200, io.presskit.service.LibraryPhotos.rendition(store, null, added).width());
        // The nine photos left the release but revision 1 still shows them: kept, so that restoring it is whole.
        assertEquals(10, db.count("image"));
        store.history().restore(id, 1, store.releases().version(id).orElseThrow());
        Release restored = store.releases().release(id).orElseThrow();
        assertEquals(r.photos(), restored.photos());
        for (int i = 0; i < 9; i++) {
            assertArrayEquals(sample.images().get(i).original(), store.images().original(restored, restored.photos().get(i)));
        }
        store.releases().delete(id);
        assertEquals(0, db.count("image"), "no release and no revision needs them any more");
    }

    @Test
    void aPhotoWithoutItsImageIsRefused() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        Release r = store.releases().release(id).orElseThrow();
        Photo ghost = new Photo("ghost.jpg", "b".repeat(64), "image/jpeg", 10, 10, 1, "Ghost", null, null);
        String before = db.dump();
        LibraryException e = assertThrows(LibraryException.class,
                () -> io.presskit.testing.Saves.overLatest(store, id, r.withPhotos(List.of(ghost)), List.of()));
        assertEquals("photos[0]: the image of ghost.jpg is not in the library", e.getMessage());
        assertEquals(before, db.dump(), "the whole save was rolled back");
    }

    @Test
    void searchFindsChineseAndEnglishIncludingOneAndTwoCharacterQueries() throws Exception {
        long zh = store.releases().insert(sample.release(), sample.images());
        Release s = sample.release();
        Release en = new Release("en-US", "Acme", null, null, "Robots arrive in Boston", null, List.of(), null,
                List.of("Acme robots reached Hong Kong (香港) today."), null, List.of(), List.of(), null, List.of());
        long enId = store.releases().insert(en, List.of());
        assertEquals(List.of(zh), ids(store.releases().search("行政長官李家超")));
        assertEquals(List.of(enId, zh), ids(store.releases().search("香港")), "most recently edited first");
        assertEquals(List.of(enId), ids(store.releases().search("robots")));
        assertEquals(List.of(enId), ids(store.releases().search("Bo")));
        assertEquals(List.of(zh), ids(store.releases().search("李家")));
        assertTrue(ids(store.releases().search("港")).contains(zh));
        assertEquals(List.of(), ids(store.releases().search("不存在的詞語")));
        assertEquals(List.of(), ids(store.releases().search("%")));
        io.presskit.testing.Saves.overLatest(store, enId, store.releases().release(enId).orElseThrow().withHeadline("Drones arrive"), List.of());
        assertEquals(List.of(), ids(store.releases().search("Boston")), "the index follows edits");
        assertEquals(List.of(enId), ids(store.releases().search("Drones")));
    }

    @Test
    void trashHidesAReleaseUntilRestoredAndEmptyingItDeletesForGood() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        store.releases().moveToTrash(id);
        assertEquals(List.of(), store.releases().list());
        assertEquals(List.of(), store.releases().search("香港"));
        assertEquals(List.of(id), ids(store.releases().trash()));
        store.releases().restoreFromTrash(id);
        assertEquals(List.of(id), ids(store.releases().list()));
        store.releases().moveToTrash(id);
        store.releases().emptyTrash();
        assertTrue(store.releases().release(id).isEmpty());
        assertEquals(0, db.count("image"));
    }

    @Test
    void statusAndDuplicate() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        store.releases().setStatus(id, WorkflowStatus.APPROVED, "test", null);
        assertEquals(WorkflowStatus.APPROVED, store.releases().summary(id).orElseThrow().status());
        long copy = store.releases().duplicate(id);
        assertEquals(store.releases().release(id), store.releases().release(copy));
        assertEquals(WorkflowStatus.DRAFT, store.releases().summary(copy).orElseThrow().status());
        assertEquals(9, db.count("image"), "photos are shared, not copied");
    }

    @Test
    void editsSurviveClosingAndReopening() throws Exception {
        long id = store.releases().insert(sample.release(), sample.images());
        store.close();
        store = db.open();
        assertTrue(!store.isNew());
        assertEquals(sample.release().headline(), store.releases().release(id).orElseThrow().headline());
    }

    private static List<Long> ids(List<ReleaseSummary> list) {
        return list.stream().map(ReleaseSummary::id).toList();
    }
}
