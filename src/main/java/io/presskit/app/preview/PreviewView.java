package io.presskit.app.preview;

import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The kit as it will print: page images, page navigation, zoom, and the engine's warnings beside them. */
public final class PreviewView extends VBox {

    public PreviewView(PreviewViewModel vm) {
        getStyleClass().add("preview-pane");
        setSpacing(8);
        setPadding(new Insets(12));

        Label title = new Label(Messages.get("preview.title"));
        title.getStyleClass().add("pane-title");
        Button prev = Ui.button("prevPage", "preview.previous", "Page_Up", vm::previousPage);
        Button next = Ui.button("nextPage", "preview.next", "Page_Down", vm::nextPage);
        prev.setText("‹");
        next.setText("›");
        Label page = Ui.named(new Label(), "pageLabel", "preview.pageLabel");
        page.textProperty().bind(vm.pageLabelProperty());
        page.setMinWidth(70);
        page.setAlignment(Pos.CENTER);
        Button out = Ui.button("zoomOut", "preview.zoomOut", "Shortcut+Minus", vm::zoomOut);
        Button in = Ui.button("zoomIn", "preview.zoomIn", "Shortcut+Plus", vm::zoomIn);
        out.setText("−");
        in.setText("+");
        Label zoom = Ui.named(new Label(vm.zoomText()), "zoomLabel", "preview.zoom");
        vm.zoom.addListener((o, a, b) -> zoom.setText(vm.zoomText()));
        ComboBox<KitEngine.Paper> paper = Ui.named(new ComboBox<>(), "paperSize", "preview.paper");
        paper.getItems().addAll(KitEngine.Paper.values());
        paper.valueProperty().bindBidirectional(vm.paper);
        for (Button b : new Button[]{prev, next, out, in}) {
            b.getStyleClass().addAll("small", "icon-button");
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.renderingProperty());
        HBox bar = new HBox(6, title, grow, busy, prev, page, next, out, zoom, in, paper);
        bar.setAlignment(Pos.CENTER_LEFT);

        ImageView image = Ui.named(new ImageView(), "previewImage", "preview.image");
        image.imageProperty().bind(vm.currentPageProperty());
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> image.getImage() == null ? 0 : image.getImage().getWidth() * vm.zoom.get() / 110 * 96,
                image.imageProperty(), vm.zoom));
        StackPane paperFrame = new StackPane(image);
        paperFrame.getStyleClass().add("page-frame");
        paperFrame.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(paperFrame);
        centre.getStyleClass().add("page-desk");
        centre.setPadding(new Insets(16));
        Label status = Ui.named(new Label(), "previewStatus", "preview.status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        status.setMaxWidth(320);
        centre.getChildren().add(status);
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label warningsTitle = new Label(Messages.get("preview.warnings"));
        warningsTitle.getStyleClass().add("section-title");
        ListView<String> warnings = Ui.named(new ListView<>(vm.warnings()), "warningsList", "preview.warnings");
        warnings.setPlaceholder(new Label(Messages.get("preview.noWarnings")));
        warnings.setPrefHeight(90);
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case PAGE_UP -> vm.previousPage();
                case PAGE_DOWN -> vm.nextPage();
                default -> { }
            }
        });
        getChildren().addAll(bar, scroll, warningsTitle, warnings);
    }
}
