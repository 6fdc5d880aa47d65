package io.presskit.app;

import io.presskit.app.directory.ContactDirectoryViewModel;
import io.presskit.app.editor.FormProblem;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Autosave;
import io.presskit.app.editor.TextCounts;
import io.presskit.app.preview.KitExport;
import io.presskit.app.releases.ReleaseListViewModel;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.model.Contact;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import io.presskit.service.Libraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The view models on a real library, without the FX toolkit: a plain single thread plays the UI thread,
 * so results are delivered in order exactly as Platform.runLater would.
 */
class ViewModelsWithoutFxTest {
    @TempDir
    Path dir;
    private ExecutorService uiThread;
    private Background background;
    private LibraryStore store;

    @BeforeAll
    static void english() {
        System.setProperty("presskit.ui.language", "en");
    }

    @BeforeEach
    void open() throws Exception {
        uiThread = Executors.newSingleThreadExecutor();
        background = new Background(uiThread, 2);
        store = Libraries.open(dir.resolve("library.db"));
    }

    @AfterEach
    void close() {
        background.close();
        uiThread.shutdownNow();
        store.close();
    }

    private <T> T ui(Callable<T> c) throws Exception {
        return uiThread.submit(c).get(10, TimeUnit.SECONDS);
    }

    private void ui(Runnable r) throws Exception {
        uiThread.submit(r).get(10, TimeUnit.SECONDS);
    }

    private void idle() throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!background.isIdle()) {
            assertTrue(System.currentTimeMillis() < deadline, "background work did not finish");
            Thread.onSpinWait();
            Thread.sleep(5);
        }
        ui(() -> { });
    }

    private long sampleId() throws Exception {
        return store.releases().list().get(0).id();
    }

    @Test
    void editsAreSavedAMomentAfterTheyStop() throws Exception {
        ReleaseEditorViewModel vm = new ReleaseEditorViewModel(store, background);
        long id = sampleId();
        ui(() -> vm.load(id));
        idle();
        assertEquals(Autosave.State.SAVED, ui(() -> vm.saveStateProperty().get()));
        ui(() -> vm.headline.set("新標題"));
        assertEquals(Autosave.State.PENDING, ui(() -> vm.saveStateProperty().get()));
        idle();
        assertEquals("新標題", store.releases().release(id).orElseThrow().headline());
        assertEquals(Autosave.State.SAVED, ui(() -> vm.saveStateProperty().get()));
    }

    @Test
    void anIncompleteDraftIsSavedAsTypedAndMarked() throws Exception {
        ReleaseEditorViewModel vm = new ReleaseEditorViewModel(store, background);
        long id = sampleId();
        ui(() -> vm.load(id));
        idle();
        ui(() -> {
            vm.headline.set(" ");
            vm.addHighlight();
        });
        idle();
        assertEquals(Autosave.State.SAVED, ui(() -> vm.saveStateProperty().get()));
        Release stored = store.releases().release(id).orElseThrow();
        assertEquals("", stored.headline());
        assertEquals("", stored.highlights().get(stored.highlights().size() - 1));
        int last = stored.highlights().size() - 1;
        assertEquals(List.of("headline", "highlights[" + last + "]"),
                ui(() -> vm.problems().stream().map(FormProblem::field).toList()));
        assertTrue(ui(() -> vm.problems().stream().noneMatch(FormProblem::notStored)));
    }

    @Test
    void anUnreadableEmbargoTimeIsMarkedAndNeverTurnsIntoImmediateRelease() throws Exception {
        Messages.use("en-HK");
        ReleaseEditorViewModel vm = new ReleaseEditorViewModel(store, background);
        long id = sampleId();
        ui(() -> vm.load(id));
        idle();
        ui(() -> {
            vm.embargoed.set(true);
            vm.embargoDate.set("15/03/2027");
            vm.embargoTime.set("09:00");
            vm.embargoZone.set("America/New_York");
        });
        assertEquals("2027-03-15 13:00 UTC", ui(() -> vm.embargoUtcProperty().get()));
        idle();
        assertEquals("2027-03-15T09:00-04:00[America/New_York]",
                ((ReleaseTiming.Embargoed) store.releases().release(id).orElseThrow().timing()).until().toString());
        ui(() -> vm.embargoTime.set("9 o'clock"));
        idle();
        assertTrue(ui(() -> vm.problemsFor("release.until.time").get(0).notStored()));
        assertEquals("2027-03-15T09:00-04:00[America/New_York]",
                ((ReleaseTiming.Embargoed) store.releases().release(id).orElseThrow().timing()).until().toString(),
                "the stored embargo stays as it was, it does not become immediate");
    }

    @Test
    void photoNumbersFollowTheReleaseLanguage() throws Exception {
        ReleaseEditorViewModel vm = new ReleaseEditorViewModel(store, background);
        long id = sampleId();
        ui(() -> vm.load(id));
        idle();
        assertEquals("圖三", ui(() -> vm.photoNumber(2)));
        ui(() -> vm.language.set("en-GB"));
        assertEquals("Photo 3", ui(() -> vm.photoNumber(2)));
    }

    /** A photo cut short (as a failed download leaves it) is refused with its reason; a whole one is added. */
    @Test
    void theEditorRefusesATruncatedPhotoSayingWhy() throws Exception {
        ReleaseEditorViewModel vm = new ReleaseEditorViewModel(store, background);
        long id = sampleId();
        ui(() -> vm.load(id));
        idle();
        int before = ui(() -> vm.photos.size());
        byte[] whole = io.presskit.testing.TestBundles.resource("/io/presskit/image/fit/camera.jpg");
        Path cut = dir.resolve("cut.jpg");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path good = dir.resolve("good.jpg");
        java.nio.file.Files.write(good, whole);
        ui(() -> vm.addPhotos(List.of(cut, good)));
        idle();
        assertEquals(before + 1, (int) ui(() -> vm.photos.size()), "only the whole photo is added");
        assertEquals(List.of("cut.jpg does not decode as an image (it is truncated: the JPEG end marker is missing)"),
                ui(() -> List.copyOf(vm.photoMessages())));
    }

    @Test
    void listFiltersByStatusAndLanguageAndFindsChineseText() throws Exception {
        ReleaseListViewModel list = new ReleaseListViewModel(store, background);
        long id = sampleId();
        long copy = store.releases().duplicate(id);
        Release en = store.releases().release(copy).orElseThrow();
        io.presskit.testing.Saves.overLatest(store, copy, new Release("en-US", en.issuer(), null, null, "Harbour robots", null, List.of(),
                null, List.of("English text."), null, List.of(), List.of(), null, List.of()), List.of());
        store.releases().setStatus(copy, WorkflowStatus.APPROVED, "test", null);
        ui(list::refresh);
        idle();
        assertEquals(2, ui(() -> list.releases().size()));
        assertEquals(List.of("en-US", "zh-Hant-HK"), ui(() -> List.copyOf(list.languages())));
        ui(() -> list.languageFilter.set("en-US"));
        idle();
        assertEquals(List.of(copy), ui(() -> list.releases().stream().map(ReleaseSummary::id).toList()));
        ui(() -> {
            list.languageFilter.set(null);
            list.statusFilter.set(WorkflowStatus.DRAFT);
        });
        idle();
        assertEquals(List.of(id), ui(() -> list.releases().stream().map(ReleaseSummary::id).toList()));
        ui(() -> {
            list.statusFilter.set(null);
            list.query.set("推動科研");
        });
        idle();
        assertEquals(List.of(id), ui(() -> list.releases().stream().map(ReleaseSummary::id).toList()));
    }

    @Test
    void aSharedContactIsSavedAsTypedWithItsBadEmailMarked() throws Exception {
        ContactDirectoryViewModel vm = new ContactDirectoryViewModel(store, background);
        ui(vm::reload);
        idle();
        ui(() -> {
            vm.startNew();
            vm.name.set("Ada Chan");
            vm.emails.set("maggie.chan@hkstp");
        });
        idle();
        Contact saved = store.directory().contacts().stream().filter(c -> c.name().equals("Ada Chan")).findFirst().orElseThrow();
        assertEquals(List.of("maggie.chan@hkstp"), saved.emails());
        assertEquals(List.of("emails[0]"), ui(() -> vm.problems().stream().map(FormProblem::field).toList()));
        ui(() -> vm.emails.set("ada@example.com\nada.chan@example.org"));
        idle();
        saved = store.directory().contacts().stream().filter(c -> c.name().equals("Ada Chan")).findFirst().orElseThrow();
        assertEquals(List.of("ada@example.com", "ada.chan@example.org"), saved.emails());
        assertEquals(1, store.directory().contacts().stream().filter(c -> c.name().equals("Ada Chan")).count(), "one record, updated");
    }

    @Test
    void wordsAndCharactersCountChineseByCharacter() {
        assertEquals(new TextCounts(3, 14), TextCounts.of("Robots open labs"));
        assertEquals(new TextCounts(7, 8), TextCounts.of("香港科學園，開幕"));
        assertEquals(new TextCounts(4, 9), TextCounts.of("InnoHK 高峰會"));
    }

    @Test
    void theExportFileIsNamedFromDateAndHeadline() {
        Release r = Release.blank("en-US").withHeadline("Robots: open/the \"lab\"\nsecond line");
        assertEquals("2027-01-02 Robots open the lab.pdf", KitExport.defaultFileName(r, LocalDate.of(2027, 1, 2)));
    }
}
