package io.presskit.app;

import io.presskit.app.editor.ReleaseEditorView;
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
import org.junit.jupiter.api.BeforeAll;
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

    @BeforeAll
    static void english() {
        System.setProperty("presskit.ui.language", "en");
    }

    @Start
    void start(Stage stage) throws Exception {
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
        assertEquals("Untitled release", vm.headline.get());

        set(robot, "#languageField", "en-US");
        set(robot, "#labelField", "Media Release");
        set(robot, "#issuerField", "Harbour Science Park");
        robot.clickOn("#timingEmbargoed");
        robot.interact(() -> robot.lookup("#embargoDate").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 3, 15)));
        set(robot, "#embargoTime", "09:00");
        set(robot, "#embargoZone", "America/New_York");
        assertEquals("= 2027-03-15 13:00 UTC", robot.lookup("#embargoUtc").queryAs(Label.class).getText());
        // a typed headline, as the user types it
        robot.clickOn("#headlineField");
        robot.interact(() -> robot.lookup("#headlineField").queryAs(TextInputControl.class).selectAll());
        robot.write("Robots open the harbour lab");
        set(robot, "#subheadlineField", "A new lab for marine robotics 海港實驗室");
        press(robot, "#addHighlight");
        press(robot, "#addHighlight");
        app.idle();
        set(robot, "#highlight-0", "Second point");
        set(robot, "#highlight-1", "First point");
        press(robot, "#highlightDown-0");
        assertEquals(List.of("First point", "Second point"), List.copyOf(vm.highlights));
        press(robot, "#addHighlight");
        press(robot, "#highlightRemove-2");
        set(robot, "#datelinePlace", "Boston");
        robot.interact(() -> robot.lookup("#datelineDate").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 3, 15)));
        set(robot, "#bodyField", "The lab opens today.\nIt has twelve robots. 實驗室今日開幕。");
        set(robot, "#endMarkField", "– end –");
        set(robot, "#contactsHeadingField", "Press enquiries");
        assertTrue(robot.lookup("#counts").queryAs(Label.class).getText().contains("words"));
        app.idle();

        // an invalid state is shown beside the field and never saved over the valid one
        set(robot, "#headlineField", "   ");
        ReleaseEditorView form = robot.lookup(".editor-scroll").queryAs(ReleaseEditorView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(form.validation().getValidationResult().getErrors().stream()
                .anyMatch(m -> m.getTarget() == robot.lookup("#headlineField").query()), "headline error shown beside it");
        assertEquals(ReleaseEditorViewModel.SaveState.INVALID, vm.saveStateProperty().get());
        app.idle();
        assertEquals("Robots open the harbour lab", app.store.releases().release(id).orElseThrow().headline());
        set(robot, "#headlineField", "Robots open the harbour lab");
        app.idle();

        Release saved = app.store.releases().release(id).orElseThrow();
        assertEquals("en-US", saved.language());
        assertEquals("Media Release", saved.label());
        assertEquals("Harbour Science Park", saved.issuer());
        assertEquals("2027-03-15T09:00-04:00[America/New_York]",
                ((ReleaseTiming.Embargoed) saved.timing()).until().toString());
        assertEquals("A new lab for marine robotics 海港實驗室", saved.subheadline());
        assertEquals(List.of("First point", "Second point"), saved.highlights());
        assertEquals("Boston", saved.dateline().place());
        assertEquals(List.of("The lab opens today.", "It has twelve robots. 實驗室今日開幕。"), saved.body());
        assertEquals("– end –", saved.endMark());
        assertEquals("Press enquiries", saved.contactsHeading());

        // an edit immediately before the approval is saved first; an approved release is locked, so it comes last
        set(robot, "#issuerField", "Harbour Science Park Ltd");
        robot.interact(() -> robot.lookup("#workflowStatus").queryAs(ComboBox.class).setValue(WorkflowStatus.APPROVED));
        app.idle();
        assertEquals(WorkflowStatus.APPROVED, app.store.releases().summary(id).orElseThrow().status());
        app.close();

        Stage[] second = new Stage[1];
        AppFixture reopened = new AppFixture(dir);
        robot.interact(() -> {
            second[0] = new Stage();
            try {
                reopened.open(second[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reopened.idle();
        robot.interact(() -> reopened.window.listViewModel().selectedId.set(id));
        reopened.idle();
        ReleaseEditorViewModel again = reopened.window.editorViewModel();
        assertEquals("Robots open the harbour lab", again.headline.get());
        assertEquals("Harbour Science Park Ltd", again.issuer.get());
        assertEquals("Media Release", again.label.get());
        assertTrue(again.embargoed.get());
        assertEquals("America/New_York", again.embargoZone.get());
        assertEquals(List.of("First point", "Second point"), List.copyOf(again.highlights));
        assertEquals("– end –", again.endMark.get());
        assertEquals(WorkflowStatus.APPROVED, again.status.get());
        TextInputControl body = robot.from(second[0].getScene().getRoot()).lookup("#bodyField").queryAs(TextInputControl.class);
        assertEquals("The lab opens today.\nIt has twelve robots. 實驗室今日開幕。", body.getText());
        reopened.close();
        app = null;
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
        robot.interact(() -> window.photosView().addFiles(List.of(red.toFile(), green.toFile(), blue.toFile())));
        app.idle();
        ListView<?> list = robot.lookup("#photoList").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        assertEquals(List.of("Photo 1", "Photo 2", "Photo 3"), numbers(robot));
        // only the 800 px photo is too small for print
        assertEquals(1, robot.lookup(".badge-warning").queryAll().stream().filter(Node::isVisible).count());

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#photoDown");
        app.idle();
        List<Photo> photos = window.editorViewModel().photos;
        assertEquals(List.of("green-lab.png", "red-harbour.jpg", "blue-robot.jpg"),
                photos.stream().map(Photo::fileName).toList());
        assertEquals("Photo 2", numberOf(robot, "red harbour"));
        robot.clickOn("#photoCaption");
        robot.interact(() -> robot.lookup("#photoCaption").queryAs(TextInputControl.class).setText("The harbour at dawn"));
        set(robot, "#photoCredit", "Ada Chan");
        set(robot, "#photoAlt", "A red harbour with a white sun");
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
        // an invalid email is shown and not saved
        robot.clickOn("#newContact");
        set(robot, "#contactName", "Bo Lee");
        set(robot, "#contactEmails", "bo at harbour");
        app.idle();
        assertTrue(app.store.directory().contacts().stream().noneMatch(c -> c.name().equals("Bo Lee")));
        assertFalse(window.contactsViewModel().problemsFor("emails").isEmpty());
        set(robot, "#contactEmails", "bo@harbour.example");
        app.idle();
        assertTrue(app.store.directory().contacts().stream().anyMatch(c -> c.name().equals("Bo Lee")));

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
        assertTrue(second != first);

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
        assertTrue(chosen.getItems().stream().map(Objects::toString).anyMatch(s -> s.contains("+852 2100 9999"))
                || window.editorViewModel().contacts.stream().anyMatch(c -> c.phones().contains("+852 2100 9999")));
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

    private static void set(FxRobot robot, String query, String text) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            if (n instanceof ComboBox<?> c) {
                c.getEditor().setText(text);
            } else {
                ((TextInputControl) n).setText(text);
            }
        });
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
