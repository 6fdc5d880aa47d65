package io.presskit.app.preview;

import io.presskit.app.Ui;
import io.presskit.app.actions.ActionFactory;
import io.presskit.app.actions.Command;
import io.presskit.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The kit as it will print: page images, page navigation, zoom, and the engine's warnings below them. The
 * page fits the pane's width until the user zooms; while a new rendering is made the last one stays in view
 * and a small spinner turns in the toolbar.
 */
public final class PreviewView extends VBox {
    private static final double DESK_PADDING = 16;

    public PreviewView(PreviewViewModel vm, ActionFactory actions) {
        getStyleClass().add("preview-pane");
        setSpacing(8);
        setPadding(new Insets(12));
        setMinWidth(0);

        Label title = new Label(Messages.get("preview.title"));
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button prev = actions.button(Command.PREVIOUS_PAGE, "‹");
        Button next = actions.button(Command.NEXT_PAGE, "›");
        Label page = Ui.named(new Label(), "pageLabel", "preview.pageLabel");
        page.textProperty().bind(Bindings.createStringBinding(vm::pageLabel, vm.shownPageProperty(), vm.pageCountProperty()));
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.setAlignment(Pos.CENTER);
        Button out = actions.button(Command.ZOOM_OUT, "−");
        Button in = actions.button(Command.ZOOM_IN, "+");
        Button fit = actions.button(Command.FIT_WIDTH, "↔");
        Label zoom = Ui.named(new Label(), "zoomLabel", "preview.zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(vm::zoomText, vm.zoom));
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<KitEngine.Paper> paper = Ui.named(new ComboBox<>(), "paperSize", "preview.paper");
        paper.getItems().addAll(KitEngine.Paper.values());
        paper.setButtonCell(new PaperCell());
        paper.setCellFactory(l -> new PaperCell());
        paper.valueProperty().bindBidirectional(vm.paper);
        paper.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[]{prev, next, out, in, fit}) {
            b.getStyleClass().addAll("small", "icon-button");
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("previewBusy");
        busy.setPrefSize(18, 18);
        busy.setMinSize(18, 18);
        busy.visibleProperty().bind(vm.renderingProperty());
        HBox bar = new HBox(6, title, grow, busy, prev, page, next, out, zoom, in, fit, paper);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);

        Label status = Ui.named(new Label(), "previewStatus", "preview.status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("problem-text");
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        ImageView image = Ui.named(new ImageView(), "previewImage", "preview.image");
        image.imageProperty().bind(vm.currentPageProperty());
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane paperFrame = new StackPane(image);
        paperFrame.getStyleClass().add("page-frame");
        paperFrame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(paperFrame);
        centre.getStyleClass().add("page-desk");
        centre.setPadding(new Insets(DESK_PADDING));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setId("previewScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // at 100 % a page is as wide on screen as on paper (96 px an inch); fitting, as wide as the pane
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            if (image.getImage() == null) {
                return 0.0;
            }
            if (vm.fitWidth.get()) {
                return Math.max(80, scroll.getViewportBounds().getWidth() - 2 * DESK_PADDING - 4);
            }
            return image.getImage().getWidth() * vm.zoom.get() / 110 * 96;
        }, image.imageProperty(), vm.zoom, vm.fitWidth, scroll.viewportBoundsProperty()));
        // the zoom shown while fitting is the one in effect
        image.fitWidthProperty().addListener((o, a, w) -> {
            if (vm.fitWidth.get() && image.getImage() != null && w.doubleValue() > 0) {
                vm.zoom.set(w.doubleValue() / (image.getImage().getWidth() / 110 * 96));
            }
        });

        Label warningsTitle = new Label(Messages.get("preview.warnings"));
        warningsTitle.getStyleClass().add("section-title");
        ListView<String> warnings = Ui.named(new ListView<>(vm.warnings()), "warningsList", "preview.warnings");
        warnings.setPlaceholder(new Label(Messages.get("preview.noWarnings")));
        warnings.setPrefHeight(90);
        warnings.setMinHeight(60);
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PAGE_UP -> vm.previousPage();
                case PAGE_DOWN -> vm.nextPage();
                default -> { }
            }
        });
        getChildren().addAll(bar, status, scroll, warningsTitle, warnings);
    }

    /** Paper sizes by the names people use (A4, US Letter). */
    private static final class PaperCell extends ListCell<KitEngine.Paper> {
        @Override
        protected void updateItem(KitEngine.Paper p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : Messages.get("paper." + p.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
