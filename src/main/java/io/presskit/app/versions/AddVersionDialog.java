package io.presskit.app.versions;

import io.presskit.app.Dialogs;
import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.model.ReleaseLanguage;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/** Asks which language a new version of the release is in: the usual ones it lacks are offered, any tag may be typed. */
public final class AddVersionDialog {
    private AddVersionDialog() {
    }

    /**
     * The language tag chosen, or empty when cancelled. {@code current} is the open release's language: a Chinese
     * release is offered English first, any other Traditional Chinese first.
     */
    public static Optional<String> ask(Window owner, List<String> offered, String current) {
        Dialog<ButtonType> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("versions.add.title"));
        ButtonType ok = Dialogs.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        ComboBox<String> language = Ui.named(new ComboBox<>(), "newVersionLanguage", "versions.add.language");
        language.setEditable(true);
        language.getItems().setAll(offered);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : LanguageNames.of(tag);
            }

            @Override
            public String fromString(String text) {
                return text == null ? "" : LanguageNames.tagFor(text);
            }
        });
        boolean chinese = ReleaseLanguage.of(current).isChinese();
        offered.stream().filter(t -> ReleaseLanguage.of(t).isChinese() != chinese).findFirst()
                .or(() -> offered.stream().findFirst()).ifPresent(language::setValue);
        language.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label(Messages.get("versions.add.text"));
        text.setWrapText(true);
        text.setId("dialogText");
        VBox content = new VBox(8, text, Ui.label("versions.add.language", language), language);
        content.setPadding(new Insets(8));
        content.setPrefWidth(420);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ok).setId("addVersionOk");
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ok) {
            return Optional.empty();
        }
        language.commitValue();
        String tag = language.getValue();
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(tag.strip());
    }
}
