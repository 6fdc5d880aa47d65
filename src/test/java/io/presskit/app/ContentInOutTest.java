package io.presskit.app;

import io.presskit.app.content.Choosers;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.testing.TestDocuments;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterJob;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 in the app: a document imported through the preview (nothing stored before Import), a whole release
 * pasted into an empty one, and the sample sent out as an email, a photo pack, rich text and a printout, each
 * through the real menus, buttons and shortcuts, checked by what was stored or written.
 */
class ContentInOutTest extends AppTestBase {
    /** An English release typed by hand, with an EDT embargo, one caption and a line no rule knows. */
    static final String RELEASE_TEXT = """
            Harbour Robotics Ltd.

            PRESS RELEASE
            EMBARGOED UNTIL 09:00 EDT, 15 March 2027

            Harbour Robotics Opens Its Test Pool
            A pool where underwater robots learn to dive

            BOSTON, March 15, 2027 – Harbour Robotics today opened a test pool for underwater robots
            at its Boston works.

            The pool holds two million litres and is open to start-ups.

            Photo 1: The test pool on opening day. (Photo: Kim Chan / Harbour Robotics)

            ###

            Interviews can be arranged on request.

            Media enquiries:
            Alex Wong
            Harbour Robotics
            +1 617 555 0199
            alex.wong@harbour-robotics.com
            """;

    private final Answers answers = new Answers();

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
        app.window.content().setChoosers(answers);
    }

    /** The choosers' answers, given by each test; every question asked is counted. */
    static final class Answers implements Choosers {
        File document;
        File folder;
        File saveAs;
        int asked;

        @Override
        public File document(Window owner, String title) {
            asked++;
            return document;
        }

        @Override
        public File folder(Window owner, String title) {
            asked++;
            return folder;
        }

        @Override
        public File saveAs(Window owner, String title, String initialName, String filterName, String pattern) {
            asked++;
            return saveAs;
        }
    }

    private int releaseCount() throws Exception {
        return app.store.releases().list().size();
    }

    private void waitForPreview(FxRobot robot) throws Exception {
        app.idle();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importPreview").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String previewResult(FxRobot robot) {
        return robot.lookup("#importResult").queryAs(TextArea.class).getText();
    }

    /** Chooses {@code roleName} in piece {@code index}'s choice, as the officer does with the mouse. */
    private void chooseRole(FxRobot robot, int index, String roleName) {
        ChoiceBox<?> box = robot.lookup("#importRole-" + index).queryAs(ChoiceBox.class);
        Robots.click(robot, box);
        Node item = robot.lookup((Node n) -> n instanceof Label l && roleName.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.scene.control.ContextMenu).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int pieceIndex(FxRobot robot, String startOfText) {
        for (int i = 0; ; i++) {
            var piece = robot.lookup("#importPiece-" + i).tryQuery();
            if (piece.isEmpty()) {
                throw new AssertionError("no piece starts with " + startOfText);
            }
            if (((Label) piece.get()).getText().startsWith(startOfText)) {
                return i;
            }
        }
    }

    @Test
    void aTextReleaseIsPreviewedCorrectedGivenPhotosAndOnlyStoredOnImport(FxRobot robot) throws Exception {
        Path txt = dir.resolve("pool.txt");
        Files.writeString(txt, RELEASE_TEXT);
        answers.document = txt.toFile();
        int before = releaseCount();

        // Cancel stores nothing
        robot.clickOn("File");
        robot.clickOn("Import document…");
        waitForPreview(robot);
        assertEquals(before, releaseCount(), "nothing is stored while the preview shows");
        Robots.clickButton(robot, "Cancel");
        app.idle();
        assertEquals(before, releaseCount(), "Cancel stores nothing");

        // the shortcut opens it again; each piece shows what it was recognised as
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        waitForPreview(robot);
        int headline = pieceIndex(robot, "Harbour Robotics Opens");
        assertEquals("Headline", robot.lookup("#importRole-" + headline).queryAs(ChoiceBox.class).getConverter()
                .toString(robot.lookup("#importRole-" + headline).queryAs(ChoiceBox.class).getValue()));
        assertTrue(previewResult(robot).contains("Headline: Harbour Robotics Opens Its Test Pool"), previewResult(robot));
        assertTrue(previewResult(robot).contains(
                "Release: Embargoed 2027-03-15 09:00 EDT (America/New_York) = 2027-03-15 13:00 UTC"), previewResult(robot));
        int interviews = pieceIndex(robot, "Interviews can");
        assertTrue(robot.lookup("#importUnplaced-" + interviews).query().isVisible(), "marked: no rule placed it");
        assertFalse(robot.lookup("#importUnplaced-" + headline).query().isVisible());
        assertTrue(robot.lookup("#importNotes").queryAs(Label.class).getText().contains("Interviews can be arranged"),
                robot.lookup("#importNotes").queryAs(Label.class).getText());
        int caption = pieceIndex(robot, "Photo 1:");
        assertTrue(previewResult(robot).contains("Photos: —"), "no photos yet: " + previewResult(robot));

        // the officer moves the second body paragraph into a highlight
        int pool = pieceIndex(robot, "The pool holds");
        chooseRole(robot, pool, "Highlight");
        assertTrue(previewResult(robot).contains("Highlights (1):\n  1. The pool holds two million litres"),
                previewResult(robot));

        // a folder of photos: its one picture takes the caption
        Path photos = Files.createDirectories(dir.resolve("pool-photos"));
        AppFixture.drawImage(photos, "pool.jpg", 1600, 1200, Color.BLUE);
        answers.folder = photos.toFile();
        robot.clickOn("#importPhotosFolder");
        app.idle();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("One photo from " + photos, robot.lookup("#importPhotos").queryAs(Label.class).getText());
        assertTrue(previewResult(robot).contains("Photos (1):\n  1. The test pool on opening day. (Kim Chan / Harbour Robotics)"),
                previewResult(robot));
        assertEquals(before, releaseCount(), "still nothing stored");
        assertTrue(caption >= 0);

        // taken for American English; the officer says it is a Hong Kong release in English
        assertTrue(previewResult(robot).contains("Language: en-US"), previewResult(robot));
        @SuppressWarnings("unchecked") javafx.scene.control.ComboBox<String> language =
                robot.lookup("#importLanguage").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals("English (United States)", language.getConverter().toString(language.getValue()));
        Robots.click(robot, language);
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "English (Hong Kong)".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(previewResult(robot).contains("Language: en-HK"), previewResult(robot));

        Robots.clickButton(robot, "Import");
        app.idle();
        assertEquals(before + 1, releaseCount());
        long id = app.window.listViewModel().selectedId.get();
        Release stored = app.store.releases().release(id).orElseThrow();
        assertEquals("Harbour Robotics Opens Its Test Pool", stored.headline());
        assertEquals("en-HK", stored.language(), "the language the officer chose");
        assertEquals(List.of("The pool holds two million litres and is open to start-ups."), stored.highlights(),
                "the officer's correction was stored");
        assertEquals(Instant.parse("2027-03-15T13:00:00Z"),
                assertInstanceOf(ReleaseTiming.Embargoed.class, stored.timing()).until().toInstant());
        assertEquals("BOSTON", stored.dateline().place());
        assertEquals(1, stored.photos().size());
        assertEquals("The test pool on opening day.", stored.photos().get(0).caption());
        assertEquals("Kim Chan / Harbour Robotics", stored.photos().get(0).credit());
        assertTrue(app.store.images().thumbnail(stored.photos().get(0).sha256()).isPresent(), "its image is in the library");
        assertEquals("Alex Wong", stored.contacts().get(0).name());
        assertEquals("Harbour Robotics Opens Its Test Pool", Robots.text(robot, stage, "#headlineField"),
                "the new release is open in the editor");
    }

    @Test
    void aWordFileWithItsEmbeddedPhotoImportsAsANewRelease(FxRobot robot) throws Exception {
        Path docx = TestDocuments.wordRelease(dir.resolve("acme.docx"), TestDocuments.photoJpeg());
        answers.document = docx.toFile();
        int before = releaseCount();
        // one action behind the toolbar button, the menu item and the shortcut
        javafx.scene.control.MenuItem item = Robots.<javafx.scene.control.MenuBar>find(robot, stage, "#menuBar").getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-importDocument".equals(i.getId()))
                .findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertSame(item.getOnAction(),
                Robots.<javafx.scene.control.Button>find(robot, stage, "#importDocument").getOnAction());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+I"), item.getAccelerator());
        robot.clickOn("#importDocument");
        waitForPreview(robot);
        assertEquals("One photo embedded in the document", robot.lookup("#importPhotos").queryAs(Label.class).getText());
        Robots.clickButton(robot, "Import");
        app.idle();
        assertEquals(before + 1, releaseCount());
        Release stored = app.store.releases().release(app.window.listViewModel().selectedId.get()).orElseThrow();
        assertEquals("Acme Unveils Its First Warehouse Robot\nTwo hundred ship this summer", stored.headline());
        assertEquals(List.of("Picker at work in Acme's warehouse."), stored.photos().stream().map(Photo::caption).toList());
    }

    @Test
    void aFileThatIsNotADocumentIsRefusedInOneSentenceAndNothingIsStored(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("kit.pdf");
        Files.write(pdf, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        answers.document = pdf.toFile();
        int before = releaseCount();
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.I);
        app.idle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Robots.dialogText(robot).isEmpty());
        assertEquals("The document could not be imported: " + pdf
                + " is a PDF; take its text out (pdftotext, or copy and paste into a .txt file) and import that.",
                Robots.dialogText(robot));
        Robots.clickButton(robot, "OK");
        assertEquals(before, releaseCount());
    }

    private void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    @Test
    void aWholeReleasePastedIntoAnEmptyReleaseIsPreviewedAndFillsIt(FxRobot robot) throws Exception {
        robot.clickOn("#newRelease");
        app.idle();
        long id = app.window.editorViewModel().releaseIdProperty().get();
        int before = releaseCount();
        putOnClipboard(robot, RELEASE_TEXT);
        Robots.click(robot, Robots.find(robot, stage, "#bodyField"));
        Robots.shortcut(robot, KeyCode.V);
        waitForPreview(robot);
        assertEquals("", Robots.text(robot, stage, "#bodyField"), "not dumped into the body");
        Robots.clickButton(robot, "Import");
        app.idle();
        assertEquals(before, releaseCount(), "the empty release took the pasted one; no second release");
        Release stored = app.store.releases().release(id).orElseThrow();
        assertEquals("Harbour Robotics Opens Its Test Pool", stored.headline());
        assertEquals("A pool where underwater robots learn to dive", stored.subheadline());
        assertEquals(List.of("Harbour Robotics today opened a test pool for underwater robots at its Boston works.",
                "The pool holds two million litres and is open to start-ups.",
                "Interviews can be arranged on request.",
                "Photo 1: The test pool on opening day. (Photo: Kim Chan / Harbour Robotics)"), stored.body(),
                "the dateline taken out; a caption without a photo and what was not recognised kept in the body");
        assertEquals("BOSTON", stored.dateline().place());
        assertEquals("Harbour Robotics Opens Its Test Pool", Robots.text(robot, stage, "#headlineField"));

        // one step of the undo history: Ctrl+Z empties the release again, Ctrl+Y brings the paste back
        robot.interact(() -> stage.requestFocus());
        Robots.shortcut(robot, KeyCode.Z);
        app.idle();
        assertEquals("", Robots.text(robot, stage, "#headlineField"));
        assertEquals("", Robots.text(robot, stage, "#bodyField"));
        Release undone = app.store.releases().release(id).orElseThrow();
        assertEquals("", undone.headline());
        assertEquals(List.of(), undone.body());
        Robots.shortcut(robot, KeyCode.Y);
        app.idle();
        assertEquals("Harbour Robotics Opens Its Test Pool", Robots.text(robot, stage, "#headlineField"));
        assertEquals(stored, app.store.releases().release(id).orElseThrow(), "the pasted release back as it was");

        // into a release that holds text, a paste is a paste
        putOnClipboard(robot, "one\ntwo\nthree");
        TextInputControl body = Robots.find(robot, stage, "#bodyField");
        Robots.click(robot, body);
        robot.interact(() -> body.positionCaret(body.getLength()));
        Robots.shortcut(robot, KeyCode.V);
        app.idle();
        assertTrue(robot.lookup("#importPreview").tryQuery().isEmpty(), "no preview for a release with text");
        assertTrue(body.getText().endsWith("one\ntwo\nthree"), body.getText());
        app.idle();
        assertTrue(String.join("\n", app.store.releases().release(id).orElseThrow().body()).endsWith("three"),
                "the pasted lines were stored as typed text");
    }

    @Test
    void aPasteOfAFewWordsIntoAnEmptyReleaseStaysAPaste(FxRobot robot) throws Exception {
        robot.clickOn("#newRelease");
        app.idle();
        long id = app.window.editorViewModel().releaseIdProperty().get();
        putOnClipboard(robot, "Harbour Robotics Opens Its Test Pool");
        Robots.click(robot, Robots.find(robot, stage, "#headlineField"));
        Robots.shortcut(robot, KeyCode.V);
        app.idle();
        assertTrue(robot.lookup("#importPreview").tryQuery().isEmpty());
        assertEquals("Harbour Robotics Opens Its Test Pool", app.store.releases().release(id).orElseThrow().headline());
    }

    @Test
    void theSampleGoesOutAsAnEmailAPhotoPackAndRichText(FxRobot robot) throws Exception {
        long id = app.window.listViewModel().selectedId.get();
        Release sample = app.store.releases().release(id).orElseThrow();
        Path out = Files.createDirectories(dir.resolve("email"));
        answers.folder = out.toFile();
        robot.clickOn("Share");
        robot.clickOn("Email…");
        app.idle();
        String eml = Files.readString(out.resolve("release.eml"), StandardCharsets.UTF_8);
        assertTrue(eml.contains("X-Unsent: 1"), "a draft");
        assertTrue(eml.contains("application/pdf"), "the kit is attached");
        assertTrue(Files.readString(out.resolve("release.txt")).contains("InnoHK"));
        assertTrue(Files.readString(out.resolve("release.html")).contains("<table"));
        assertEquals(sample.photos().size(), Files.list(out.resolve("photos")).filter(Files::isRegularFile).count());
        assertTrue(robot.lookup("#shareDone").queryAs(Label.class).getText().startsWith("Email version written to email"));

        Path zip = dir.resolve("pack.zip");
        answers.saveAs = zip.toFile();
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.K);
        app.idle();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertEquals(sample.photos().size() + 1, names.size(), names.toString());
            assertTrue(names.contains("captions.txt"));
            String captions = new String(z.getInputStream(z.getEntry("captions.txt")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(captions.contains("圖二：" + sample.photos().get(1).caption()), captions);
        }
        assertEquals("pack.zip written: " + sample.photos().size() + " photos",
                robot.lookup("#shareDone").queryAs(Label.class).getText());

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("Share");
        robot.clickOn("Copy as rich text");
        app.idle();
        String[] html = new String[1];
        String[] text = new String[1];
        robot.interact(() -> {
            html[0] = Clipboard.getSystemClipboard().getHtml();
            text[0] = Clipboard.getSystemClipboard().getString();
        });
        assertTrue(html[0] != null && html[0].contains("InnoHK") && html[0].contains("data:image/"), "rich text with inline thumbnails");
        assertTrue(text[0] != null && text[0].contains("InnoHK") && !text[0].contains("<"), "and plain text");
    }

    /** Printers that draw each page they are sent, as a printer driver would, and say on which printer, how many copies. */
    static final class RecordingPrinters implements io.presskit.app.content.Printers {
        final List<String> jobs = new ArrayList<>();
        final List<Integer> inkPerPage = new ArrayList<>();

        @Override
        public List<String> names() {
            return List.of("Office laser", "Press room");
        }

        @Override
        public String defaultName() {
            return "Office laser";
        }

        @Override
        public PrinterJob job(String name, int copies) {
            jobs.add(name + " ×" + copies);
            return new RecordingJob();
        }

        final class RecordingJob extends PrinterJob {
            private Pageable pageable;

            @Override
            public void setPrintable(Printable painter) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setPrintable(Printable painter, PageFormat format) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setPageable(Pageable document) {
                pageable = document;
            }

            @Override
            public boolean printDialog() {
                throw new AssertionError("the app runs AWT headless: Java's print dialog cannot show");
            }

            @Override
            public PageFormat pageDialog(PageFormat page) {
                return page;
            }

            @Override
            public PageFormat defaultPage(PageFormat page) {
                return page;
            }

            @Override
            public PageFormat validatePage(PageFormat page) {
                return page;
            }

            @Override
            public void print() throws java.awt.print.PrinterException {
                for (int i = 0; i < pageable.getNumberOfPages(); i++) {
                    PageFormat f = pageable.getPageFormat(i);
                    BufferedImage page = new BufferedImage((int) f.getWidth() / 2, (int) f.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = page.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, page.getWidth(), page.getHeight());
                    g.scale(0.5, 0.5);
                    pageable.getPrintable(i).print(g, f, i);
                    g.dispose();
                    int ink = 0;
                    for (int y = 0; y < page.getHeight(); y += 2) {
                        for (int x = 0; x < page.getWidth(); x += 2) {
                            if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                                ink++;
                            }
                        }
                    }
                    inkPerPage.add(ink);
                }
            }

            @Override
            public void setCopies(int copies) {
            }

            @Override
            public int getCopies() {
                return 1;
            }

            @Override
            public String getUserName() {
                return "test";
            }

            @Override
            public void setJobName(String name) {
            }

            @Override
            public String getJobName() {
                return "";
            }

            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        }
    }

    private void waitForPrintDialog(FxRobot robot) throws Exception {
        app.idle();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#printDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void printAsksForPrinterAndCopiesAndCancellingPrintsNothing(FxRobot robot) throws Exception {
        RecordingPrinters printers = new RecordingPrinters();
        app.window.content().setPrinters(printers);
        robot.clickOn("File");
        robot.clickOn("Print…");
        waitForPrintDialog(robot);
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().matches("Print the press kit: \\d+ pages")).tryQuery().isPresent(), "the page count is said");
        assertEquals("Office laser", robot.lookup("#printPrinter").queryAs(javafx.scene.control.ComboBox.class).getValue());
        Robots.clickButton(robot, "Cancel");
        app.idle();
        assertEquals(List.of(), printers.jobs, "nothing printed");
        assertEquals(List.of(), printers.inkPerPage);
        assertEquals("Printing cancelled: nothing was printed", robot.lookup("#shareDone").queryAs(Label.class).getText());

        Robots.shortcut(robot, KeyCode.P);
        waitForPrintDialog(robot);
        Robots.click(robot, robot.lookup("#printPrinter").query());
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Press room".equals(c.getText())).queryAs(Node.class));
        robot.clickOn(robot.lookup("#printCopies").query().lookup(".increment-arrow-button"));
        WaitForAsyncUtils.waitForFxEvents();
        Robots.clickButton(robot, "Print");
        app.idle();
        assertEquals(List.of("Press room ×2"), printers.jobs);
        assertTrue(printers.inkPerPage.size() >= 5, printers.inkPerPage.toString());
        assertTrue(printers.inkPerPage.stream().allMatch(ink -> ink > 100), "every page was drawn: " + printers.inkPerPage);
        assertEquals("Sent " + printers.inkPerPage.size() + " pages to Press room",
                robot.lookup("#shareDone").queryAs(Label.class).getText());
    }

    @Test
    void anIncompleteReleaseIsNeitherEmailedPackedNorPrinted(FxRobot robot) throws Exception {
        long id = app.window.listViewModel().selectedId.get();
        Robots.type(robot, Robots.find(robot, stage, "#headlineField"), "");
        app.idle();
        assertEquals("", app.store.releases().release(id).orElseThrow().headline());
        RecordingPrinters printers = new RecordingPrinters();
        app.window.content().setPrinters(printers);
        Path out = Files.createDirectories(dir.resolve("refused"));
        answers.folder = out.toFile();
        answers.saveAs = dir.resolve("refused.zip").toFile();

        for (Runnable command : List.<Runnable>of(
                () -> { robot.clickOn("Share"); robot.clickOn("Email…"); },
                () -> Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.K),
                () -> Robots.shortcut(robot, KeyCode.P))) {
            command.run();
            app.idle();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Robots.dialogText(robot).isEmpty());
            assertEquals("• Headline: must be filled in before the release is issued", Robots.dialogText(robot));
            Robots.clickButton(robot, "OK");
        }
        assertEquals(0, answers.asked, "no chooser opened");
        assertTrue(robot.lookup("#printDialog").tryQuery().isEmpty(), "no print dialog");
        assertEquals(List.of(), printers.jobs);
        assertFalse(Files.exists(dir.resolve("refused.zip")));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
        assertTrue(Robots.<javafx.scene.control.TitledPane>find(robot, stage, "#problemsPanel").isExpanded(),
                "the problems list is open");
    }
}
