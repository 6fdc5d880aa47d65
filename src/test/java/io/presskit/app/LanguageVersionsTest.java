package io.presskit.app;

import io.presskit.bundle.BundleImporter;
import io.presskit.library.Families;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.testing.TestBundles;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.presskit.app.Robots.click;
import static io.presskit.app.Robots.find;
import static io.presskit.app.Robots.shortcut;
import static io.presskit.app.Robots.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 in the app, through the real controls: the version switcher, "Add a language version", the side-by-side
 * editor (counterparts, stale marks, a new paragraph and its empty counterpart, undo), the list showing a family
 * once, and the export of the versions. Every assertion reads what the library stored or the file written.
 */
class LanguageVersionsTest extends AppTestBase {
    private static final String EN_HEADLINE_START = "800 leading international scholars";

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private Release stored(long id) throws Exception {
        return app.store.releases().release(id).orElseThrow();
    }

    /**
     * The sample's two language versions as one family (the tests' hand-written English translation), put in the
     * library beside the sample, shown in the list and opened at its Chinese version: its ids, Chinese first.
     */
    private List<Long> family(FxRobot robot) throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.copyFamily(dir, "family"));
        List<Long> ids = app.store.families().insert(b.versions(), b.images());
        robot.interact(() -> app.window.listViewModel().refresh());
        app.idle();
        ListView<ReleaseSummary> list = find(robot, stage, "#releaseList");
        // the sample's row reads the same as the family's (it is the family's Chinese text): the click must land on
        // the family's row, looked up again if the list was still being redrawn on a slow machine
        for (int attempt = 0; attempt < 3 && !ids.contains(app.window.editorViewModel().releaseIdProperty().get()); attempt++) {
            robot.clickOn(Robots.cell(list, rowOf(list, ids.get(0))));
            app.idle();
        }
        click(robot, find(robot, stage, "#version-zh-Hant-HK"));
        app.idle();
        assertEquals(ids.get(0), app.window.editorViewModel().releaseIdProperty().get());
        return ids;
    }

    /** The row of the list that shows release {@code id}'s family. */
    private int rowOf(ListView<ReleaseSummary> list, long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (app.window.listViewModel().covers(list.getItems().get(i), id)) {
                return i;
            }
        }
        throw new AssertionError("release " + id + " is not listed: " + list.getItems());
    }

    private TextArea cell(FxRobot robot, int side, String unit) {
        return find(robot, stage, "#sbs-" + side + "-" + unit.replace(':', '-').replace('.', '_'));
    }

    private void sideBySide(FxRobot robot) throws Exception {
        robot.clickOn("#tabSideBySide");
        app.idle();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window.sideBySideViewModel().loadedProperty().get());
    }

    @Test
    void addingALanguageVersionSharesThePartsAndLeavesTheTextToWrite(FxRobot robot) throws Exception {
        long zh = app.window.listViewModel().selectedId.get();
        Release sample = stored(zh);
        assertTrue(sample.photos().size() > 1 && !sample.contacts().isEmpty(), "the sample has photos and contacts");

        click(robot, find(robot, stage, "#addVersion"));
        Robots.clickButton(robot, "OK");
        app.idle();

        List<Families.Version> versions = app.store.families().versions(zh);
        assertEquals(List.of("zh-Hant-HK", "en-HK"), versions.stream().map(Families.Version::language).toList(),
                "English is offered first for a Chinese release");
        long en = versions.get(1).id();
        Release added = stored(en);
        assertEquals("", added.headline());
        assertTrue(added.body().isEmpty() && added.highlights().isEmpty(), "no text is made up");
        assertEquals(sample.photos().stream().map(Photo::fileName).toList(),
                added.photos().stream().map(Photo::fileName).toList(), "the same photos in the same order");
        assertEquals(sample.photos().stream().map(Photo::credit).toList(),
                added.photos().stream().map(Photo::credit).toList(), "with their credits");
        assertTrue(added.photos().stream().allMatch(p -> p.caption() == null || p.caption().isBlank()),
                "captions are text, to be written");
        assertEquals(sample.contacts().stream().map(c -> c.id()).toList(), added.contacts().stream().map(c -> c.id()).toList());
        assertEquals(sample.timing(), added.timing());
        assertEquals(sample, stored(zh), "the Chinese version is untouched");

        // the new version is open: its text boxes are empty and say what belongs in them
        assertEquals(en, app.window.editorViewModel().releaseIdProperty().get());
        TextInputControl headline = find(robot, stage, "#headlineField");
        assertEquals("", headline.getText());
        assertFalse(headline.getPromptText().isBlank());
        ToggleButton enButton = find(robot, stage, "#version-en-HK");
        ToggleButton zhButton = find(robot, stage, "#version-zh-Hant-HK");
        assertEquals("EN", enButton.getText());
        assertEquals("中", zhButton.getText());
        assertTrue(enButton.isSelected() && !zhButton.isSelected());

        // the list shows the family once, with both languages
        ListView<ReleaseSummary> list = find(robot, stage, "#releaseList");
        assertEquals(1, list.getItems().stream().filter(r -> r.id() == zh || r.id() == en).count());
        Label languages = find(robot, stage, "#releaseLanguages-" + list.getItems().get(rowOf(list, en)).id());
        assertTrue(languages.getText().startsWith("中 / EN · "), languages.getText());

        // typing goes into the English version only; the switcher opens the Chinese one again
        type(robot, headline, "Research summit");
        app.idle();
        assertEquals("Research summit", stored(en).headline());
        assertEquals(sample.headline(), stored(zh).headline());
        click(robot, zhButton);
        app.idle();
        assertEquals(zh, app.window.editorViewModel().releaseIdProperty().get());
        assertEquals(sample.headline(), ((TextInputControl) find(robot, stage, "#headlineField")).getText());
        assertTrue(zhButton.isSelected() && !enButton.isSelected());
    }

    @Test
    void sideBySideEditsAreSavedByKeyMarkedStaleAndUndone(FxRobot robot) throws Exception {
        List<Long> ids = family(robot);
        long zh = ids.get(0);
        long en = ids.get(1);
        Release zhBefore = stored(zh);
        Release enBefore = stored(en);
        sideBySide(robot);

        // counterparts side by side
        assertEquals(zhBefore.headline(), cell(robot, 0, "headline").getText());
        assertEquals(enBefore.headline(), cell(robot, 1, "headline").getText());
        assertEquals(zhBefore.body().get(1), cell(robot, 0, "body:2").getText());
        assertEquals(enBefore.body().get(1), cell(robot, 1, "body:2").getText());
        String caption = "caption:" + zhBefore.photos().get(0).fileName().toLowerCase(java.util.Locale.ROOT);
        assertEquals(enBefore.photos().get(0).caption(), cell(robot, 1, caption).getText());
        Label zhStale = find(robot, stage, "#sbs-0-body-2-stale");
        assertFalse(zhStale.isVisible(), "nothing is stale after the import");

        // an edit of the English paragraph is saved to that version alone, and marks its Chinese counterpart
        String edited = enBefore.body().get(1) + " Apply now.";
        click(robot, cell(robot, 1, "body:2"));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        Robots.append(robot, " Apply now.");
        app.idle();
        assertEquals(edited, stored(en).body().get(1));
        assertEquals(zhBefore.body(), stored(zh).body());
        assertEquals(List.of("body:2"), app.store.families().staleUnits(zh));
        assertTrue(zhStale.isVisible(), "the Chinese paragraph may now be out of date");

        // a paragraph added after the last one waits empty beside its counterpart
        int last = zhBefore.body().size();
        click(robot, find(robot, stage, "#sbs-0-body-" + last + "-add"));
        String newUnit = "body:" + (last + 1);
        type(robot, cell(robot, 0, newUnit), "報名於三月一日截止。");
        app.idle();
        assertEquals("報名於三月一日截止。", stored(zh).body().get(last));
        assertEquals(enBefore.body().size(), stored(en).body().size(), "nothing is made up in the other version");
        TextArea enNew = cell(robot, 1, newUnit);
        assertEquals("", enNew.getText());
        assertFalse(enNew.getPromptText().isBlank(), "the empty counterpart says it is to be written");
        type(robot, enNew, "Registration closes on 1 March.");
        app.idle();
        assertEquals("Registration closes on 1 March.", stored(en).body().get(last));
        List<Families.VersionText> texts = app.store.families().texts(zh);
        assertEquals(texts.get(0).units().bodyKeys().get(last), texts.get(1).units().bodyKeys().get(last),
                "the two new paragraphs are one another's counterparts");

        // one undo history: Ctrl+Z takes back the English paragraph, then the Chinese one; Ctrl+Y redoes
        shortcut(robot, KeyCode.Z);
        app.idle();
        assertEquals(enBefore.body().size(), stored(en).body().size());
        assertEquals("報名於三月一日截止。", stored(zh).body().get(last));
        shortcut(robot, KeyCode.Z);
        app.idle();
        assertEquals(zhBefore.body(), stored(zh).body());
        shortcut(robot, KeyCode.Y);
        app.idle();
        assertEquals("報名於三月一日截止。", stored(zh).body().get(last));

        // back in the form, the Chinese version shows what was typed side by side and saves without a conflict
        robot.clickOn("#tabRelease");
        app.idle();
        TextInputControl body = find(robot, stage, "#bodyField");
        assertTrue(body.getText().endsWith("報名於三月一日截止。"), body.getText());
        type(robot, find(robot, stage, "#subheadlineField"), "副標題");
        app.idle();
        assertEquals("副標題", stored(zh).subheadline());
        assertEquals("", app.window.editorViewModel().lastErrorProperty().get());
    }

    @Test
    void aSideBySideSaveThatMeetsAnotherSaveOfThatVersionKeepsBoth(FxRobot robot) throws Exception {
        List<Long> ids = family(robot);
        long en = ids.get(1);
        Release enBefore = stored(en);
        sideBySide(robot);

        // another officer, in another window, corrects the English first paragraph
        String corrected = enBefore.body().get(0) + " (corrected)";
        try (io.presskit.library.LibraryStore lee = io.presskit.library.LibraryStore.open(app.db)) {
            lee.setUser("lee");
            io.presskit.library.VersionedRelease v = lee.releases().read(en).orElseThrow();
            Release r = v.release();
            List<String> body = new java.util.ArrayList<>(r.body());
            body.set(0, corrected);
            lee.releases().save(en, v.version(), new Release(r.language(), r.issuer(), r.label(), r.timing(),
                    r.headline(), r.subheadline(), r.highlights(), r.dateline(), body, r.endMark(), r.photos(),
                    r.boilerplates(), r.contactsHeading(), r.contacts()), List.of());
        }

        // here the English headline is typed into, on the copy read before their save
        click(robot, cell(robot, 1, "headline"));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        Robots.append(robot, " in 2024");
        app.idle();
        Release now = stored(en);
        assertEquals(enBefore.headline() + " in 2024", now.headline(), "what was typed is saved");
        assertEquals(corrected, now.body().get(0), "their correction is kept");
        assertEquals(corrected, cell(robot, 1, "body:1").getText(), "and shown where it was not being edited");
        Label notice = find(robot, stage, "#sideBySideNotice");
        assertTrue(notice.isVisible() && notice.getText().startsWith("This version was saved elsewhere"), notice.getText());
        List<io.presskit.library.Revision> revs = app.store.history().revisions(en);
        assertTrue(revs.stream().anyMatch(r -> r.by().equals("lee")), "their save is in the history: " + revs);

        // and typing on saves without meeting it again
        click(robot, cell(robot, 1, "headline"));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        Robots.append(robot, "!");
        app.idle();
        assertEquals(enBefore.headline() + " in 2024!", stored(en).headline());
        assertEquals(corrected, stored(en).body().get(0));
    }

    @Test
    void theListShowsAFamilyOnceAndSearchFindsItByEitherLanguage(FxRobot robot) throws Exception {
        List<Long> ids = family(robot);
        ListView<ReleaseSummary> list = find(robot, stage, "#releaseList");
        assertEquals(1, list.getItems().stream().filter(r -> ids.contains(r.id())).count());
        assertEquals(2, list.getItems().size(), "the sample and the family");
        Label languages = find(robot, stage, "#releaseLanguages-" + list.getItems().get(rowOf(list, ids.get(0))).id());
        assertTrue(languages.getText().startsWith("中 / EN · "), languages.getText());

        // the sample is the family's Chinese text too: the Chinese words find both, the family once
        for (String query : List.of("scholars gather", "頂尖國際學者")) {
            type(robot, find(robot, stage, "#searchField"), query);
            app.idle();
            List<Long> shown = list.getItems().stream().map(ReleaseSummary::id).toList();
            assertEquals(1, list.getItems().stream().filter(r -> ids.contains(r.id())).count(),
                    query + " finds the family once: " + shown);
            assertEquals(query.startsWith("scholars") ? 1 : 2, shown.size(), query + ": " + shown);
        }
        // the English words find the family by its English version: its row is the one selected, and the version
        // being edited stays open
        type(robot, find(robot, stage, "#searchField"), "scholars gather");
        app.idle();
        assertEquals(ids.get(1), list.getItems().get(0).id());
        assertEquals(0, list.getSelectionModel().getSelectedIndex());
        assertEquals(ids.get(0), app.window.editorViewModel().releaseIdProperty().get());
        assertTrue(((ToggleButton) find(robot, stage, "#version-zh-Hant-HK")).isSelected());
    }

    @Test
    void exportOffersTheLanguagesTheirOrderAndThePageNumbering(FxRobot robot) throws Exception {
        family(robot);
        AtomicReference<Path> target = new AtomicReference<>(dir.resolve("kit.pdf"));
        app.window.setPdfChooser(w -> target.get().toFile());
        List<Path> exported = new ArrayList<>();
        app.window.setOnExported(exported::add);

        // English first, pages counted in each version
        click(robot, find(robot, stage, "#exportPdf"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportDown-zh-Hant-HK").tryQuery().isPresent());
        robot.clickOn("#exportDown-zh-Hant-HK");
        robot.clickOn("#exportPagesVersion");
        Robots.clickButton(robot, "OK");
        app.idle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> exported.size() == 1);
        List<String> pages = pageTexts(target.get());
        assertTrue(pages.get(0).contains(EN_HEADLINE_START), "English first");
        int zhFirst = firstPageWith(pages, "匯聚八百頂尖國際學者");
        assertTrue(zhFirst > 0);
        assertTrue(pages.get(zhFirst).contains("第 1 頁，共 " + (pages.size() - zhFirst) + " 頁"),
                "the Chinese version counts its own pages: " + pages.get(zhFirst));

        // one PDF a version, beside the file chosen
        target.set(dir.resolve("split.pdf"));
        click(robot, find(robot, stage, "#exportPdf"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportSplit").tryQuery().isPresent());
        robot.clickOn("#exportSplit");
        Robots.clickButton(robot, "OK");
        app.idle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> exported.size() == 2);
        Path zhPdf = dir.resolve("split-zh-Hant-HK.pdf");
        Path enPdf = dir.resolve("split-en-HK.pdf");
        assertTrue(Files.exists(zhPdf) && Files.exists(enPdf));
        assertFalse(Files.exists(dir.resolve("split.pdf")));
        assertTrue(pageTexts(zhPdf).get(0).contains("匯聚八百頂尖國際學者"));
        assertTrue(pageTexts(enPdf).stream().noneMatch(p -> p.contains("匯聚八百頂尖國際學者")), "English alone");
    }

    @Test
    void aBundleOfLanguageVersionsImportsAsAFamilyAndExportsWithAllOfThem(FxRobot robot) throws Exception {
        Path bundle = TestBundles.copyFamily(dir, "family-in");
        Path out = dir.resolve("family-out");
        AtomicReference<Path> folder = new AtomicReference<>(bundle);
        app.window.setFolderChooser((w, title) -> folder.get().toFile());
        int before = app.store.releases().list().size();

        click(robot, find(robot, stage, "#importBundle"));
        app.idle();
        assertEquals(before + 2, app.store.releases().list().size(), "both versions are stored");
        long opened = app.window.editorViewModel().releaseIdProperty().get();
        assertEquals(List.of("zh-Hant-HK", "en-HK"), app.store.families().versions(opened).stream()
                .map(Families.Version::language).toList(), "as one family, the first version opened");
        assertTrue(stored(opened).headline().startsWith("匯聚八百頂尖國際學者"));

        folder.set(out);
        click(robot, find(robot, stage, "#exportBundle"));
        app.idle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out.resolve("release.json")));
        com.fasterxml.jackson.databind.JsonNode json = TestBundles.read(out);
        assertEquals(2, json.get("format").asInt());
        List<String> languages = new ArrayList<>();
        json.get("versions").forEach(v -> languages.add(v.get("language").asText()));
        assertEquals(List.of("zh-Hant-HK", "en-HK"), languages);
        assertEquals(TestBundles.read(bundle).get("versions").get(1).get("headline"), json.get("versions").get(1).get("headline"));
    }

    @Test
    void deletingOneVersionKeepsTheOtherOpenAndUndoBringsBackThatVersion(FxRobot robot) throws Exception {
        List<Long> ids = family(robot);
        click(robot, find(robot, stage, "#version-en-HK"));
        app.idle();
        assertEquals(ids.get(1), app.window.editorViewModel().releaseIdProperty().get());

        robot.clickOn("#deleteRelease");
        app.idle();
        assertEquals(List.of(ids.get(1)), app.store.releases().trash().stream().map(ReleaseSummary::id).toList(),
                "the English version alone is in the trash");
        assertEquals(ids.get(0), app.window.editorViewModel().releaseIdProperty().get(), "the Chinese one is open");
        ListView<ReleaseSummary> list = find(robot, stage, "#releaseList");
        assertEquals(1, list.getItems().stream().filter(r -> ids.contains(r.id())).count());

        robot.clickOn("#undoDelete");
        app.idle();
        assertTrue(app.store.releases().trash().isEmpty());
        assertEquals(List.of("zh-Hant-HK", "en-HK"), app.store.families().versions(ids.get(0)).stream()
                .filter(v -> !v.inTrash()).map(Families.Version::language).toList());
        assertEquals(ids.get(1), app.window.editorViewModel().releaseIdProperty().get(), "the restored version is open");
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        assertNotNull(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        }
    }
}
