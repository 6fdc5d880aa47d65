package io.presskit.app;

import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryStore;
import io.presskit.library.Revision;
import io.presskit.library.VersionedRelease;
import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Working as a team, through the real window: another officer ("lee", a second connection to the same library)
 * saves the release open here. The save that meets theirs shows both texts and loses nothing whatever the
 * answer; the open release says it was edited elsewhere; status changes are signed with the user's name from
 * the settings file and a note; a locked release is edited only after asking; the history compares revisions
 * and restores one. On a library file here; {@link TeamWorkPostgresTest} runs the same on a PostgreSQL server.
 */
class TeamWorkTest extends AppTestBase {
    static final String ME = "陳主任";
    static final String SAMPLE_HEADLINE = "匯聚八百頂尖國際學者推動科研創新\n「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行";

    @Start
    void start(Stage stage) throws Exception {
        signedIn();
        open(stage);
    }

    /** The settings file names the user, as Preferences › Library writes it. */
    void signedIn() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "user.name=" + ME + "\n");
    }

    /** Another officer's connection to the same library. */
    LibraryStore other() throws Exception {
        LibraryStore s = app.location == null ? LibraryStore.open(app.db)
                : LibraryStore.open(LibraryLocation.parse(app.location), Clock.systemUTC(), LibraryStore.Seed.NOTHING,
                null, Map.of());
        s.setUser("lee");
        return s;
    }

    long id() {
        return app.window.editorViewModel().releaseIdProperty().get();
    }

    /** Lee changes the open release and saves it (in another program). */
    void leeSaves(java.util.function.UnaryOperator<Release> change) throws Exception {
        try (LibraryStore lee = other()) {
            VersionedRelease v = lee.releases().read(id()).orElseThrow();
            lee.releases().save(id(), v.version(), change.apply(v.release()), List.of());
        }
    }

    void typeInto(FxRobot robot, String query, String text) {
        Robots.type(robot, Robots.find(robot, stage, query), text);
    }

    /**
     * Replaces the box's text by pasting it (Ctrl+A, Ctrl+V): one edit, so that a loaded machine's pauses between
     * typed keys cannot let a save (and the conflict it meets) land halfway through the text.
     */
    void pasteInto(FxRobot robot, String query, String text) {
        Node field = Robots.find(robot, stage, query);
        Robots.click(robot, field);
        assertTrue(field.isFocused(), query + " has the focus after a click on it");
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, ((javafx.scene.control.TextInputControl) field).getText());
    }

    /**
     * Lee's save is seen here as the bar over the editor, which pushes the form down: wait for it, so that a
     * click aimed at a field before it showed cannot land beside the field after it.
     */
    void seenLeesSave(FxRobot robot) throws Exception {
        waitFor(robot, "#editedElsewhereBar");
        app.idle();
    }

    /** The text a side of a comparison shows, and the runs it marks. */
    static String shown(FxRobot robot, String id) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("#" + id).queryParent().lookupAll(".diff-run")) {
            sb.append(((Text) n).getText());
        }
        return sb.toString();
    }

    static List<String> marked(FxRobot robot, String id) {
        List<String> out = new ArrayList<>();
        for (Node n : robot.lookup("#" + id).queryParent().lookupAll(".diff-run")) {
            if (n.getStyleClass().contains("diff-added") || n.getStyleClass().contains("diff-removed")) {
                out.add(((Text) n).getText());
            }
        }
        return out;
    }

    void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lee saved first; my typing meets their save: the dialog. */
    void conflictWith(FxRobot robot, String theirHeadline, String myHeadline) throws Exception {
        app.idle();
        leeSaves(r -> r.withHeadline(theirHeadline));
        seenLeesSave(robot);
        pasteInto(robot, "#headlineField", myHeadline);
        app.idle();
        waitFor(robot, "#conflictDialog");
    }

    @Test
    void keepMineSavesOverTheirsAndTheirsStaysInTheHistory(FxRobot robot) throws Exception {
        conflictWith(robot, "Lee's headline", "My headline");
        assertEquals("Lee's headline", shown(robot, "conflict-theirs-headline"));
        assertEquals("My headline", shown(robot, "conflict-mine-headline"));
        assertEquals(List.of("Lee's"), marked(robot, "conflict-theirs-headline"), "word by word in English");
        assertEquals(List.of("My"), marked(robot, "conflict-mine-headline"));
        assertTrue(robot.lookup("#conflict-mine-body").tryQuery().isEmpty(), "only parts that differ are shown");
        assertEquals("Lee's headline", app.store.releases().release(id()).orElseThrow().headline(),
                "their save is not overwritten while the question is open");
        robot.clickOn("#conflictKeepMine");
        app.idle();
        assertEquals("My headline", app.store.releases().release(id()).orElseThrow().headline());
        List<Revision> revs = app.store.history().revisions(id());
        assertTrue(revs.stream().anyMatch(r -> r.by().equals("lee") && r.changed().contains("headline")),
                "their save is a revision: " + revs);
        assertEquals(ME, revs.get(revs.size() - 1).by());
        int lees = revs.stream().filter(r -> r.by().equals("lee")).findFirst().orElseThrow().number();
        assertEquals("Lee's headline", app.store.history().release(id(), lees).headline());
    }

    @Test
    void keepTheirsPutsTheirTextInTheFormAndUndoBringsMineBack(FxRobot robot) throws Exception {
        conflictWith(robot, "林的標題", "我的新標題");
        assertEquals(List.of("林"), marked(robot, "conflict-theirs-headline"), "character by character in Chinese");
        assertEquals(List.of("我", "新"), marked(robot, "conflict-mine-headline"));
        robot.clickOn("#conflictKeepTheirs");
        app.idle();
        assertEquals("林的標題", Robots.text(robot, stage, "#headlineField"));
        assertEquals("林的標題", app.store.releases().release(id()).orElseThrow().headline());
        robot.interact(() -> stage.requestFocus());
        Robots.shortcut(robot, KeyCode.Z);
        app.idle();
        assertEquals("我的新標題", Robots.text(robot, stage, "#headlineField"), "mine is one undo away");
        assertEquals("我的新標題", app.store.releases().release(id()).orElseThrow().headline());
    }

    @Test
    void combiningTakesEachPartFromTheSideThatChangedIt(FxRobot robot) throws Exception {
        app.idle();
        String theirBody = "Lee rewrote the body.";
        leeSaves(r -> new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of(theirBody), r.endMark(), r.photos(), r.boilerplates(),
                r.contactsHeading(), r.contacts()));
        seenLeesSave(robot);
        pasteInto(robot, "#headlineField", "My headline");
        app.idle();
        waitFor(robot, "#conflictDialog");
        assertTrue(robot.lookup("#take-mine-headline").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertTrue(robot.lookup("#take-theirs-body").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "I did not touch the body: theirs is offered");
        robot.clickOn("#conflictCombine");
        app.idle();
        Release stored = app.store.releases().release(id()).orElseThrow();
        assertEquals("My headline", stored.headline());
        assertEquals(List.of(theirBody), stored.body());
        assertEquals(theirBody, Robots.text(robot, stage, "#bodyField"));
    }

    @Test
    void anOpenReleaseEditedElsewhereSaysSoAndTheListRefreshes(FxRobot robot) throws Exception {
        app.idle();
        Label bar = robot.lookup("#editedElsewhere").queryAs(Label.class);
        assertFalse(bar.isVisible() && !bar.getText().isEmpty());
        leeSaves(r -> r.withHeadline("Lee's new headline"));
        waitFor(robot, "#editedElsewhereBar");
        assertTrue(bar.getText().startsWith("Edited by lee at "), bar.getText());
        @SuppressWarnings("unchecked") ListView<io.presskit.model.ReleaseSummary> list =
                robot.lookup("#releaseList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> list.getItems().get(0).headlineFirstLine().equals("Lee's new headline"));
        assertEquals(SAMPLE_HEADLINE, Robots.text(robot, stage, "#headlineField"), "the form waits for the officer");
        robot.clickOn("#reloadRelease");
        app.idle();
        assertEquals("Lee's new headline", Robots.text(robot, stage, "#headlineField"));
        assertFalse(robot.lookup("#editedElsewhereBar").query().isVisible());
        typeInto(robot, "#headlineField", "After the reload");
        app.idle();
        assertTrue(robot.lookup("#conflictDialog").tryQuery().isEmpty(), "a reloaded copy saves without a conflict");
        assertEquals("After the reload", app.store.releases().release(id()).orElseThrow().headline());
    }

    @Test
    void aSaveThatMeetsTheirsAfterAnotherReleaseWasOpenedKeepsWhatWasTypedAsANewDraft(FxRobot robot) throws Exception {
        app.idle();
        long first = id();
        robot.clickOn("#newRelease");
        app.idle();
        long second = id();
        @SuppressWarnings("unchecked") ListView<io.presskit.model.ReleaseSummary> list =
                robot.lookup("#releaseList").queryAs(ListView.class);
        robot.clickOn(Robots.cell(list, indexOf(list, first)));
        app.idle();
        assertEquals(first, id());
        leeSaves(r -> r.withHeadline("Lee's headline"));
        // the list shows their save first (most recent edit) before anything is clicked in it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().get(0).id() == first
                && list.getItems().get(0).headlineFirstLine().equals("Lee's headline"));
        seenLeesSave(robot);
        javafx.scene.control.ListCell<?> target = Robots.cell(list, indexOf(list, second));
        Robots.click(robot, Robots.find(robot, stage, "#headlineField"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.moveTo(target); // the pointer waits over the other release; the keyboard still types in the headline
        // typed, and the other release clicked at once: before the autosave's pause is over
        robot.write("Typed, then left", 0).press(javafx.scene.input.MouseButton.PRIMARY)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        app.idle();
        assertEquals(second, id());
        assertTrue(robot.lookup("#conflictDialog").tryQuery().isEmpty());
        assertEquals("Lee's headline", app.store.releases().release(first).orElseThrow().headline(), "theirs stands");
        List<io.presskit.model.ReleaseSummary> all = app.store.releases().list();
        io.presskit.model.ReleaseSummary copy = all.stream().filter(r -> r.id() != first && r.id() != second)
                .findFirst().orElseThrow(() -> new AssertionError("no copy in " + all));
        Release kept = app.store.releases().release(copy.id()).orElseThrow();
        assertEquals("Typed, then left", kept.headline());
        assertEquals(app.store.releases().release(first).orElseThrow().body(), kept.body());
        assertEquals(app.store.releases().release(first).orElseThrow().photos().size(), kept.photos().size());
        assertEquals("Someone else saved release " + first + " first; what you typed in it is kept as a new draft, release "
                + copy.id() + ".", Robots.dialogText(robot));
        Robots.clickButton(robot, "OK");
    }

    static int indexOf(ListView<io.presskit.model.ReleaseSummary> list, long id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("release " + id + " is not listed");
    }

    void chooseStatus(FxRobot robot, String name) {
        @SuppressWarnings("unchecked") ComboBox<WorkflowStatus> status =
                (ComboBox<WorkflowStatus>) Robots.find(robot, stage, "#workflowStatus");
        Robots.click(robot, status);
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && name.equals(c.getText())).queryAs(Node.class));
    }

    @Test
    void statusChangesAreSignedWithANoteAndALockedReleaseIsEditedOnlyAfterAsking(FxRobot robot) throws Exception {
        app.idle();
        chooseStatus(robot, "In review");
        waitFor(robot, "#statusNoteDialog");
        robot.clickOn("#statusNote").write("請核對數字", 0);
        robot.clickOn("#statusNoteOk");
        app.idle();
        assertEquals(WorkflowStatus.IN_REVIEW, app.store.releases().summary(id()).orElseThrow().status());
        Revision review = last();
        assertEquals(Revision.Event.STATUS, review.event());
        assertEquals(ME, review.by());
        assertEquals("請核對數字", review.note());

        chooseStatus(robot, "Approved");
        waitFor(robot, "#statusNoteDialog");
        Robots.clickButton(robot, "Cancel");
        app.idle();
        assertEquals(WorkflowStatus.IN_REVIEW, app.store.releases().summary(id()).orElseThrow().status(),
                "a cancelled move changes nothing");
        chooseStatus(robot, "Approved");
        waitFor(robot, "#statusNoteDialog");
        robot.clickOn("#statusNoteOk");
        app.idle();
        assertEquals(WorkflowStatus.APPROVED, app.store.releases().summary(id()).orElseThrow().status());
        assertEquals(null, last().note());
        assertTrue(Robots.<Node>find(robot, stage, "#headlineField").isDisabled());
        waitFor(robot, "#lockedBar");

        robot.clickOn("#editAnyway");
        waitFor(robot, "#editAnywayDialog");
        assertEquals("This release is approved. Edit it anyway?",
                robot.lookup("#editAnywayDialog").queryAs(DialogPane.class).getHeaderText());
        robot.clickOn("#editAnywayNote").write("the venue changed", 0);
        robot.clickOn("#editAnywayYes");
        app.idle();
        assertEquals(WorkflowStatus.DRAFT, app.store.releases().summary(id()).orElseThrow().status());
        assertEquals("the venue changed", last().note());
        assertEquals(ME, last().by());
        assertFalse(Robots.<Node>find(robot, stage, "#headlineField").isDisabled());
        typeInto(robot, "#headlineField", "New venue");
        app.idle();
        assertEquals("New venue", app.store.releases().release(id()).orElseThrow().headline());
    }

    Revision last() throws Exception {
        List<Revision> revs = app.store.history().revisions(id());
        return revs.get(revs.size() - 1);
    }

    void selectRevisions(FxRobot robot, int... numbers) {
        boolean first = true;
        for (int n : numbers) {
            Node row = robot.lookup((Node x) -> x instanceof TableRow<?> r && r.getItem() instanceof Revision rev
                    && rev.number() == n).query();
            if (first) {
                robot.clickOn(row);
            } else {
                robot.press(KeyCode.CONTROL).clickOn(row).release(KeyCode.CONTROL);
            }
            first = false;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void historyComparesAnyTwoRevisionsAndRestoresOne(FxRobot robot) throws Exception {
        app.idle();
        typeInto(robot, "#headlineField", SAMPLE_HEADLINE.replace('八', '九'));
        typeInto(robot, "#subheadlineField", "Summit on medical technology");
        app.idle();
        chooseStatus(robot, "In review");
        waitFor(robot, "#statusNoteDialog");
        robot.clickOn("#statusNoteOk");
        app.idle();
        typeInto(robot, "#subheadlineField", "Summit on robotics technology");
        app.idle();
        List<Revision> revs = app.store.history().revisions(id());
        assertEquals(4, revs.size(), "created, edited, status, edited: " + revs);

        robot.interact(() -> stage.requestFocus());
        Robots.shortcut(robot, KeyCode.SHIFT, KeyCode.H); // Ctrl+H alone is a text box's backspace
        app.idle();
        waitFor(robot, "#historyTable");
        selectRevisions(robot, revs.get(1).number(), revs.get(3).number());
        robot.clickOn("#historyCompare");
        app.idle();
        assertEquals(List.of("medical", "robotics"),
                List.of(marked(robot, "older-subheadline").get(0), marked(robot, "newer-subheadline").get(0)),
                "English word by word");
        assertEquals("Summit on medical technology", shown(robot, "older-subheadline"));
        assertTrue(robot.lookup("#older-headline").tryQuery().isEmpty(), "the headline did not change between them");

        selectRevisions(robot, revs.get(0).number(), revs.get(1).number());
        robot.clickOn("#historyCompare");
        app.idle();
        assertEquals(List.of("八"), marked(robot, "older-headline"), "Chinese character by character");
        assertEquals(List.of("九"), marked(robot, "newer-headline"));

        selectRevisions(robot, revs.get(0).number());
        robot.clickOn("#historyRestore");
        app.idle();
        assertEquals(SAMPLE_HEADLINE, Robots.text(robot, stage, "#headlineField"), "the editor reloads");
        Release stored = app.store.releases().release(id()).orElseThrow();
        assertEquals(SAMPLE_HEADLINE, stored.headline());
        assertEquals(Revision.Event.RESTORED, last().event());
        assertEquals("Summit on robotics technology", app.store.history().release(id(), revs.get(3).number()).subheadline(),
                "what the restore replaced stays a revision");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#historyTable")
                .queryAs(javafx.scene.control.TableView.class).getItems().size() == 5);
        assertNotEquals(0, stored.photos().size());
    }
}
