package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.cli.Cli;
import io.presskit.model.Contact;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.presskit.app.Robots.click;
import static io.presskit.app.Robots.find;
import static io.presskit.app.Robots.message;
import static io.presskit.app.Robots.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's promises, each as the officer meets them: typed through the real controls, checked in what the
 * library stores, across quitting (Ctrl+Q) and reopening. One test per scenario of issue 8.
 */
class EditorScenariosTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }




    private long newRelease(FxRobot robot) throws Exception {
        robot.clickOn("#newRelease");
        app.idle();
        return app.window.editorViewModel().releaseIdProperty().get();
    }

    private Release stored(long id) throws Exception {
        return app.store.releases().release(id).orElseThrow();
    }

    private Node node(FxRobot robot, String query) {
        return find(robot, app.window.stage(), query);
    }

    /** 1: an empty highlight makes the release incomplete; a later edit elsewhere is still saved, and Ctrl+Q does not ask. */
    @Test
    void editsAreSavedWhileAnotherFieldIsIncompleteAndQuittingNeverAsks(FxRobot robot) throws Exception {
        long id = newRelease(robot);
        click(robot, node(robot, "#addHighlight"));
        type(robot, node(robot, "#headlineField"), "Harbour lab opens");
        type(robot, node(robot, "#subheadlineField"), "A new lab");
        app.idle();
        assertEquals("Harbour lab opens", stored(id).headline());
        assertEquals("A new lab", stored(id).subheadline());
        assertEquals(List.of(""), stored(id).highlights());
        assertEquals("must be filled in before the release is issued", message(robot, stage, "highlightMessage-0"));

        type(robot, node(robot, "#subheadlineField"), "A new lab for marine robots");
        Robots.shortcut(robot, KeyCode.Q); // straight away, before the autosave's delay
        app.closedByUser();
        assertEquals(List.of(), Robots.otherWindows(stage), "quitting asked nothing");

        app = app.reopen(robot);
        assertEquals("A new lab for marine robots", stored(id).subheadline());
        assertEquals("A new lab for marine robots", Robots.text(robot, app.window.stage(), "#subheadlineField"));
        assertEquals("", Robots.text(robot, app.window.stage(), "#highlight-0"));
    }

    /** 2: 30/11/2026 is 30 November in Hong Kong; a date the field cannot read is marked and kept, never dropped. */
    @Test
    void typedDatesAreReadDayFirstAndAnUnreadableOneIsMarkedAndKept(FxRobot robot) throws Exception {
        long id = newRelease(robot);
        type(robot, node(robot, "#datelinePlace"), "Hong Kong");
        type(robot, node(robot, "#datelineDate"), "30/11/2026");
        app.idle();
        assertEquals(LocalDate.of(2026, 11, 30), stored(id).dateline().date());
        assertEquals("30/11/2026", ((TextInputControl) node(robot, "#datelineDate")).getPromptText());

        type(robot, node(robot, "#datelineDate"), "31/11/2026");
        app.idle();
        assertEquals(LocalDate.of(2026, 11, 30), stored(id).dateline().date(), "an unreadable date changes nothing stored");
        assertTrue(message(robot, stage, "datelineMessage").contains("“31/11/2026” cannot be read as a date"),
                message(robot, stage, "datelineMessage"));
        assertTrue(((Label) node(robot, "#saveState")).getText().startsWith("Saved, except one value"),
                ((Label) node(robot, "#saveState")).getText());

        app = app.quitAndReopen(robot);
        Stage again = app.window.stage();
        assertEquals("31/11/2026", Robots.text(robot, again, "#datelineDate"), "what was typed comes back");
        assertTrue(message(robot, again, "datelineMessage").contains("cannot be read"));
        assertEquals(LocalDate.of(2026, 11, 30), stored(id).dateline().date());

        type(robot, find(robot, again, "#datelineDate"), "2026-11-29");
        app.idle();
        assertEquals(LocalDate.of(2026, 11, 29), stored(id).dateline().date(), "ISO is read everywhere");
        assertEquals("", message(robot, again, "datelineMessage"));
        assertEquals(Map.of(), app.window.settings().withPrefix("unstored."), "nothing left to keep");

        // the embargo time: 9am is read, 25:00 is marked and never turns the release into an immediate one
        click(robot, find(robot, again, "#timingEmbargoed"));
        type(robot, find(robot, again, "#embargoDate"), "1/12/2026");
        type(robot, find(robot, again, "#embargoTime"), "9am");
        type(robot, ((ComboBox<?>) find(robot, again, "#embargoZone")).getEditor(), "Asia/Hong_Kong");
        app.idle();
        assertEquals("2026-12-01T09:00+08:00[Asia/Hong_Kong]",
                ((ReleaseTiming.Embargoed) stored(id).timing()).until().toString());
        type(robot, find(robot, again, "#embargoTime"), "25:00");
        app.idle();
        assertEquals("2026-12-01T09:00+08:00[Asia/Hong_Kong]",
                ((ReleaseTiming.Embargoed) stored(id).timing()).until().toString());
        assertTrue(message(robot, again, "embargoMessage").contains("“25:00” cannot be read as a time"));
    }

    /** 2, United States: the same field reads month first. */
    @Test
    void inAnAmericanUiDatesAreReadMonthFirst(FxRobot robot) throws Exception {
        app.close();
        Messages.use("en-US");
        try {
            app = app.reopen(robot);
            robot.interact(() -> app.window.stage().toFront());
            robot.clickOn("#newRelease");
            app.idle();
            long id = app.window.editorViewModel().releaseIdProperty().get();
            Stage s = app.window.stage();
            type(robot, find(robot, s, "#datelinePlace"), "Boston");
            type(robot, find(robot, s, "#datelineDate"), "11/30/2026");
            app.idle();
            assertEquals(LocalDate.of(2026, 11, 30), stored(id).dateline().date());
            assertEquals("11/30/2026", ((TextInputControl) find(robot, s, "#datelineDate")).getPromptText());
        } finally {
            Messages.use("en-HK");
        }
    }

    /** 3: a bad email typed in the directory is kept, marked, and the dialog warns before it closes. */
    @Test
    void aBadContactEmailIsKeptMarkedAndWarnedAboutOnClosing(FxRobot robot) throws Exception {
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.D);
        Stage directory = (Stage) Robots.otherWindows(stage).get(0);
        click(robot, find(robot, directory, "#newContact"));
        type(robot, find(robot, directory, "#contactName"), "Maggie Chan");
        type(robot, find(robot, directory, "#contactEmails"), "maggie.chan@hkstp");
        app.idle();
        assertEquals(List.of("maggie.chan@hkstp"), contact("Maggie Chan").emails());
        assertEquals("“maggie.chan@hkstp” is not a valid email address", message(robot, directory, "contactEmailsMessage"));

        WaitForAsyncUtils.asyncFx(() -> directory.fireEvent(new WindowEvent(directory, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Robots.clickButton(robot, "Keep editing");
        assertTrue(directory.isShowing(), "going back keeps the directory open");
        assertTrue(Robots.dialogText(robot).isEmpty());

        WaitForAsyncUtils.asyncFx(() -> directory.fireEvent(new WindowEvent(directory, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Robots.dialogText(robot).contains("maggie.chan@hkstp"));
        assertTrue(Robots.dialogText(robot).contains("Contact — Email 1: “maggie.chan@hkstp” is not a valid email address"),
                Robots.dialogText(robot));
        Robots.clickButton(robot, "Close anyway");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !directory.isShowing());
        app.idle();
        assertEquals(List.of("maggie.chan@hkstp"), contact("Maggie Chan").emails(), "the typed email was not dropped");
    }

    private Contact contact(String name) throws Exception {
        return app.store.directory().contacts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** 7: messages name fields as the editor does, numbered from 1 as printed, under the field and in one list. */
    @Test
    void problemsAreNamedAsTheEditorNamesFieldsAndTakeYouThere(FxRobot robot) throws Exception {
        long id = app.window.listViewModel().selectedId.get(); // the sample: Chinese, 3 highlights, 9 photos
        type(robot, node(robot, "#headlineField"), "");
        click(robot, node(robot, "#addHighlight"));
        robot.clickOn("#tabPhotos");
        ListView<?> photos = (ListView<?>) node(robot, "#photoList");
        robot.interact(() -> photos.getSelectionModel().select(3));
        type(robot, node(robot, "#photoCaption"), "");
        app.idle();
        assertEquals("", stored(id).photos().get(3).caption());
        assertEquals("must be filled in before the release is issued", message(robot, stage, "photo-caption-message"),
                app.window.editorViewModel().problems().toString());
        robot.interact(() -> photos.scrollTo(2));
        robot.clickOn(Robots.cell(photos, 2)); // another photo: its caption is fine
        assertEquals("", message(robot, stage, "photo-caption-message"));
        robot.clickOn(Robots.cell(photos, 3)); // back: the message is there again, nothing typed
        assertEquals("must be filled in before the release is issued", message(robot, stage, "photo-caption-message"));
        robot.clickOn("#tabRelease");
        assertEquals("must be filled in before the release is issued", message(robot, stage, "headlineMessage"));
        assertTrue(((Node) node(robot, "#headlineMessage")).isVisible(), "shown under the field, not only on hover");
        assertEquals("", ((Label) node(robot, "#previewStatus")).getText(), "a draft is previewed as it is");
        assertEquals("", stored(id).headline(), "and stored as typed");

        TitledPane panel = (TitledPane) node(robot, "#problemsPanel");
        assertEquals("Problems (3)", panel.getText());
        robot.clickOn(panel.lookup(".title"));
        @SuppressWarnings("unchecked") ListView<io.presskit.app.editor.FormProblem> list =
                (ListView<io.presskit.app.editor.FormProblem>) node(robot, "#problemsList");
        List<String> shown = list.lookupAll(".list-cell").stream().filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && !t.isEmpty()).sorted().toList();
        assertEquals(List.of("Headline: must be filled in before the release is issued",
                "Highlight 4: must be filled in before the release is issued",
                "圖四, Caption: must be filled in before the release is issued"), shown);

        clickProblem(robot, list, "圖四");
        assertEquals("photoCaption", stage.getScene().getFocusOwner().getId());
        assertEquals(3, photos.getSelectionModel().getSelectedIndex());
        clickProblem(robot, list, "Highlight 4");
        assertEquals("highlight-3", stage.getScene().getFocusOwner().getId());
    }

    private static void clickProblem(FxRobot robot, ListView<?> list, String start) {
        Node cell = list.lookupAll(".list-cell").stream().filter(Node::isVisible).filter(n -> {
            String t = ((javafx.scene.control.ListCell<?>) n).getText();
            return t != null && t.startsWith(start);
        }).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 8: nothing prints that was not typed; new releases take the house defaults set once in Preferences. */
    @Test
    void newReleasesStartEmptyWithTheHouseDefaultsFromPreferences(FxRobot robot) throws Exception {
        Robots.shortcut(robot, KeyCode.COMMA);
        // the dialog is modal and waits: the robot fills it in meanwhile
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefsIssuer").tryQuery().isPresent());
        type(robot, robot.lookup("#prefsIssuer").query(), "Harbour Science Park");
        ComboBox<?> endMark = robot.lookup("#prefsEndMark").query();
        type(robot, endMark.getEditor(), "-完-");
        ComboBox<?> language = robot.lookup("#prefsReleaseLanguage").query();
        robot.clickOn(language);
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "English (Hong Kong)".equals(c.getText())).queryAs(Node.class));
        Robots.clickButton(robot, "OK");
        app.idle();

        long id = newRelease(robot);
        Release r = stored(id);
        assertEquals("en-HK", r.language());
        assertEquals("Harbour Science Park", r.issuer());
        assertEquals("-完-", r.endMark());
        assertEquals("", r.headline());
        assertEquals(List.of(), r.body());
        assertEquals("", Robots.text(robot, stage, "#headlineField"));
        assertEquals("Headline (a line break is kept)", ((TextInputControl) node(robot, "#headlineField")).getPromptText());

        Path photo = AppFixture.drawImage(dir, "harbour_at_dawn.jpg", 1600, 1000, java.awt.Color.BLUE);
        app.window.setPhotoChooser(w -> List.of(photo.toFile()));
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.P);
        app.idle();
        assertEquals("", stored(id).photos().get(0).caption(), "a file name is not a caption");
        assertEquals(1, robot.lookup(".photo-caption").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("No caption yet")).count());
        String settings = Files.readString(app.settingsFile, StandardCharsets.UTF_8);
        assertTrue(settings.contains("defaults.issuer=Harbour Science Park"), settings);
    }

    /** 9: each field is counted on its own, and says which. */
    @Test
    void countsAreOfEachFieldLabelled(FxRobot robot) throws Exception {
        newRelease(robot);
        type(robot, node(robot, "#headlineField"), "Robots open the lab");
        type(robot, node(robot, "#bodyField"), "One two three.\n\nFour five 六七.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Headline: 4 words · 16 characters", ((Label) node(robot, "#headlineCounts")).getText());
        assertEquals("Sub-headline: 0 words · 0 characters", ((Label) node(robot, "#subheadlineCounts")).getText());
        assertEquals("Body: 7 words · 23 characters", ((Label) node(robot, "#bodyCounts")).getText());
    }

    /** 10: blank lines between paragraphs come back as typed. */
    @Test
    void blankLinesBetweenParagraphsComeBackAfterReopening(FxRobot robot) throws Exception {
        long id = newRelease(robot);
        type(robot, node(robot, "#headlineField"), "Two paragraphs");
        type(robot, node(robot, "#bodyField"), "First paragraph.\n\nSecond paragraph.");
        app.idle();
        assertEquals(List.of("First paragraph.", "Second paragraph."), stored(id).body());
        app = app.quitAndReopen(robot);
        assertEquals("First paragraph.\n\nSecond paragraph.", Robots.text(robot, app.window.stage(), "#bodyField"));
    }

    /** 12: Tab moves focus in every box; no tab is typed into a release text. */
    @Test
    void tabMovesFocusOutOfTextAreas(FxRobot robot) throws Exception {
        long id = newRelease(robot);
        type(robot, node(robot, "#headlineField"), "Robots");
        robot.type(KeyCode.TAB);
        assertEquals("subheadlineField", stage.getScene().getFocusOwner().getId());
        robot.write("Sub");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("headlineField", stage.getScene().getFocusOwner().getId());
        type(robot, node(robot, "#bodyField"), "Body");
        robot.type(KeyCode.TAB);
        assertFalse(stage.getScene().getFocusOwner().getId() != null
                && stage.getScene().getFocusOwner().getId().equals("bodyField"));
        app.idle();
        assertEquals("Robots", stored(id).headline());
        assertEquals("Sub", stored(id).subheadline());
        assertEquals(List.of("Body"), stored(id).body());
    }

    /** 14: a duplicate is marked as a copy, so list and file names tell the two apart. */
    @Test
    void aDuplicateIsMarkedAsACopy(FxRobot robot) throws Exception {
        long sample = app.window.listViewModel().selectedId.get();
        robot.clickOn("#duplicateRelease");
        app.idle();
        long copy = app.window.editorViewModel().releaseIdProperty().get();
        assertEquals(sample + 1, copy);
        assertEquals("匯聚八百頂尖國際學者推動科研創新（副本）", stored(copy).headlineFirstLine());
        assertEquals(stored(sample).headline().substring(stored(sample).headline().indexOf('\n')),
                stored(copy).headline().substring(stored(copy).headline().indexOf('\n')), "only the first line is marked");

        long english = newRelease(robot);
        type(robot, node(robot, "#languageField").lookup(".text-field"), "en-US");
        type(robot, node(robot, "#headlineField"), "Harbour lab");
        app.idle();
        robot.clickOn("#duplicateRelease");
        app.idle();
        long englishCopy = app.window.editorViewModel().releaseIdProperty().get();
        assertEquals(english + 1, englishCopy);
        assertEquals("Harbour lab (copy)", stored(englishCopy).headline());
    }

    /** 16: the last page stays while the next renders, with no text over it; the export's notice covers nothing. */
    @Test
    void thePreviewKeepsItsPageWhileRenderingAndTheExportNoticeCoversNothing(FxRobot robot) throws Exception {
        ImageView page = (ImageView) node(robot, "#previewImage");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> page.getImage() != null);
        // watch everything the preview shows while it renders again
        List<Object> shownImages = new java.util.ArrayList<>();
        boolean[] textOverPage = {false};
        boolean[] wasRendering = {false};
        Node status = node(robot, "#previewStatus");
        robot.interact(() -> {
            page.imageProperty().addListener((o, a, b) -> shownImages.add(b));
            status.visibleProperty().addListener((o, a, b) -> textOverPage[0] |= b);
            app.window.previewViewModel().renderingProperty().addListener((o, a, b) -> wasRendering[0] |= b);
            app.window.previewViewModel().refreshNow();
            textOverPage[0] |= status.isVisible();
            wasRendering[0] |= app.window.previewViewModel().renderingProperty().get();
        });
        app.idle();
        assertTrue(wasRendering[0]);
        assertFalse(shownImages.contains(null), "the last page stayed in view until the new one was ready");
        assertFalse(textOverPage[0], "nothing was written over the page");
        assertTrue(page.getImage() != null);

        Path pdf = dir.resolve("kit.pdf");
        robot.interact(() -> app.window.exportPdfTo(pdf));
        app.idle();
        assertTrue(Files.size(pdf) > 0);
        assertTrue(((Label) node(robot, "#exportDone")).getText().startsWith("kit.pdf · "), "the outcome is in the status bar");
        assertTrue(javafx.stage.Window.getWindows().stream().noneMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup(".notification-bar") != null), "no notification over the preview's warnings");
    }

    /** 18, and what export needs: the app's PDF is the command line's, byte for byte; an incomplete one is refused. */
    @Test
    void theAppExportsTheSameBytesAsTheCommandLineAndRefusesAnIncompleteRelease(FxRobot robot) throws Exception {
        long id = app.window.listViewModel().selectedId.get();
        type(robot, node(robot, "#issuerField"), "香港科技園公司 Harbour");
        app.idle();
        Path fromApp = dir.resolve("app.pdf");
        robot.interact(() -> app.window.exportPdfTo(fromApp));
        app.idle();

        Path fromCli = dir.resolve("cli.pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[]{"export", Long.toString(id), "--out", fromCli.toString(), "--db", app.db.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), Map.of());
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromApp));

        // an incomplete release: Export PDF lists the problems instead of asking for a file
        type(robot, node(robot, "#headlineField"), "");
        app.idle();
        robot.clickOn("#exportPdf");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Robots.dialogText(robot).isEmpty());
        assertEquals("• Headline: must be filled in before the release is issued", Robots.dialogText(robot));
        Robots.clickButton(robot, "OK");
        assertTrue(((TitledPane) node(robot, "#problemsPanel")).isExpanded());
        assertNull(app.window.exportPdfTo(dir.resolve("refused.pdf")));
        assertFalse(Files.exists(dir.resolve("refused.pdf")));

        // and it cannot be approved either: the status stays a draft
        @SuppressWarnings("unchecked") ComboBox<WorkflowStatus> status = (ComboBox<WorkflowStatus>) node(robot, "#workflowStatus");
        click(robot, status);
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Approved".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Robots.dialogText(robot).isEmpty());
        Robots.clickButton(robot, "OK");
        app.idle();
        assertEquals(WorkflowStatus.DRAFT, app.store.releases().summary(id).orElseThrow().status());
        assertEquals(WorkflowStatus.DRAFT, status.getValue());
    }
}
