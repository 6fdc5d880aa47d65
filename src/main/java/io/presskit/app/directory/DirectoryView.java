package io.presskit.app.directory;

import io.presskit.app.TextRules;
import io.presskit.app.Ui;
import io.presskit.app.editor.FieldMessage;
import io.presskit.app.i18n.Messages;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.ReleaseSummary;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The shared records: the media-contact directory and the boilerplate library. Each record saves itself
 * when valid; "Used in" lists the releases a change reaches.
 */
public final class DirectoryView extends TabPane {

    public DirectoryView(ContactDirectoryViewModel contacts, BoilerplateLibraryViewModel boilerplates) {
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("directoryTabs");

        TextField org = TextRules.line(Ui.named(new TextField(), "contactOrg", "field.organization"));
        org.textProperty().bindBidirectional(contacts.organization);
        TextField name = TextRules.line(Ui.named(new TextField(), "contactName", "field.name"));
        name.textProperty().bindBidirectional(contacts.name);
        TextArea phones = lines("contactPhones", "field.phones", contacts.phones);
        TextArea emails = lines("contactEmails", "field.emails", contacts.emails);
        GridPane contactForm = form(contacts, new String[]{"field.organization", "field.name", "field.phones", "field.emails"},
                new String[]{"organization", "name", "phones", "emails"}, new TextInputControl[]{org, name, phones, emails});
        Tab contactTab = new Tab(Messages.get("directory.contacts"), pane("contact", contacts, c -> c.name()
                + (c.organization() == null ? "" : "\n" + c.organization()), contactForm, name));
        contactTab.setId("contactsTab");

        TextField title = TextRules.line(Ui.named(new TextField(), "boilerplateTitle", "field.title"));
        title.textProperty().bindBidirectional(boilerplates.title);
        TextArea body = lines("boilerplateBody", "field.boilerplateBody", boilerplates.body);
        body.setPromptText(Messages.get("field.paragraphs.prompt"));
        body.setPrefRowCount(10);
        GridPane bpForm = form(boilerplates, new String[]{"field.title", "field.boilerplateBody"},
                new String[]{"title", "body"}, new TextInputControl[]{title, body});
        Tab bpTab = new Tab(Messages.get("directory.boilerplates"), pane("boilerplate", boilerplates, Boilerplate::title,
                bpForm, title));
        bpTab.setId("boilerplatesTab");
        getTabs().addAll(contactTab, bpTab);
    }

    private static TextArea lines(String id, String key, StringProperty p) {
        TextArea t = TextRules.paragraphs(Ui.named(new TextArea(), id, key));
        t.setPrefRowCount(3);
        t.setWrapText(true);
        t.setPromptText(Messages.get("field.onePerLine"));
        t.textProperty().bindBidirectional(p);
        return t;
    }

    /** Labelled fields, each with its problems on a line under it (a bad email is kept as typed and marked). */
    private static GridPane form(SharedRecordsViewModel<?> vm, String[] keys, String[] paths, TextInputControl[] fields) {
        GridPane g = new GridPane();
        g.getStyleClass().add("form");
        g.setHgap(12);
        g.setVgap(10);
        for (int i = 0; i < keys.length; i++) {
            String path = paths[i];
            FieldMessage message = new FieldMessage(fields[i].getId() + "Message", () -> vm.problemsFor(path), vm.problems());
            VBox cell = new VBox(2, fields[i], message);
            Label label = Ui.label(keys[i], fields[i]);
            g.addRow(i, label, cell);
            GridPane.setValignment(label, javafx.geometry.VPos.TOP);
            GridPane.setHgrow(cell, Priority.ALWAYS);
        }
        return g;
    }

    private static <T> Node pane(String kind, SharedRecordsViewModel<T> vm, Function<T, String> text, GridPane form,
                                 Node firstField) {
        TextField search = Ui.named(new TextField(), kind + "Search", "directory.search");
        search.setPromptText(Messages.get("directory.search"));
        search.textProperty().bindBidirectional(vm.search);
        ListView<T> list = Ui.named(new ListView<>(vm.shown()), kind + "Directory", "directory." + kind + "s");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : (vm.incomplete(t) ? "⚠ " : "") + text.apply(t));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selected.get()) {
                vm.selected.set(b);
            }
        });
        vm.selected.addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        Button add = Ui.button("new" + cap(kind), "action.new" + cap(kind), null, () -> {
            vm.startNew();
            firstField.requestFocus();
        });
        Button delete = Ui.button("delete" + cap(kind), "action.delete", null, vm::deleteSelected);
        delete.disableProperty().bind(vm.selected.isNull());
        VBox left = new VBox(8, search, list, new HBox(8, add, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(220);

        Label usedTitle = new Label(Messages.get("directory.usedIn"));
        usedTitle.getStyleClass().add("section-title");
        ListView<ReleaseSummary> used = Ui.named(new ListView<>(vm.usedIn()), kind + "UsedIn", "directory.usedIn");
        used.setPlaceholder(new Label(Messages.get("directory.usedInNone")));
        used.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReleaseSummary r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.headlineFirstLine());
            }
        });
        used.setPrefHeight(120);
        Label note = new Label(Messages.get("directory.sharedNote"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        Label message = new Label();
        message.getStyleClass().add("problem-text");
        message.textProperty().bind(vm.messageProperty());
        VBox right = new VBox(10, form, note, usedTitle, used, message);
        right.setPadding(new Insets(12));
        VBox.setVgrow(used, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.35);
        return split;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The contact directory as the app's entries list them (for tests). */
    static String describe(Contact c) {
        return c.name();
    }
}
