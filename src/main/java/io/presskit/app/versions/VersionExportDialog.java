package io.presskit.app.versions;

import io.presskit.app.Dialogs;
import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.kit.document.KitDocument.PageNumbering;
import io.presskit.library.Families;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app's Export PDF does with a release that has language versions, as {@code presskit export --languages
 * … --page-numbers … [--split]} does: which versions, in which order (the release's own first to begin with), page
 * numbers over the whole PDF or per version, one PDF or one a version.
 */
public final class VersionExportDialog {
    /** The answer: the versions' ids in order, how pages are numbered, and whether each version is a PDF of its own. */
    public record Choice(List<Long> ids, PageNumbering numbering, boolean split) {
        public Choice {
            ids = List.copyOf(ids);
        }
    }

    /** The dialog's state, kept apart from the controls so that it is tested without a screen. */
    public static final class Model {
        /** A version offered, and whether it goes in. */
        public record Item(Families.Version version, BooleanProperty chosen) {
        }

        private final ObservableList<Item> items = FXCollections.observableArrayList();
        public final ObjectProperty<PageNumbering> numbering = new SimpleObjectProperty<>(PageNumbering.DOCUMENT);
        public final BooleanProperty split = new SimpleBooleanProperty(false);

        /** The versions, release {@code first} at the top, every one chosen. */
        public Model(List<Families.Version> versions, long first) {
            List<Families.Version> ordered = new ArrayList<>(versions);
            ordered.sort((a, b) -> Boolean.compare(b.id() == first, a.id() == first));
            ordered.forEach(v -> items.add(new Item(v, new SimpleBooleanProperty(true))));
        }

        public ObservableList<Item> items() {
            return items;
        }

        public void move(int index, int by) {
            int to = index + by;
            if (index < 0 || index >= items.size() || to < 0 || to >= items.size()) {
                return;
            }
            Item item = items.remove(index);
            items.add(to, item);
        }

        /** The answer, or empty when no version is chosen. */
        public Optional<Choice> choice() {
            List<Long> ids = items.stream().filter(i -> i.chosen().get()).map(i -> i.version().id()).toList();
            return ids.isEmpty() ? Optional.empty() : Optional.of(new Choice(ids, numbering.get(), split.get()));
        }
    }

    private VersionExportDialog() {
    }

    /** Asks; empty when cancelled. */
    public static Optional<Choice> ask(Window owner, Model model) {
        Dialog<ButtonType> d = Dialogs.prepare(new Dialog<>(), owner, Messages.get("versions.export.title"));
        ButtonType ok = Dialogs.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, Dialogs.cancel());
        VBox rows = new VBox(6);
        Runnable[] layout = new Runnable[1];
        layout[0] = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.items().size(); i++) {
                Model.Item item = model.items().get(i);
                String tag = item.version().language();
                CheckBox box = new CheckBox(LanguageNames.of(tag));
                box.setId("exportVersion-" + tag);
                box.selectedProperty().bindBidirectional(item.chosen());
                int at = i;
                Button up = Ui.named(new Button("↑"), "exportUp-" + tag, "versions.export.up");
                up.setDisable(i == 0);
                up.setOnAction(e -> {
                    model.move(at, -1);
                    layout[0].run();
                });
                Button down = Ui.named(new Button("↓"), "exportDown-" + tag, "versions.export.down");
                down.setDisable(i == model.items().size() - 1);
                down.setOnAction(e -> {
                    model.move(at, 1);
                    layout[0].run();
                });
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                rows.getChildren().add(new HBox(8, box, grow, up, down));
            }
        };
        layout[0].run();

        ToggleGroup pages = new ToggleGroup();
        RadioButton whole = Ui.named(new RadioButton(Messages.get("versions.export.pagesDocument")), "exportPagesDocument",
                "versions.export.pagesDocument");
        RadioButton each = Ui.named(new RadioButton(Messages.get("versions.export.pagesVersion")), "exportPagesVersion",
                "versions.export.pagesVersion");
        whole.setToggleGroup(pages);
        each.setToggleGroup(pages);
        (model.numbering.get() == PageNumbering.VERSION ? each : whole).setSelected(true);
        pages.selectedToggleProperty().addListener((o, a, b) -> model.numbering.set(b == each ? PageNumbering.VERSION
                : PageNumbering.DOCUMENT));
        ToggleGroup files = new ToggleGroup();
        RadioButton one = Ui.named(new RadioButton(Messages.get("versions.export.onePdf")), "exportOnePdf",
                "versions.export.onePdf");
        RadioButton split = Ui.named(new RadioButton(Messages.get("versions.export.split")), "exportSplit",
                "versions.export.split");
        one.setToggleGroup(files);
        split.setToggleGroup(files);
        (model.split.get() ? split : one).setSelected(true);
        files.selectedToggleProperty().addListener((o, a, b) -> model.split.set(b == split));
        whole.disableProperty().bind(model.split);
        each.disableProperty().bind(model.split);

        Label versions = new Label(Messages.get("versions.export.versions"));
        versions.getStyleClass().add("field-label");
        VBox content = new VBox(10, versions, rows, new VBox(4, one, split), new VBox(4, whole, each));
        content.setPadding(new Insets(8));
        content.setPrefWidth(420);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ok).setId("exportVersionsOk");
        Optional<ButtonType> answer = d.showAndWait();
        return answer.isPresent() && answer.get() == ok ? model.choice() : Optional.empty();
    }
}
