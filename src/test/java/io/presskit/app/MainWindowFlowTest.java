package io.presskit.app;

import io.presskit.app.i18n.Messages;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PR officer's flows, driven through the real main window on a library in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
    @TempDir
    Path dir;
    private AppFixture app;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use("en-HK");
        app = new AppFixture(dir);
        window = app.open(stage);
    }

    @Test
    void newReleaseWithEveryFieldFilledSurvivesClosingAndReopening(FxRobot robot) throws Exception {
        app.idle();
        robot.clickOn("#newRelease");
        app.idle();
        ReleaseEditorViewModel vm = window.editorViewModel();
        long id = vm.releaseIdProperty().get();
        assertEquals("", vm.headline.get(), "a new release holds nothing that was not typed");
        Stage stage = window.stage();

        Robots.type(robot, robot.lookup("#languageField").lookup(".text-field").query(), "en-US");
        Robots.type(robot, robot.lookup("#labelField").query(), "Media Release");
        Robots.type(robot, robot.lookup("#issuerField").query(), "Harbour Science Park");
        Robots.click(robot, robot.lookup("#timingEmbargoed").query());
        Robots.type(robot, robot.lookup("#embargoDate").query(), "15/03/2027");
        Robots.type(robot, robot.lookup("#embargoTime").query(), "09:00");
        Robots.type(robot, robot.lookup("#embargoZone").lookup(".text-field").query(), "America/New_York");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("= 2027-03-15 13:00 UTC", robot.lookup("#embargoUtc").queryAs(Label.class).getText());
        Robots.type(robot, robot.lookup("#headlineField").query(), "Robots open the harbour lab");
        Robots.type(robot, robot.lookup("#subheadlineField").query(), "A new lab for marine robotics 海港實驗室");
        Robots.click(robot, robot.lookup("#addHighlight").query());
        Robots.click(robot, robot.lookup("#addHighlight").query());
        Robots.type(robot, robot.lookup("#highlight-0").query(), "Second point");
        Robots.type(robot, robot.lookup("#highlight-1").query(), "First point");
        Robots.click(robot, robot.lookup("#highlightDown-0").query());
        assertEquals(List.of("First point", "Second point"), List.copyOf(vm.highlights));
        Robots.click(robot, robot.lookup("#addHighlight").query());
        Robots.click(robot, robot.lookup("#highlightRemove-2").query());
        Robots.type(robot, robot.lookup("#datelinePlace").query(), "Boston");
        Robots.type(robot, robot.lookup("#datelineDate").query(), "15/03/2027");
        Robots.type(robot, robot.lookup("#bodyField").query(), "The lab opens today.\n\nIt has twelve robots. 實驗室今日開幕。");
        Robots.type(robot, robot.lookup("#endMarkField").lookup(".text-field").query(), "– end –");
        Robots.type(robot, robot.lookup("#contactsHeadingField").query(), "Press enquiries");
        app.idle();

        // a blank headline is stored as typed and marked under the field
        Robots.type(robot, robot.lookup("#headlineField").query(), "");
        app.idle();
        assertEquals("", app.store.releases().release(id).orElseThrow().headline());
        assertEquals("must be filled in before the release is issued", Robots.message(robot, stage, "headlineMessage"));
        Robots.type(robot, robot.lookup("#headlineField").query(), "Robots open the harbour lab");
        app.idle();

        Release saved = app.store.releases().release(id).orElseThrow();
        assertEquals("en-US", saved.language());
        assertEquals("Media Release", saved.label());
        assertEquals("Harbour Science Park", saved.issuer());
        assertEquals("2027-03-15T09:00-04:00[America/New_York]",
                ((ReleaseTiming.Embargoed) saved.timing()).until().toString());
        assertEquals("Robots open the harbour lab", saved.headline());
        assertEquals("A new lab for marine robotics 海港實驗室", saved.subheadline());
        assertEquals(List.of("First point", "Second point"), saved.highlights());
        assertEquals("Boston", saved.dateline().place());
        assertEquals(LocalDate.of(2027, 3, 15), saved.dateline().date());
        assertEquals(List.of("The lab opens today.", "It has twelve robots. 實驗室今日開幕。"), saved.body());
        assertEquals("– end –", saved.endMark());
        assertEquals("Press enquiries", saved.contactsHeading());

        // an edit right before the approval is saved first (an approved release is locked, so it comes last)
        Robots.type(robot, robot.lookup("#issuerField").query(), "Harbour Science Park Ltd");
        @SuppressWarnings("unchecked") ComboBox<WorkflowStatus> status = robot.lookup("#workflowStatus").queryAs(ComboBox.class);
        Robots.click(robot, status);
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Approved".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#statusNoteOk"); // signed without a note
        app.idle();
        assertEquals(WorkflowStatus.APPROVED, app.store.releases().summary(id).orElseThrow().status());
        assertEquals("Harbour Science Park Ltd", app.store.releases().release(id).orElseThrow().issuer());
        assertTrue(Robots.<Node>find(robot, stage, "#headlineField").isDisabled(), "approved: locked, not editable");
        assertTrue(Robots.<Node>find(robot, stage, "#lockedNote").isVisible());
        AppFixture reopened = app.quitAndReopen(robot);
        app = reopened;
        Stage second = reopened.window.stage();
        assertEquals(id, reopened.window.editorViewModel().releaseIdProperty().get(), "the last edited comes first");
        assertEquals("Robots open the harbour lab", Robots.text(robot, second, "#headlineField"));
        assertEquals("Harbour Science Park Ltd", Robots.text(robot, second, "#issuerField"));
        assertEquals("Media Release", Robots.text(robot, second, "#labelField"));
        assertTrue(Robots.<javafx.scene.control.RadioButton>find(robot, second, "#timingEmbargoed").isSelected());
        assertEquals("15/03/2027", Robots.text(robot, second, "#embargoDate"));
        assertEquals("America/New_York", ((ComboBox<?>) Robots.find(robot, second, "#embargoZone")).getEditor().getText());
        assertEquals("Second point", Robots.text(robot, second, "#highlight-1"));
        assertEquals("– end –", ((ComboBox<?>) Robots.find(robot, second, "#endMarkField")).getEditor().getText());
        assertEquals(WorkflowStatus.APPROVED, ((ComboBox<?>) Robots.find(robot, second, "#workflowStatus")).getValue());
        assertEquals("The lab opens today.\n\nIt has twelve robots. 實驗室今日開幕。", Robots.text(robot, second, "#bodyField"));
        assertEquals("Harbour Science Park Ltd", reopened.store.releases().release(id).orElseThrow().issuer());
    }

    @Test
    void photosAddedFromFilesAreNumberedInPrintOrderAndReorder(FxRobot robot) throws Exception {
        app.idle();
        robot.clickOn("#newRelease");
        app.idle();
        long id = window.editorViewModel().releaseIdProperty().get();
        robot.clickOn("#tabPhotos");
        Path red = AppFixture.drawImage(dir, "red-harbour.jpg", 1600, 1000, Color.RED);
        Path green = AppFixture.drawImage(dir, "green-lab.png", 800, 600, Color.GREEN);
        Path blue = AppFixture.drawImage(dir, "blue-robot.jpg", 1200, 1800, Color.BLUE);
        window.setPhotoChooser(owner -> List.of(red.toFile(), green.toFile(), blue.toFile()));
        robot.clickOn(Robots.<javafx.scene.Node>find(robot, window.stage(), "#addPhotos"));
        app.idle();
        ListView<?> list = Robots.find(robot, window.stage(), "#photoList");
        assertEquals(3, list.getItems().size(), window.editorViewModel().photoMessages().toString());
        assertEquals(List.of("Photo 1", "Photo 2", "Photo 3"), numbers(robot));
        assertEquals(List.of("", "", ""), window.editorViewModel().photos.stream().map(Photo::caption).toList(),
                "captions start empty, with a prompt");
        // only the 800 px photo is too small for print
        assertEquals(1, robot.lookup(".badge-warning").queryAll().stream().filter(Node::isVisible).count());

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#photoDown");
        app.idle();
        List<Photo> photos = window.editorViewModel().photos;
        assertEquals(List.of("green-lab.png", "red-harbour.jpg", "blue-robot.jpg"),
                photos.stream().map(Photo::fileName).toList());
        Robots.type(robot, robot.lookup("#photoCaption").query(), "The harbour at dawn");
        Robots.type(robot, robot.lookup("#photoCredit").query(), "Ada Chan");
        Robots.type(robot, robot.lookup("#photoAlt").query(), "A red harbour with a white sun");
        assertEquals("Photo 2", numberOf(robot, "The harbour at dawn"));
        app.idle();
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "the edited photo stays selected");

        // the release language decides the printed number
        robot.clickOn("#tabRelease");
        set(robot, "#languageField", "zh-Hant-HK");
        robot.clickOn("#tabPhotos");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("圖一", "圖二", "圖三"), numbers(robot));
        app.idle();

        Release saved = app.store.releases().release(id).orElseThrow();
        assertEquals(List.of("green-lab.png", "red-harbour.jpg", "blue-robot.jpg"),
                saved.photos().stream().map(Photo::fileName).toList());
        assertEquals("The harbour at dawn", saved.photos().get(1).caption());
        assertEquals("Ada Chan", saved.photos().get(1).credit());
        assertEquals("A red harbour with a white sun", saved.photos().get(1).altText());
        app.close();
    }

    @Test
    void contactsFromTheSharedDirectoryAreOrderedPerReleaseAndEditedEverywhere(FxRobot robot) throws Exception {
        app.idle();
        robot.clickOn("#newRelease");
        app.idle();
        long first = window.editorViewModel().releaseIdProperty().get();
        robot.clickOn("#openDirectory");
        addContact(robot, "Ada Chan", "Harbour Lab", "+852 2100 0001", "ada@harbour.example");
        // an invalid email is stored as typed and marked; fixing it updates the same record
        robot.clickOn("#newContact");
        set(robot, "#contactName", "Bo Lee");
        set(robot, "#contactEmails", "bo at harbour");
        app.idle();
        assertEquals(List.of("bo at harbour"), app.store.directory().contacts().stream().filter(c -> c.name().equals("Bo Lee"))
                .findFirst().orElseThrow().emails());
        assertEquals(List.of("emails[0]"), window.contactsViewModel().problemsFor("emails").stream()
                .map(p -> p.field()).toList());
        set(robot, "#contactEmails", "bo@harbour.example");
        app.idle();
        assertEquals(List.of(List.of("bo@harbour.example")), app.store.directory().contacts().stream()
                .filter(c -> c.name().equals("Bo Lee")).map(Contact::emails).toList());

        robot.interact(() -> window.stage().toFront());
        robot.clickOn("#tabLinks");
        attach(robot, "Ada Chan");
        attach(robot, "Bo Lee");
        ListView<?> chosen = robot.lookup("#releaseContacts").queryAs(ListView.class);
        robot.interact(() -> chosen.getSelectionModel().select(1));
        robot.clickOn("#contactUp");
        app.idle();
        assertEquals(List.of("Bo Lee", "Ada Chan"),
                app.store.releases().release(first).orElseThrow().contacts().stream().map(Contact::name).toList());

        // a second release with the same contacts: a follow-up
        robot.clickOn("#duplicateRelease");
        app.idle();
        long second = window.editorViewModel().releaseIdProperty().get();
        assertEquals(first + 1, second, "the copy is the library's newest release");
        assertEquals(List.of("Bo Lee", "Ada Chan"),
                app.store.releases().release(second).orElseThrow().contacts().stream().map(Contact::name).toList());

        // edit the shared contact once: both releases show it
        robot.interact(() -> window.openDirectory());
        @SuppressWarnings("unchecked")
        ListView<Contact> directory = robot.lookup("#contactDirectory").queryAs(ListView.class);
        robot.interact(() -> directory.getSelectionModel().select(
                window.contactsViewModel().shown().stream().filter(c -> c.name().equals("Ada Chan")).findFirst().orElseThrow()));
        app.idle();
        set(robot, "#contactPhones", "+852 2100 9999");
        app.idle();
        ListView<?> usedIn = robot.lookup("#contactUsedIn").queryAs(ListView.class);
        assertEquals(Set.of(first, second), usedIn.getItems().stream().map(r -> ((ReleaseSummary) r).id()).collect(Collectors.toSet()));
        for (long id : List.of(first, second)) {
            Contact ada = app.store.releases().release(id).orElseThrow().contacts().stream()
                    .filter(c -> c.name().equals("Ada Chan")).findFirst().orElseThrow();
            assertEquals(List.of("+852 2100 9999"), ada.phones());
        }
        // the release on screen shows the new number in its list of contacts, in print order
        ListView<?> onScreen = robot.from(window.stage().getScene().getRoot()).lookup("#releaseContacts").queryAs(ListView.class);
        assertEquals(List.of("+852 2100 9999"), ((Contact) onScreen.getItems().get(1)).phones());
        assertTrue(onScreen.lookupAll(".list-cell").stream().filter(Node::isVisible).map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anyMatch(t -> t != null && t.startsWith("2.  Ada Chan") && t.contains("+852 2100 9999")));
        app.close();
    }

    @Test
    void searchFindsTheSampleByAChinesePhraseFromItsBody(FxRobot robot) throws Exception {
        app.idle();
        ListView<?> list = robot.lookup("#releaseList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        set(robot, "#searchField", "科學園圓滿舉行");
        app.idle();
        assertEquals(1, list.getItems().size());
        set(robot, "#searchField", "創科");
        app.idle();
        assertEquals(1, list.getItems().size());
        set(robot, "#searchField", "不存在的詞語");
        app.idle();
        assertEquals(0, list.getItems().size());
        set(robot, "#searchField", "");
        app.idle();
        assertEquals(1, list.getItems().size());
        app.close();
    }

    @Test
    void ctrlNOpensANewReleaseWithTheCursorInItsHeadline(FxRobot robot) throws Exception {
        // seen under a window manager: the focus stayed on the New release button, and every space typed for the
        // headline made one more empty release
        app.idle();
        robot.clickOn("#tabPhotos"); // another tab than the headline's
        app.idle();
        int before = app.store.releases().list().size();
        Robots.shortcut(robot, javafx.scene.input.KeyCode.N);
        app.idle();
        robot.write("Harbour opens a new pier", 0);
        app.idle();
        assertEquals(before + 1, app.store.releases().list().size(), "one new release, no more");
        long id = window.editorViewModel().releaseIdProperty().get();
        assertEquals("Harbour opens a new pier", app.store.releases().release(id).orElseThrow().headline());
        assertTrue(robot.lookup("#headlineField").query().isFocused());
        app.close();
    }

    @Test
    void deletingMovesToTheTrashAndUndoBringsItBack(FxRobot robot) throws Exception {
        app.idle();
        ListView<?> list = robot.lookup("#releaseList").queryAs(ListView.class);
        long sample = window.listViewModel().selectedId.get();
        robot.clickOn("#deleteRelease");
        app.idle();
        assertEquals(0, list.getItems().size());
        assertEquals(1, app.store.releases().trash().size());
        robot.clickOn("#undoDelete");
        app.idle();
        assertEquals(1, list.getItems().size());
        assertEquals(sample, window.listViewModel().selectedId.get());
        app.close();
    }

    @Test
    void exportWritesAPdfWithTheEditedHeadline(FxRobot robot) throws Exception {
        app.idle();
        set(robot, "#headlineField", "Exported harbour headline");
        app.idle();
        Path pdf = dir.resolve("kit.pdf");
        robot.interact(() -> window.exportPdfTo(pdf));
        app.idle();
        assertTrue(Files.size(pdf) > 0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Exported harbour headline"));
        }
        app.close();
    }

    // ------------------------------------------------------------ helpers

    /** Fires a button the way a click would; for buttons the form may have scrolled out of the small headless screen. */
    private static void press(FxRobot robot, String query) {
        javafx.scene.control.ButtonBase b = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(b::fire);
    }

    /** Types into the box as a user does: click, select all, type. */
    private static void set(FxRobot robot, String query, String text) {
        Node n = robot.lookup(query).query();
        Robots.type(robot, n instanceof ComboBox<?> c ? c.getEditor() : n, text);
    }

    private void addContact(FxRobot robot, String name, String org, String phone, String email) throws Exception {
        robot.clickOn("#newContact");
        set(robot, "#contactName", name);
        set(robot, "#contactOrg", org);
        set(robot, "#contactPhones", phone);
        set(robot, "#contactEmails", email);
        app.idle();
        assertTrue(app.store.directory().contacts().stream().anyMatch(c -> c.name().equals(name)), name + " saved");
    }

    @SuppressWarnings("unchecked")
    private void attach(FxRobot robot, String name) throws Exception {
        ComboBox<Contact> picker = robot.lookup("#contactPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()));
        robot.clickOn("#attachContact");
        app.idle();
    }

    private static List<String> numbers(FxRobot robot) {
        return robot.lookup(".photo-number").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent() != null && l.getScene() != null && l.isVisible() && !l.getText().isEmpty()
                        && ((javafx.scene.control.ListCell<?>) ancestorCell(l)).getItem() != null)
                .sorted((a, b) -> Integer.compare(((javafx.scene.control.ListCell<?>) ancestorCell(a)).getIndex(),
                        ((javafx.scene.control.ListCell<?>) ancestorCell(b)).getIndex()))
                .map(Label::getText).toList();
    }

    private static String numberOf(FxRobot robot, String caption) {
        for (Label l : robot.lookup(".photo-number").queryAllAs(Label.class)) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) ancestorCell(l);
            if (cell != null && cell.getItem() instanceof Photo p && p.caption().equals(caption)) {
                return l.getText();
            }
        }
        return null;
    }

    private static Node ancestorCell(Node n) {
        Node p = n;
        while (p != null && !(p instanceof javafx.scene.control.ListCell<?>)) {
            p = p.getParent();
        }
        return p;
    }
}
