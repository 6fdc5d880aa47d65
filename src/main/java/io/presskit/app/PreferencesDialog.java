package io.presskit.app;

import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.app.settings.HouseDefaults;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Preferences: the UI language (its region decides how dates are read), and the house style: what every new
 * release starts with (issuer, release language, the time zone embargoes are written in, end mark), the paper,
 * and the letterhead logo, checked when it is chosen (off the UI thread) so that a damaged image is refused
 * here, in one sentence, rather than at export.
 */
public final class PreferencesDialog {
    /** What the user chose: the UI language ("" follows the system) and the house defaults. */
    public record Choice(String uiLanguage, HouseDefaults defaults) {
    }

    private PreferencesDialog() {
    }

    public static Optional<Choice> show(Window owner, String uiLanguage, HouseDefaults current) {
        return show(owner, uiLanguage, current, null, PreferencesDialog::systemLogoChooser);
    }

    /**
     * With Preferences › Library ({@code library}, committed into the settings on OK) when not null;
     * {@code logoChooser} asks for the logo's image file (null when cancelled).
     */
    public static Optional<Choice> show(Window owner, String uiLanguage, HouseDefaults current,
                                        io.presskit.app.team.LibraryPreferences library,
                                        Function<Window, File> logoChooser) {
        Dialog<Choice> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("action.preferences").replace("…", ""));
        ButtonType ok = Dialogs.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        d.getDialogPane().setId("preferencesDialog");

        List<String> choices = new ArrayList<>();
        choices.add(Messages.SYSTEM);
        choices.addAll(Messages.CHOICES);
        ComboBox<String> ui = Ui.named(new ComboBox<>(), "prefsUiLanguage", "prefs.language");
        ui.getItems().addAll(choices);
        ui.setConverter(Ui.shownAs(Messages::choiceName));
        ui.setButtonCell(cell(Messages::choiceName));
        ui.setCellFactory(l -> cell(Messages::choiceName));
        ui.setValue(choices.contains(uiLanguage) ? uiLanguage : Messages.SYSTEM);

        TextField issuer = TextRules.line(Ui.named(new TextField(current.issuer()), "prefsIssuer", "prefs.issuer"));
        issuer.setPromptText(Messages.get("field.issuer.prompt"));
        ComboBox<String> language = Ui.named(new ComboBox<>(), "prefsReleaseLanguage", "prefs.releaseLanguage");
        language.getItems().addAll(LanguageNames.OFFERED);
        language.setConverter(Ui.shownAs(LanguageNames::of));
        language.setButtonCell(cell(LanguageNames::of));
        language.setCellFactory(l -> cell(LanguageNames::of));
        if (!language.getItems().contains(current.releaseLanguage())) {
            language.getItems().add(current.releaseLanguage());
        }
        language.setValue(current.releaseLanguage());
        ComboBox<String> zone = Ui.named(new ComboBox<>(), "prefsTimeZone", "prefs.timeZone");
        zone.setEditable(true);
        zone.getItems().addAll(io.presskit.app.editor.ReleaseEditorView.ZONES);
        zone.setValue(current.timeZone());
        ComboBox<String> endMark = Ui.named(new ComboBox<>(), "prefsEndMark", "prefs.endMark");
        endMark.setEditable(true);
        endMark.getItems().addAll(HouseDefaults.END_MARKS);
        endMark.setValue(current.endMark());
        ComboBox<HouseDefaults.Paper> paper = Ui.named(new ComboBox<>(), "prefsPaper", "prefs.paper");
        paper.getItems().addAll(HouseDefaults.Paper.values());
        paper.setButtonCell(cell(p -> Messages.get("paper." + p.key())));
        paper.setCellFactory(l -> cell(p -> Messages.get("paper." + p.key())));
        paper.setValue(current.paper());
        String[] logo = {current.logo()};
        // the file's name shows (a path is cut to its start in a narrow box); the whole path is its tooltip
        TextField logoFile = Ui.named(new TextField(), "prefsLogo", "prefs.logo");
        javafx.scene.control.Tooltip logoPath = new javafx.scene.control.Tooltip();
        java.util.function.Consumer<String> showLogo = path -> {
            logoFile.setText(path.isEmpty() ? "" : Path.of(path).getFileName().toString());
            logoPath.setText(path);
            logoFile.setTooltip(path.isEmpty() ? null : logoPath);
        };
        showLogo.accept(current.logo());
        logoFile.setEditable(false);
        logoFile.setFocusTraversable(false);
        logoFile.setPromptText(Messages.get("prefs.logo.none"));
        Button chooseLogo = new Button(Messages.get("prefs.logo.choose"));
        chooseLogo.setId("prefsLogoChoose");
        Button noLogo = new Button(Messages.get("prefs.logo.remove"));
        noLogo.setId("prefsLogoRemove");
        noLogo.setDisable(logo[0].isEmpty());
        Label logoMessage = new Label();
        logoMessage.getStyleClass().addAll("field-message", "not-stored");
        logoMessage.setId("prefsLogoMessage");
        logoMessage.setWrapText(true);
        HBox.setHgrow(logoFile, Priority.ALWAYS);
        HBox logoRow = new HBox(6, logoFile, chooseLogo, noLogo);
        chooseLogo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        noLogo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label zoneProblem = new Label();
        zoneProblem.getStyleClass().addAll("field-message", "not-stored");
        zoneProblem.setId("prefsTimeZoneMessage");

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(300);
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        g.addRow(row++, Ui.label("prefs.language", ui), ui);
        Label defaults = new Label(Messages.get("prefs.defaults"));
        defaults.getStyleClass().add("section-title");
        g.add(defaults, 0, row++, 2, 1);
        g.addRow(row++, Ui.label("prefs.issuer", issuer), issuer);
        g.addRow(row++, Ui.label("prefs.releaseLanguage", language), language);
        g.addRow(row++, Ui.label("prefs.timeZone", zone), zone);
        g.add(zoneProblem, 1, row++);
        g.addRow(row++, Ui.label("prefs.endMark", endMark), endMark);
        g.addRow(row++, Ui.label("prefs.paper", paper), paper);
        g.addRow(row++, Ui.label("prefs.logo", logoFile), logoRow);
        g.add(logoMessage, 1, row++);
        if (library != null) {
            library.addTo(g, row);
        }
        for (javafx.scene.Node n : g.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && !(n instanceof Label)) {
                c.setMaxWidth(Double.MAX_VALUE);
            }
        }
        d.getDialogPane().setContent(g);
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(ok);
        chooseLogo.setOnAction(e -> {
            File f = logoChooser.apply(d.getDialogPane().getScene().getWindow());
            if (f == null) {
                return;
            }
            logoMessage.setText(Messages.get("prefs.logo.checking"));
            chooseLogo.setDisable(true);
            okButton.setDisable(true);
            Thread check = new Thread(() -> {
                String refusal = null;
                try {
                    io.presskit.kit.KitLogo.readFile(f.toPath());
                } catch (io.presskit.image.ImageRejectedException ex) {
                    refusal = ex.getMessage();
                } catch (RuntimeException | OutOfMemoryError ex) {
                    refusal = Messages.format("prefs.logo.unreadable", f.getName());
                }
                String refused = refusal;
                Platform.runLater(() -> {
                    chooseLogo.setDisable(false);
                    okButton.setDisable(false);
                    logoMessage.setText(refused == null ? "" : refused);
                    if (refused == null) {
                        logo[0] = f.getAbsolutePath();
                        showLogo.accept(logo[0]);
                        noLogo.setDisable(false);
                    }
                });
            }, "presskit-logo-check");
            check.setDaemon(true);
            check.start();
        });
        noLogo.setOnAction(e -> {
            logo[0] = "";
            showLogo.accept("");
            logoMessage.setText("");
            noLogo.setDisable(true);
        });
        // an unknown time zone is refused at the field, with the dialog still open
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String z = zone.getEditor().getText().strip();
            try {
                ZoneId.of(z);
                zoneProblem.setText("");
            } catch (RuntimeException ex) {
                zoneProblem.setText(Messages.format("problem.zoneUnreadable", z));
                e.consume();
            }
            if (library != null && library.refusal() != null) {
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            if (b == ok && library != null) {
                library.commit();
            }
            return b == ok ? new Choice(ui.getValue(), new HouseDefaults(issuer.getText(),
                language.getValue(), zone.getEditor().getText().strip(), endMark.getEditor().getText(), paper.getValue(),
                logo[0]))
                : null;
        });
        return d.showAndWait();
    }

    static File systemLogoChooser(Window owner) {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.setTitle(Messages.get("prefs.logo.chooser"));
        c.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG / JPEG", "*.png", "*.jpg",
                "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        return c.showOpenDialog(owner);
    }


    private static <T> ListCell<T> cell(java.util.function.Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : name.apply(t));
            }
        };
    }
}
