package io.presskit.app.directory;

import io.presskit.app.Ui;
import io.presskit.app.editor.FormProblem;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.ProblemTexts;
import io.presskit.app.i18n.Messages;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Per release: an ordered selection of media contacts from the shared directory and of "About …"
 * sections from the boilerplate library. The shared records themselves are edited in the directory window.
 */
public final class ReleaseLinksView extends VBox {
    private ListView<Contact> contactList;
    private ListView<Boilerplate> boilerplateList;

    public ReleaseLinksView(ReleaseEditorViewModel vm, ContactDirectoryViewModel contacts,
                            BoilerplateLibraryViewModel boilerplates, Button manage) {
        getStyleClass().add("links-pane");
        setSpacing(10);
        setPadding(new Insets(16));
        manage.setId("manageDirectory");

        Label contactsTitle = new Label(Messages.get("links.contacts"));
        contactsTitle.getStyleClass().add("section-title");
        VBox contactsBox = selection("Contact", vm.contacts, contacts.all(), Contact::name,
                c -> c.name() + (c.organization() == null ? "" : " · " + c.organization())
                        + (c.phones().isEmpty() ? "" : " · " + String.join(", ", c.phones()))
                        + (c.emails().isEmpty() ? "" : " · " + String.join(", ", c.emails())),
                vm::attachContact, vm::moveContact, vm::detachContact, "contacts", vm);

        Label bpTitle = new Label(Messages.get("links.boilerplates"));
        bpTitle.getStyleClass().add("section-title");
        VBox bpBox = selection("Boilerplate", vm.boilerplates, boilerplates.all(), Boilerplate::title,
                b -> b.title() + " — " + (b.body().isEmpty() ? "" : abbreviate(b.body().get(0), 80)),
                vm::attachBoilerplate, vm::moveBoilerplate, vm::detachBoilerplate, "boilerplates", vm);

        HBox top = new HBox(manage);
        top.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(top, contactsTitle, contactsBox, bpTitle, bpBox);
        VBox.setVgrow(contactsBox, Priority.ALWAYS);
        VBox.setVgrow(bpBox, Priority.ALWAYS);
    }

    @SuppressWarnings("unchecked")
    private void remember(String kind, ListView<?> list) {
        if ("Contact".equals(kind)) {
            contactList = (ListView<Contact>) list;
        } else {
            boilerplateList = (ListView<Boilerplate>) list;
        }
    }

    private <T> VBox selection(String kind, ObservableList<T> chosen, ObservableList<T> library,
                               Function<T, String> shortName, Function<T, String> longName, Consumer<T> attach,
                               BiConsumer<Integer, Integer> move, IntConsumer detach, String field,
                               ReleaseEditorViewModel vm) {
        String lower = kind.toLowerCase();
        ComboBox<T> picker = Ui.named(new ComboBox<>(library), lower + "Picker", "links.pick" + kind);
        picker.setPromptText(Messages.get("links.pick" + kind));
        picker.setConverter(Ui.shownAs(shortName));
        picker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(picker, Priority.ALWAYS);
        Button attachButton = Ui.button("attach" + kind, "action.attach", null, () -> {
            T t = picker.getValue();
            if (t != null) {
                attach.accept(t);
                picker.setValue(null);
            }
        });
        ListView<T> list = Ui.named(new ListView<>(chosen), "release" + kind + "s", "links.release" + kind + "s");
        remember(kind, list);
        list.setPlaceholder(new Label(Messages.get("links.none")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // as wide as the list: long entries wrap instead of scrolling sideways
            }

            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : (getIndex() + 1) + ".  " + longName.apply(t));
                setAccessibleText(getText());
            }
        });
        list.setPrefHeight(160);
        Button up = Ui.button(lower + "Up", "action.moveUp", null, () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i > 0) {
                move.accept(i, i - 1);
                list.getSelectionModel().select(i - 1);
            }
        });
        Button down = Ui.button(lower + "Down", "action.moveDown", null, () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i < chosen.size() - 1) {
                move.accept(i, i + 1);
                list.getSelectionModel().select(i + 1);
            }
        });
        Button remove = Ui.button("detach" + kind, "action.detach", null, () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                detach.accept(i);
            }
        });
        // each problem names its contact or section (Media contact 2 (Maggie Chan), email 1: …)
        Label problems = new Label();
        problems.setId(lower + "Problems");
        problems.setWrapText(true);
        problems.getStyleClass().addAll("field-message", "incomplete");
        Runnable showProblems = () -> {
            String text = vm.problemsFor(field).stream()
                    .map(p -> ProblemTexts.sentence(p.problem(), vm.problemContext())).distinct()
                    .collect(java.util.stream.Collectors.joining("\n"));
            problems.setText(text);
            problems.setVisible(!text.isEmpty());
            problems.setManaged(!text.isEmpty());
        };
        vm.problems().addListener((ListChangeListener<FormProblem>) c -> showProblems.run());
        showProblems.run();
        for (Button b : new Button[]{attachButton, up, down, remove}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox pick = new HBox(8, picker, attachButton);
        HBox buttons = new HBox(8, up, down, remove);
        VBox box = new VBox(8, pick, list, problems, buttons);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** Selects contact or section {@code index} ({@code kind} "contacts" or "boilerplates") and focuses its list. */
    public void reveal(String kind, int index) {
        ListView<?> list = "contacts".equals(kind) ? contactList : boilerplateList;
        if (list != null && index >= 0 && index < list.getItems().size()) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
            list.requestFocus();
        }
    }

    static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
