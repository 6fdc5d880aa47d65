package io.presskit.app.editor;

import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.model.Problem;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.WorkflowStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** The form for every text field of a release, with each problem shown beside its field. */
public final class ReleaseEditorView extends ScrollPane {
    static final List<String> LANGUAGES = List.of("zh-Hant-HK", "zh-Hant-TW", "en-US", "en-GB");
    static final List<String> ZONES = List.of("Asia/Hong_Kong", "Asia/Taipei", "Asia/Shanghai", "Asia/Singapore",
            "Asia/Tokyo", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York", "America/Chicago",
            "America/Los_Angeles", "Australia/Sydney", "UTC");

    private final ReleaseEditorViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private final VBox highlightRows = new VBox(6);
    private int row;

    public ReleaseEditorView(ReleaseEditorViewModel vm) {
        this.vm = vm;
        setFitToWidth(true);
        getStyleClass().add("editor-scroll");
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        validation.setErrorDecorationEnabled(true);

        section("editor.section.release");
        ComboBox<String> language = Ui.named(new ComboBox<>(), "languageField", "field.language");
        language.setEditable(true);
        language.getItems().addAll(LANGUAGES);
        language.getEditor().textProperty().bindBidirectional(vm.language);
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.language.get())) {
                vm.language.set(b);
            }
        });
        TextField label = text("labelField", "field.label");
        label.textProperty().bindBidirectional(vm.label);
        vm.language.addListener((o, a, b) -> label.setPromptText(ReleaseLanguage.of(b).defaultLabel()));
        field("field.language", language, "language");
        field("field.label", label, "label");
        TextField issuer = text("issuerField", "field.issuer");
        issuer.textProperty().bindBidirectional(vm.issuer);
        field("field.issuer", issuer, "issuer");

        ToggleGroup timing = new ToggleGroup();
        RadioButton immediate = Ui.named(new RadioButton(Messages.get("field.timing.immediate")), "timingImmediate", "field.timing.immediate");
        RadioButton embargoed = Ui.named(new RadioButton(Messages.get("field.timing.embargoed")), "timingEmbargoed", "field.timing.embargoed");
        immediate.setToggleGroup(timing);
        embargoed.setToggleGroup(timing);
        immediate.setSelected(!vm.embargoed.get());
        embargoed.selectedProperty().bindBidirectional(vm.embargoed);
        vm.embargoed.addListener((o, a, b) -> immediate.setSelected(!b));
        HBox timingBox = new HBox(16, immediate, embargoed);
        timingBox.setAlignment(Pos.CENTER_LEFT);
        addRow(Ui.label("field.timing", immediate), timingBox);

        DatePicker embargoDate = Ui.named(new DatePicker(), "embargoDate", "field.embargoDate");
        embargoDate.valueProperty().bindBidirectional(vm.embargoDate);
        embargoDate.setPrefWidth(150);
        TextField embargoTime = Ui.named(new TextField(), "embargoTime", "field.embargoTime");
        embargoTime.textProperty().bindBidirectional(vm.embargoTime);
        embargoTime.setPrefColumnCount(5);
        embargoTime.setPromptText("09:00");
        ComboBox<String> zone = Ui.named(new ComboBox<>(), "embargoZone", "field.embargoZone");
        zone.setEditable(true);
        zone.getItems().addAll(ZONES);
        if (!ZONES.contains(ZoneId.systemDefault().getId())) {
            zone.getItems().add(0, ZoneId.systemDefault().getId());
        }
        zone.getEditor().textProperty().bindBidirectional(vm.embargoZone);
        zone.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.embargoZone.set(b);
            }
        });
        zone.setPrefWidth(190);
        Label utc = Ui.named(new Label(), "embargoUtc", "field.embargoUtc");
        utc.getStyleClass().add("hint");
        utc.textProperty().bind(vm.embargoUtcProperty().map(s -> s.isEmpty() ? "" : "= " + s));
        HBox embargoBox = new HBox(8, embargoDate, embargoTime, zone, utc);
        embargoBox.setAlignment(Pos.CENTER_LEFT);
        embargoBox.disableProperty().bind(vm.embargoed.not());
        addRow(Ui.label("field.embargo", embargoDate), embargoBox);
        Ui.validate(validation, embargoDate, () -> vm.problemsFor("release.until").stream()
                .filter(p -> p.field().equals("release.until")).toList());
        Ui.validate(validation, embargoTime, () -> vm.problemsFor("release.until.time"));
        Ui.validate(validation, zone, () -> vm.problemsFor("release.until.zone"));

        ComboBox<WorkflowStatus> status = Ui.named(new ComboBox<>(), "workflowStatus", "field.status");
        status.getItems().addAll(WorkflowStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkflowStatus s) {
                return s == null ? "" : ReleaseListView.statusName(s);
            }

            @Override
            public WorkflowStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(vm.status);
        addRow(Ui.label("field.status", status), status);

        section("editor.section.headline");
        TextArea headline = area("headlineField", "field.headline", 2);
        headline.textProperty().bindBidirectional(vm.headline);
        field("field.headline", headline, "headline");
        TextArea sub = area("subheadlineField", "field.subheadline", 2);
        sub.textProperty().bindBidirectional(vm.subheadline);
        field("field.subheadline", sub, "subheadline");

        Button addHighlight = Ui.button("addHighlight", "action.addHighlight", null, () -> {
            vm.addHighlight();
            focusHighlight(vm.highlights.size() - 1);
        });
        addHighlight.getStyleClass().add("small");
        VBox highlightsBox = new VBox(6, highlightRows, addHighlight);
        vm.highlights.addListener((ListChangeListener<String>) c -> syncHighlights());
        syncHighlights();
        addRow(Ui.label("field.highlights", addHighlight), highlightsBox);

        section("editor.section.body");
        TextField place = text("datelinePlace", "field.datelinePlace");
        place.textProperty().bindBidirectional(vm.datelinePlace);
        DatePicker date = Ui.named(new DatePicker(), "datelineDate", "field.datelineDate");
        date.valueProperty().bindBidirectional(vm.datelineDate);
        date.setPrefWidth(160);
        HBox datelineBox = new HBox(8, place, date);
        HBox.setHgrow(place, Priority.ALWAYS);
        addRow(Ui.label("field.dateline", place), datelineBox);
        Ui.validate(validation, place, () -> vm.problemsFor("dateline.place"));
        Ui.validate(validation, date, () -> vm.problemsFor("dateline.date"));

        TextArea body = area("bodyField", "field.body", 14);
        body.setPromptText(Messages.get("field.body.prompt"));
        body.textProperty().bindBidirectional(vm.body);
        field("field.body", body, "body");
        Label counts = Ui.named(new Label(), "counts", "field.counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(vm.countsProperty());
        addRow(new Label(), counts);

        section("editor.section.closing");
        TextField endMark = text("endMarkField", "field.endMark");
        endMark.setPromptText(ReleaseLanguage.defaultEndMark());
        endMark.textProperty().bindBidirectional(vm.endMark);
        field("field.endMark", endMark, "endMark");
        TextField heading = text("contactsHeadingField", "field.contactsHeading");
        heading.textProperty().bindBidirectional(vm.contactsHeading);
        vm.language.addListener((o, a, b) -> heading.setPromptText(ReleaseLanguage.of(b).defaultContactsHeading()));
        field("field.contactsHeading", heading, "contactsHeading");

        vm.problems().addListener((ListChangeListener<Problem>) c -> validation.revalidate());
        setContent(grid);
    }

    public ValidationSupport validation() {
        return validation;
    }

    private void syncHighlights() {
        int n = vm.highlights.size();
        while (highlightRows.getChildren().size() > n) {
            highlightRows.getChildren().remove(highlightRows.getChildren().size() - 1);
        }
        while (highlightRows.getChildren().size() < n) {
            highlightRows.getChildren().add(highlightRow(highlightRows.getChildren().size()));
        }
        for (int i = 0; i < n; i++) {
            TextArea t = (TextArea) ((HBox) highlightRows.getChildren().get(i)).getChildren().get(0);
            if (!t.getText().equals(vm.highlights.get(i))) {
                t.setText(vm.highlights.get(i));
            }
        }
        validation.revalidate();
    }

    private HBox highlightRow(int i) {
        TextArea t = area("highlight-" + i, "field.highlight", 3);
        t.setText(vm.highlights.get(i));
        t.textProperty().addListener((o, a, b) -> {
            if (i < vm.highlights.size() && !b.equals(vm.highlights.get(i))) {
                vm.highlights.set(i, b);
            }
        });
        Ui.validate(validation, t, () -> vm.problemsFor("highlights[" + i + "]"));
        Button up = Ui.button("highlightUp-" + i, "action.moveUp", null, () -> {
            vm.moveHighlight(i, i - 1);
            focusHighlight(i - 1);
        });
        Button down = Ui.button("highlightDown-" + i, "action.moveDown", null, () -> {
            vm.moveHighlight(i, i + 1);
            focusHighlight(i + 1);
        });
        Button remove = Ui.button("highlightRemove-" + i, "action.remove", null, () -> vm.removeHighlight(i));
        for (Button b : List.of(up, down, remove)) {
            b.getStyleClass().addAll("small", "icon-button");
        }
        up.setText("↑");
        down.setText("↓");
        remove.setText("✕");
        HBox row = new HBox(6, t, up, down, remove);
        HBox.setHgrow(t, Priority.ALWAYS);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void focusHighlight(int i) {
        if (i >= 0 && i < highlightRows.getChildren().size()) {
            ((HBox) highlightRows.getChildren().get(i)).getChildren().get(0).requestFocus();
        }
    }

    private void section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        grid.add(l, 0, row++, 2, 1);
        GridPane.setHalignment(l, HPos.LEFT);
    }

    private void field(String labelKey, Control control, String problemField) {
        addRow(Ui.label(labelKey, control), control);
        Supplier<List<Problem>> problems = () -> vm.problemsFor(problemField);
        Ui.validate(validation, control, problems);
    }

    private void addRow(Node label, Node field) {
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        row++;
    }

    private static TextField text(String id, String key) {
        return Ui.named(new TextField(), id, key);
    }

    private static TextArea area(String id, String key, int rows) {
        TextArea t = Ui.named(new TextArea(), id, key);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        return t;
    }
}
