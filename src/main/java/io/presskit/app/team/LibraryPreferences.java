package io.presskit.app.team;

import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import io.presskit.app.settings.Settings;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryLocation;
import io.presskit.service.Libraries;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

import java.util.Map;

/**
 * Preferences › Library: the local library file or a team library's address, chosen once, and the user's name
 * for saves, sign-off and history. A password is never asked for or kept here (the app asks for it when it opens
 * the team library, and keeps it for the session only); an address with one is refused, as the command line does.
 */
public final class LibraryPreferences {
    private final Settings settings;
    private final Map<String, String> env;
    private final RadioButton local = new RadioButton(Messages.get("prefs.libraryLocal"));
    private final RadioButton team = new RadioButton(Messages.get("prefs.libraryTeam"));
    private final TextField file = new TextField();
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final Label problem = new Label();

    public LibraryPreferences(Settings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
    }

    /** Adds the section's rows to the Preferences grid from {@code row}; returns the next free row. */
    public int addTo(GridPane g, int row) {
        ToggleGroup kind = new ToggleGroup();
        local.setToggleGroup(kind);
        local.setId("prefsLibraryLocal");
        team.setToggleGroup(kind);
        team.setId("prefsLibraryTeam");
        Ui.named(file, "prefsLibraryFile", "prefs.libraryFile");
        file.setPromptText(Libraries.resolve(null, env).toString());
        Ui.named(url, "prefsLibraryUrl", "prefs.libraryUrl");
        url.setPromptText(Messages.get("prefs.libraryUrlPrompt"));
        Ui.named(user, "prefsUserName", "prefs.userName");
        user.setPromptText(TeamSettings.systemUser());
        user.setText(settings.get(TeamSettings.USER).orElse(""));
        String chosen = TeamSettings.library(settings).orElse("");
        boolean isTeam = chosen.regionMatches(true, 0, LibraryLocation.SCHEME, 0, LibraryLocation.SCHEME.length());
        (isTeam ? team : local).setSelected(true);
        url.setText(isTeam ? chosen : "");
        file.setText(isTeam ? settings.get(TeamSettings.LOCAL_FILE).orElse("") : chosen);
        file.disableProperty().bind(team.selectedProperty());
        url.disableProperty().bind(local.selectedProperty());
        problem.setId("prefsLibraryMessage");
        problem.getStyleClass().addAll("field-message", "not-stored");
        problem.setWrapText(true);
        Label title = new Label(Messages.get("prefs.library"));
        title.getStyleClass().add("section-title");
        Label restart = new Label(Messages.get("prefs.libraryRestart"));
        restart.getStyleClass().add("hint");
        restart.setWrapText(true);
        g.add(title, 0, row++, 2, 1);
        g.addRow(row++, local, file);
        g.addRow(row++, team, url);
        g.add(problem, 1, row++);
        g.addRow(row++, Ui.label("prefs.userName", user), user);
        g.add(restart, 1, row++);
        return row;
    }

    /** The sentence that keeps the dialog open (an address that cannot be used), or null. */
    public String refusal() {
        if (team.isSelected()) {
            String u = url.getText().strip();
            try {
                if (u.isEmpty() || !(LibraryLocation.parse(u) instanceof LibraryLocation.Server)) {
                    problem.setText(Messages.get("prefs.libraryUrlPrompt"));
                    return problem.getText();
                }
            } catch (LibraryException e) {
                problem.setText(e.getMessage());
                return e.getMessage();
            }
        }
        problem.setText("");
        return null;
    }

    /** Writes the choice into the settings (the caller saves them). */
    public void commit() {
        String localFile = file.getText().strip();
        TeamSettings.setLocalFile(settings, localFile);
        TeamSettings.setLibrary(settings, team.isSelected() ? url.getText().strip() : localFile);
        TeamSettings.setUserName(settings, user.getText());
    }
}
