package io.presskit.app.releases;

import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The release list with its search field and filters. */
public final class ReleaseListView extends VBox {
    private final DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Messages.locale()).withZone(ZoneId.systemDefault());
    private final ListView<ReleaseSummary> list = new ListView<>();
    private final ReleaseListViewModel vm;
    private boolean syncing;

    public ReleaseListView(ReleaseListViewModel vm) {
        this.vm = vm;
        getStyleClass().add("release-list-pane");
        setSpacing(8);
        setPadding(new Insets(12));

        TextField search = Ui.named(new TextField(), "searchField", "list.search");
        search.setPromptText(Messages.get("list.search.prompt"));
        search.textProperty().bindBidirectional(vm.query);

        ComboBox<WorkflowStatus> status = Ui.named(new ComboBox<>(), "statusFilter", "list.status");
        status.getItems().add(null);
        status.getItems().addAll(WorkflowStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkflowStatus s) {
                return s == null ? Messages.get("list.allStatuses") : statusName(s);
            }

            @Override
            public WorkflowStatus fromString(String s) {
                return null;
            }
        });
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(WorkflowStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? Messages.get("list.allStatuses") : statusName(s));
            }
        });
        status.valueProperty().bindBidirectional(vm.statusFilter);
        status.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> language = Ui.named(new ComboBox<>(), "languageFilter", "list.language");
        language.getItems().add("");
        vm.languages().addListener((ListChangeListener<String>) c -> {
            String keep = language.getValue();
            language.getItems().setAll("");
            language.getItems().addAll(vm.languages());
            language.setValue(keep);
        });
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.get("list.allLanguages") : LanguageNames.of(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.valueProperty().bindBidirectional(vm.languageFilter);
        language.setMaxWidth(Double.MAX_VALUE);
        // the box shows its choice from the first frame, "All languages" included (a null value shows nothing)
        language.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(language.getConverter().toString(s));
            }
        });

        // one under the other: each keeps its whole words ("All statuses") however narrow the list is
        VBox filters = new VBox(6, status, language);

        Ui.named(list, "releaseList", "list.releases");
        list.setItems(vm.releases());
        list.setPlaceholder(new Label(Messages.get("list.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: long headlines wrap instead of scrolling sideways
            }

            @Override
            protected void updateItem(ReleaseSummary r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                boolean untitled = r.headlineFirstLine().isEmpty();
                Label title = new Label(untitled ? Messages.get("list.noHeadline") : r.headlineFirstLine());
                title.getStyleClass().add(untitled ? "release-untitled" : "release-title");
                title.setWrapText(true);
                // wrapped at the list's width, so that the cell is as tall as its lines (never "…")
                title.prefWidthProperty().bind(list.widthProperty().subtract(40));
                title.maxWidthProperty().bind(title.prefWidthProperty());
                Label badge = new Label(statusName(r.status()));
                badge.getStyleClass().addAll("status-badge", "status-" + r.status().key());
                List<String> languages = vm.languagesOf(r);
                String shownLanguages = languages.size() < 2 ? LanguageNames.of(r.language())
                        : String.join(" / ", languages.stream()
                                .map(t -> io.presskit.app.versions.VersionsViewModel.shortName(t, languages)).toList());
                Label meta = new Label(shownLanguages + " · " + when.format(r.updatedAt()));
                meta.setId("releaseLanguages-" + r.id());
                meta.getStyleClass().add("release-meta");
                badge.setMinWidth(Region.USE_PREF_SIZE);
                meta.setMinWidth(0);
                meta.setWrapText(true);
                meta.prefWidthProperty().bind(list.widthProperty().subtract(badge.widthProperty()).subtract(52));
                HBox line = new HBox(6, badge, meta);
                line.setMinWidth(0);
                VBox box = new VBox(3, title, line);
                box.setMinWidth(0);
                box.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(box);
                setText(null);
                setAccessibleText(r.headlineFirstLine() + ", " + statusName(r.status()) + ", "
                        + String.join(", ", languages.stream().map(LanguageNames::of).toList()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        vm.familiesReadProperty().addListener((o, a, b) -> list.refresh());

        // selection follows the view model both ways, by id, so refreshes do not lose it
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!syncing && r != null) {
                vm.selectedId.set(r.id());
            }
        });
        vm.selectedId.addListener((o, a, id) -> selectId(id));
        vm.releases().addListener((ListChangeListener<ReleaseSummary>) c -> selectId(vm.selectedId.get()));

        Label header = new Label(Messages.get("list.title"));
        header.getStyleClass().add("pane-title");
        getChildren().addAll(header, search, filters, list);
    }

    private void selectId(Long id) {
        syncing = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (vm.covers(list.getItems().get(i), id)) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    public ListView<ReleaseSummary> list() {
        return list;
    }

    public static String statusName(WorkflowStatus s) {
        return Messages.get("status." + s.key());
    }
}
