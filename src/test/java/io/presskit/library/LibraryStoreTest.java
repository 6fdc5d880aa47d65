package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PreparedImage;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

class LibraryStoreTest {
    @TempDir
    Path tmp;
    Path db;
    LibraryStore store;
    BundleImporter.ImportedBundle sample;

    @BeforeEach
    void open() throws Exception {
        db = tmp.resolve("library.db");
        store = LibraryStore.open(db);
        sample = BundleImporter.load(TestBundles.SAMPLE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theLibraryRunsInWalWithForeignKeys() throws Exception {
        try (Connection c = Migrations.config().createConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
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
        long id = store.insertRelease(sample.release(), sample.images());
        Release back = store.release(id).orElseThrow();
        Release expected = sample.release();
        // Stored contacts and boilerplates got directory ids; everything else is the same.
        assertEquals(expected.withContacts(List.of()).withBoilerplates(List.of()),
                back.withContacts(List.of()).withBoilerplates(List.of()));
        assertEquals(2, back.contacts().size());
        assertTrue(back.contacts().get(0).sameContent(expected.contacts().get(0)));
        assertTrue(back.boilerplates().get(0).sameContent(expected.boilerplates().get(0)));
        for (int i = 0; i < back.photos().size(); i++) {
            assertArrayEquals(sample.images().get(i).original(), store.original(back.photos().get(i).sha256()));
        }
        assertEquals("image/jpeg", store.thumbnail(back.photos().get(0).sha256()).orElseThrow().mediaType());
        ReleaseSummary s = store.summary(id).orElseThrow();
        assertEquals(WorkflowStatus.DRAFT, s.status());
        assertEquals("zh-Hant-HK", s.language());
    }

    @Test
    void importingTheSameReleaseTwiceSharesContactsBoilerplatesAndPhotos() throws Exception {
        store.insertRelease(sample.release(), sample.images());
        store.insertRelease(sample.release(), sample.images());
        assertEquals(2, store.contacts().size());
        assertEquals(1, store.boilerplates().size());
        assertEquals(9, LibraryDump.count(db, "image"));
        assertEquals(18, LibraryDump.count(db, "release_photo"));
    }

    @Test
    void fixingASharedContactFixesItInEveryRelease() throws Exception {
        long a = store.insertRelease(sample.release(), sample.images());
        long b = store.insertRelease(sample.release(), List.of());
        Contact julia = store.release(a).orElseThrow().contacts().get(0);
        assertEquals(List.of(a, b), ids(store.releasesUsingContact(julia.id())).stream().sorted().toList());
        store.saveContact(new Contact(julia.id(), julia.organization(), julia.name(), List.of("+852 2629 6000"), julia.emails()));
        assertEquals(List.of("+852 2629 6000"), store.release(a).orElseThrow().contacts().get(0).phones());
        assertEquals(List.of("+852 2629 6000"), store.release(b).orElseThrow().contacts().get(0).phones());
    }

    @Test
    void aContactPastTheHardLimitsIsRefusedAndNothingChanges() throws Exception {
        store.insertRelease(sample.release(), sample.images());
        Contact julia = store.contacts().stream().filter(c -> c.name().equals("張麗蘭")).findFirst().orElseThrow();
        String before = LibraryDump.of(db);
        LibraryException e = assertThrows(LibraryException.class, () -> store.saveContact(
                new Contact(julia.id(), julia.organization(), julia.name(), julia.phones(), List.of("julia@\u0007"))));
        assertEquals("emails[0]: contains the control character U+0007 at position 7", e.getMessage());
        assertEquals(before, LibraryDump.of(db));
    }

    @Test
    void aContactWithAnIncompleteEmailIsKeptAsTyped() throws Exception {
        store.insertRelease(sample.release(), sample.images());
        Contact julia = store.contacts().stream().filter(c -> c.name().equals("張麗蘭")).findFirst().orElseThrow();
        store.saveContact(new Contact(julia.id(), julia.organization(), julia.name(), julia.phones(),
                List.of("maggie.chan@hkstp")));
        assertEquals(List.of("maggie.chan@hkstp"), store.contacts().stream()
                .filter(c -> c.id().equals(julia.id())).findFirst().orElseThrow().emails());
    }

    @Test
    void anIncompleteDraftIsSavedAsTyped() throws Exception {
        long id = store.insertRelease(Release.blank("en-US"), List.of());
        Release draft = new Release("en-US", null, null, null, "", "Sub-headline typed while a highlight is empty",
                List.of(""), null, List.of(), null, List.of(), List.of(), null, List.of());
        store.saveRelease(id, draft, List.of());
        assertEquals(draft, store.release(id).orElseThrow());
    }

    @Test
    void deletingAContactRemovesItFromItsReleasesAndKeepsTheirOrder() throws Exception {
        long a = store.insertRelease(sample.release(), sample.images());
        Contact julia = store.release(a).orElseThrow().contacts().get(0);
        store.deleteContact(julia.id());
        List<Contact> left = store.release(a).orElseThrow().contacts();
        assertEquals(1, left.size());
        assertEquals("黃嘉琪", left.get(0).name());
        Release r = store.release(a).orElseThrow();
        store.saveRelease(a, r, List.of()); // positions are 0..n-1 again: saving works
    }

    @Test
    void savingReplacesContentAndReordersPhotosAndContacts() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        Release r = store.release(id).orElseThrow();
        List<Photo> photos = new ArrayList<>(r.photos());
        java.util.Collections.reverse(photos);
        List<Contact> contacts = new ArrayList<>(r.contacts());
        java.util.Collections.reverse(contacts);
        Release edited = r.withHeadline("新標題\n第二行").withPhotos(photos).withContacts(contacts);
        store.saveRelease(id, edited, List.of());
        Release back = store.release(id).orElseThrow();
        assertEquals(edited, back);
        assertEquals("新標題", store.summary(id).orElseThrow().headlineFirstLine());
    }

    @Test
    void aNewPhotoArrivesWithItsImageAndAnUnusedOneLeaves() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        Release r = store.release(id).orElseThrow();
        PreparedImage img = ImagePipeline.prepare("new.png", TestBundles.image(1200, 800, "png"));
        Photo added = new Photo("new.png", img.sha256(), img.info().mediaType(), 1200, 800, 1, "新相片", null, null);
        store.saveRelease(id, r.withPhotos(List.of(added)), List.of(img));
        assertEquals(1, LibraryDump.count(db, "image"));
        assertEquals(1200, store.rendition(added).width());
    }

    @Test
    void aPhotoWithoutItsImageIsRefused() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        Release r = store.release(id).orElseThrow();
        Photo ghost = new Photo("ghost.jpg", "b".repeat(64), "image/jpeg", 10, 10, 1, "Ghost", null, null);
        String before = LibraryDump.of(db);
        LibraryException e = assertThrows(LibraryException.class,
                () -> store.saveRelease(id, r.withPhotos(List.of(ghost)), List.of()));
        assertEquals("photos[0]: the image of ghost.jpg is not in the library", e.getMessage());
        assertEquals(before, LibraryDump.of(db), "the whole save was rolled back");
    }

    @Test
    void searchFindsChineseAndEnglishIncludingOneAndTwoCharacterQueries() throws Exception {
        long zh = store.insertRelease(sample.release(), sample.images());
        Release s = sample.release();
        Release en = new Release("en-US", "Acme", null, null, "Robots arrive in Boston", null, List.of(), null,
                List.of("Acme robots reached Hong Kong (香港) today."), null, List.of(), List.of(), null, List.of());
        long enId = store.insertRelease(en, List.of());
        assertEquals(List.of(zh), ids(store.search("行政長官李家超")));
        assertEquals(List.of(enId, zh), ids(store.search("香港")), "most recently edited first");
        assertEquals(List.of(enId), ids(store.search("robots")));
        assertEquals(List.of(enId), ids(store.search("Bo")));
        assertEquals(List.of(zh), ids(store.search("李家")));
        assertTrue(ids(store.search("港")).contains(zh));
        assertEquals(List.of(), ids(store.search("不存在的詞語")));
        assertEquals(List.of(), ids(store.search("%")));
        store.saveRelease(enId, store.release(enId).orElseThrow().withHeadline("Drones arrive"), List.of());
        assertEquals(List.of(), ids(store.search("Boston")), "the index follows edits");
        assertEquals(List.of(enId), ids(store.search("Drones")));
    }

    @Test
    void trashHidesAReleaseUntilRestoredAndEmptyingItDeletesForGood() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        store.trashRelease(id);
        assertEquals(List.of(), store.list());
        assertEquals(List.of(), store.search("香港"));
        assertEquals(List.of(id), ids(store.trash()));
        store.restoreRelease(id);
        assertEquals(List.of(id), ids(store.list()));
        store.trashRelease(id);
        store.emptyTrash();
        assertTrue(store.release(id).isEmpty());
        assertEquals(0, LibraryDump.count(db, "image"));
    }

    @Test
    void statusAndDuplicate() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        store.setStatus(id, WorkflowStatus.APPROVED);
        assertEquals(WorkflowStatus.APPROVED, store.summary(id).orElseThrow().status());
        long copy = store.duplicateRelease(id);
        assertEquals(store.release(id), store.release(copy));
        assertEquals(WorkflowStatus.DRAFT, store.summary(copy).orElseThrow().status());
        assertEquals(9, LibraryDump.count(db, "image"), "photos are shared, not copied");
    }

    @Test
    void editsSurviveClosingAndReopening() throws Exception {
        long id = store.insertRelease(sample.release(), sample.images());
        store.close();
        store = LibraryStore.open(db);
        assertTrue(!store.isNew());
        assertEquals(sample.release().headline(), store.release(id).orElseThrow().headline());
    }

    private static List<Long> ids(List<ReleaseSummary> list) {
        return list.stream().map(ReleaseSummary::id).toList();
    }
}
