package io.presskit.app.editor;

import io.presskit.app.TextRules;
import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.app.releases.ReleaseListView;
import io.presskit.app.settings.HouseDefaults;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.WorkflowStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form for every text field of a release. Each field shows its problems on a line under it; the words
 * name fields as this form does. Nothing here is content until the user types it: empty fields show what
 * belongs in them as prompt text.
 */
public final class ReleaseEditorView extends ScrollPane {
    /** The time zones offered for embargoes (any other IANA zone can be typed). */
    public static final List<String> ZONES = List.of("Asia/Hong_Kong", "Asia/Taipei", "Asia/Shanghai", "Asia/Singapore",
            "Asia/Tokyo", "Europe/London", "Europe/Paris", "Europe/Berlin", "America/New_York", "America/Chicago",
            "America/Los_Angeles", "Australia/Sydney", "UTC");

    private final ReleaseEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private final VBox highlightRows = new VBox(6);
    private final Map<String, Node> fields = new HashMap<>();
    private final Button addHighlight;
    private int row;
    private int statusRow = -1;

    public ReleaseEditorView(ReleaseEditorViewModel vm) {
        this.vm = vm;
        setFitToWidth(true);
        getStyleClass().add("editor-scroll");
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(200);
        grid.getColumnConstraints().addAll(labels, values);

        section("editor.section.release");
        ComboBox<String> language = Ui.named(new ComboBox<>(), "languageField", "field.language");
        language.setEditable(true);
        language.getItems().addAll(LanguageNames.OFFERED);
        language.setConverter(new LanguageConverter());
        language.setValue(vm.language.get());
        language.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.language.get())) {
                vm.language.set(b);
            }
        });
        vm.language.addListener((o, a, b) -> {
            if (!b.equals(language.getValue())) {
                language.setValue(b);
            }
        });
        language.setMaxWidth(Double.MAX_VALUE);
        field("field.language", language, "language");
        TextField label = text("labelField", "field.label", vm.label);
        vm.language.addListener((o, a, b) -> label.setPromptText(ReleaseLanguage.of(b).defaultLabel()));
        label.setPromptText(vm.releaseLanguage().defaultLabel());
        field("field.label", label, "label");
        TextField issuer = text("issuerField", "field.issuer", vm.issuer);
        issuer.setPromptText(Messages.get("field.issuer.prompt"));
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

        DateField embargoDate = new DateField("embargoDate", "field.embargoDate", vm.embargoDate);
        TextField embargoTime = text("embargoTime", "field.embargoTime", vm.embargoTime);
        embargoTime.setPrefColumnCount(5);
        embargoTime.setMinWidth(64);
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
        zone.setPrefWidth(180);
        zone.setMinWidth(120);
        Label utc = Ui.named(new Label(), "embargoUtc", "field.embargoUtc");
        utc.getStyleClass().add("hint");
        utc.textProperty().bind(vm.embargoUtcProperty().map(s -> s.isEmpty() ? "" : "= " + s));
        utc.setMinWidth(Region.USE_PREF_SIZE);
        HBox embargoBox = new HBox(8, embargoDate, embargoTime, zone, utc);
        embargoBox.setAlignment(Pos.CENTER_LEFT);
        embargoBox.disableProperty().bind(vm.embargoed.not());
        fields.put("release.until", embargoDate.text());
        fields.put("release.until.time", embargoTime);
        fields.put("release.until.zone", zone);
        addRow(Ui.label("field.embargo", embargoDate.text()), under(embargoBox, "embargoMessage", "release.until"));

        ComboBox<WorkflowStatus> status = Ui.named(new ComboBox<>(), "workflowStatus", "field.status");
        status.getItems().addAll(WorkflowStatus.values());
        status.setConverter(Ui.shownAs(ReleaseListView::statusName));
        status.setValue(vm.statusProperty().get());
        vm.statusProperty().addListener((o, a, b) -> status.setValue(b));
        status.setOnAction(e -> {
            if (!vm.requestStatus(status.getValue())) {
                status.setValue(vm.statusProperty().get());
            }
        });
        addRow(Ui.label("field.status", status), status);
        statusRow = row - 1;
        Label lockedNote = Ui.named(new Label(Messages.get("editor.locked")), "lockedNote", "editor.locked");
        lockedNote.getStyleClass().add("locked-note");
        lockedNote.setWrapText(true);
        lockedNote.visibleProperty().bind(vm.lockedProperty());
        lockedNote.managedProperty().bind(lockedNote.visibleProperty());
        grid.add(lockedNote, 1, row++);

        section("editor.section.headline");
        TextArea headline = TextRules.paragraphs(area("headlineField", "field.headline", 2, vm.headline));
        headline.setPromptText(Messages.get("field.headline.prompt"));
        field("field.headline", withCounts(headline, "headlineCounts", vm.headlineCountsProperty()), "headline");
        fields.put("headline", headline);
        TextArea sub = TextRules.oneParagraph(area("subheadlineField", "field.subheadline", 2, vm.subheadline));
        sub.setPromptText(Messages.get("field.subheadline.prompt"));
        field("field.subheadline", withCounts(sub, "subheadlineCounts", vm.subheadlineCountsProperty()), "subheadline");
        fields.put("subheadline", sub);

        addHighlight = Ui.button("addHighlight", "action.addHighlight", null, () -> {
            vm.addHighlight();
            focusHighlight(vm.highlights.size() - 1);
        });
        addHighlight.getStyleClass().add("small");
        addHighlight.setMinWidth(Region.USE_PREF_SIZE);
        Label highlightsCounts = counts("highlightsCounts", vm.highlightsCountsProperty());
        HBox highlightsFoot = new HBox(12, addHighlight, highlightsCounts);
        highlightsFoot.setAlignment(Pos.CENTER_LEFT);
        VBox highlightsBox = new VBox(6, highlightRows, highlightsFoot);
        vm.highlights.addListener((ListChangeListener<String>) c -> syncHighlights());
        syncHighlights();
        fields.put("highlights", addHighlight);
        addRow(Ui.label("field.highlights", addHighlight), highlightsBox);

        section("editor.section.body");
        TextField place = text("datelinePlace", "field.datelinePlace", vm.datelinePlace);
        place.setPromptText(Messages.get("field.datelinePlace.prompt"));
        DateField date = new DateField("datelineDate", "field.datelineDate", vm.datelineDate);
        HBox datelineBox = new HBox(8, place, date);
        HBox.setHgrow(place, Priority.ALWAYS);
        fields.put("dateline.place", place);
        fields.put("dateline.date", date.text());
        fields.put("dateline", place);
        addRow(Ui.label("field.dateline", place), under(datelineBox, "datelineMessage", "dateline"));

        TextArea body = TextRules.paragraphs(area("bodyField", "field.body", 14, vm.body));
        body.setPromptText(Messages.get("field.body.prompt"));
        field("field.body", withCounts(body, "bodyCounts", vm.bodyCountsProperty()), "body");
        fields.put("body", body);

        section("editor.section.closing");
        ComboBox<String> endMark = Ui.named(new ComboBox<>(), "endMarkField", "field.endMark");
        endMark.setEditable(true);
        endMark.getItems().addAll(HouseDefaults.END_MARKS);
        TextRules.line(endMark.getEditor());
        endMark.getEditor().textProperty().bindBidirectional(vm.endMark);
        endMark.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.endMark.set(b);
            }
        });
        endMark.setPromptText(ReleaseLanguage.defaultEndMark());
        field("field.endMark", endMark, "endMark");
        fields.put("endMark", endMark.getEditor());
        TextField heading = text("contactsHeadingField", "field.contactsHeading", vm.contactsHeading);
        vm.language.addListener((o, a, b) -> heading.setPromptText(ReleaseLanguage.of(b).defaultContactsHeading()));
        heading.setPromptText(vm.releaseLanguage().defaultContactsHeading());
        field("field.contactsHeading", heading, "contactsHeading");

        fields.put("language", language.getEditor());
        fields.put("label", label);
        fields.put("issuer", issuer);
        fields.put("contactsHeading", heading);
        // an approved or issued release takes no edits (the library would refuse them): all but its status
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            if (r == null || (r != statusRow && n != lockedNote(grid))) {
                n.disableProperty().bind(vm.lockedProperty());
            }
        }
        setContent(grid);
    }

    private static Node lockedNote(GridPane grid) {
        return grid.lookup("#lockedNote");
    }

    /**
     * Shows and focuses the field a problem path points at ({@code highlights[2]}, {@code body[4]} puts the caret
     * at the start of that paragraph); false when the path is not on this form.
     */
    public boolean reveal(String path) {
        String p = path;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("highlights\\[(\\d+)].*").matcher(p);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < highlightRows.getChildren().size()) {
                focusHighlight(i);
                return true;
            }
            p = "highlights";
        }
        java.util.regex.Matcher b = java.util.regex.Pattern.compile("body\\[(\\d+)]").matcher(p);
        if (b.matches()) {
            TextArea body = (TextArea) fields.get("body");
            int caret = paragraphStart(body.getText(), Integer.parseInt(b.group(1)));
            show(body);
            body.positionCaret(caret);
            return true;
        }
        while (!p.isEmpty()) {
            Node n = fields.get(p);
            if (n != null) {
                show(n);
                return true;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return false;
    }

    private static int paragraphStart(String text, int paragraph) {
        int seen = -1;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank() && ++seen == paragraph) {
                return lineStart;
            }
            lineStart += line.length() + 1;
        }
        return text.length();
    }

    private void show(Node n) {
        Ui.scrollIntoView(this, n);
        n.requestFocus();
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
            TextArea t = highlightArea(i);
            if (!t.getText().equals(vm.highlights.get(i))) {
                t.setText(vm.highlights.get(i));
            }
        }
    }

    private TextArea highlightArea(int i) {
        VBox rowBox = (VBox) highlightRows.getChildren().get(i);
        return (TextArea) ((HBox) rowBox.getChildren().get(0)).getChildren().get(0);
    }

    private VBox highlightRow(int i) {
        TextArea t = TextRules.oneParagraph(Ui.named(new TextArea(), "highlight-" + i, "field.highlight"));
        t.setAccessibleText(Messages.format("problem.highlight", i + 1));
        t.setWrapText(true);
        t.setPrefRowCount(3);
        t.setText(vm.highlights.get(i));
        t.setPromptText(Messages.format("field.highlight.prompt", i + 1));
        t.textProperty().addListener((o, a, b) -> vm.setHighlight(i, b));
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
        HBox line = new HBox(6, t, up, down, remove);
        HBox.setHgrow(t, Priority.ALWAYS);
        line.setAlignment(Pos.TOP_LEFT);
        FieldMessage message = new FieldMessage("highlightMessage-" + i, () -> vm.problems().stream()
                .filter(p -> p.field().equals("highlights[" + i + "]")).toList(), vm.problems());
        return new VBox(2, line, message);
    }

    private void focusHighlight(int i) {
        if (i >= 0 && i < highlightRows.getChildren().size()) {
            show(highlightArea(i));
        }
    }

    private void section(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-title");
        grid.add(l, 0, row++, 2, 1);
        GridPane.setHalignment(l, HPos.LEFT);
    }

    /** A labelled field with its problem line under it. */
    private void field(String labelKey, Node control, String problemField) {
        Node target = control instanceof VBox v ? v.getChildren().get(0) : control;
        addRow(Ui.label(labelKey, target), under(control, problemField + "Message", problemField));
    }

    private VBox under(Node control, String id, String problemField) {
        FieldMessage message = new FieldMessage(id.replace('.', '-'), () -> vm.problemsFor(problemField), vm.problems());
        VBox box = new VBox(3, control, message);
        box.setFillWidth(true);
        return box;
    }

    private VBox withCounts(TextInputControl box, String id, javafx.beans.value.ObservableStringValue text) {
        return new VBox(2, box, counts(id, text));
    }

    private static Label counts(String id, javafx.beans.value.ObservableStringValue text) {
        Label counts = Ui.named(new Label(), id, "field.counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(text);
        return counts;
    }

    private void addRow(Node label, Node field) {
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setValignment(label, VPos.TOP);
        row++;
    }

    private static TextField text(String id, String key, javafx.beans.property.StringProperty value) {
        TextField t = TextRules.line(Ui.named(new TextField(), id, key));
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static TextArea area(String id, String key, int rows, javafx.beans.property.StringProperty value) {
        TextArea t = Ui.named(new TextArea(), id, key);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    /** Language tags shown by name; a typed tag (or name) is taken as it is. */
    private static final class LanguageConverter extends StringConverter<String> {
        private final Map<String, String> shown = new HashMap<>();

        @Override
        public String toString(String tag) {
            String name = LanguageNames.of(tag);
            shown.put(name, tag);
            return name;
        }

        @Override
        public String fromString(String text) {
            String s = text == null ? "" : text.strip();
            return shown.getOrDefault(s, LanguageNames.tagFor(s));
        }
    }
}
