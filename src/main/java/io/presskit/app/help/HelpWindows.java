package io.presskit.app.help;

import io.presskit.app.Dialogs;
import io.presskit.app.MainWindow;
import io.presskit.app.actions.Command;
import io.presskit.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Help: a short user guide (what each part of the window does, every shortcut) and About (version, licences). */
public final class HelpWindows {
    /** The guide's sections, in order: each has a title and a text in the messages. */
    static final List<String> SECTIONS = List.of("list", "editor", "photos", "links", "preview", "saving", "problems",
            "export", "content", "preferences");

    private HelpWindows() {
    }

    /** The version of this build, from the jar's resources ("development build" when run from sources). */
    public static String version() {
        try (InputStream in = HelpWindows.class.getResourceAsStream("/io/presskit/app/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return Messages.get("about.devBuild");
    }

    private static Stage guide;

    /** The user guide (one window: asking again brings it to the front). */
    public static Stage guide(Window owner) {
        if (guide != null && guide.isShowing() && guide.getOwner() == owner) {
            guide.toFront();
            return guide;
        }
        VBox content = new VBox(10);
        content.setPadding(new Insets(18));
        content.setId("userGuide");
        Label title = new Label(Messages.get("guide.title"));
        title.getStyleClass().add("pane-title");
        content.getChildren().add(title);
        for (String s : SECTIONS) {
            Label h = new Label(Messages.get("guide." + s + ".title"));
            h.getStyleClass().add("section-title");
            Label t = new Label(Messages.get("guide." + s));
            t.setWrapText(true);
            content.getChildren().addAll(h, t);
        }
        Label keys = new Label(Messages.get("guide.shortcuts"));
        keys.getStyleClass().add("section-title");
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(18);
        table.setVgap(4);
        int row = 0;
        for (Command c : Command.values()) {
            if (c.accelerator() != null) {
                table.addRow(row++, new Label(KeyCombination.valueOf(c.accelerator()).getDisplayText()),
                        new Label(Messages.get(c.textKey()).replace("…", "")));
            }
        }
        for (String extra : List.of("guide.key.tab", "guide.key.redo", "guide.key.photoMove", "guide.key.photoDelete")) {
            String[] parts = Messages.get(extra).split("\\|", 2);
            table.addRow(row++, new Label(parts[0]), new Label(parts.length > 1 ? parts[1] : ""));
        }
        content.getChildren().addAll(keys, table);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("guide.title"));
        Scene scene = new Scene(scroll, 620, 640);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
        guide = stage;
        return stage;
    }

    public static void about(Window owner) {
        Alert a = Dialogs.prepare(new Alert(Alert.AlertType.INFORMATION, "", Dialogs.close()), owner,
                Messages.get("action.about"));
        a.setHeaderText(Messages.get("app.title") + " " + version());
        VBox box = new VBox(8);
        box.setId("aboutContent");
        Label text = new Label(Messages.get("about.text"));
        text.setWrapText(true);
        Label licence = new Label(Messages.get("about.licence"));
        licence.setWrapText(true);
        Button notices = new Button(Messages.get("about.showNotices"));
        notices.setId("showNotices");
        notices.setOnAction(e -> textWindow(a.getDialogPane().getScene().getWindow(), Messages.get("about.showNotices"),
                resourceText("/io/presskit/app/NOTICE"), "noticeText"));
        Button ofl = new Button(Messages.get("about.showOfl"));
        ofl.setId("showFontLicence");
        ofl.setOnAction(e -> textWindow(a.getDialogPane().getScene().getWindow(), "SIL Open Font License 1.1",
                resourceText("/assets/fonts/OFL-NotoSansTC.txt"), "fontLicenceText"));
        box.getChildren().addAll(text, licence, new javafx.scene.layout.HBox(8, notices, ofl));
        box.setMaxWidth(560);
        a.getDialogPane().setContent(box);
        a.show();
    }

    /** A text that travels in the jar (the notices, a font licence), "" when it is missing. */
    static String resourceText(String resource) {
        try (InputStream in = HelpWindows.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void textWindow(Window owner, String title, String text, String id) {
        TextArea t = new TextArea(text);
        t.setEditable(false);
        t.setWrapText(true);
        t.setId(id);
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(title);
        Scene scene = new Scene(t, 680, 600);
        scene.getStylesheets().add(MainWindow.stylesheet());
        s.setScene(scene);
        s.show();
    }
}
