package io.presskit.app.photos;

import io.presskit.app.TextRules;
import io.presskit.app.Ui;
import io.presskit.app.editor.FieldMessage;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.model.Photo;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The release's photos in print order: thumbnails with the number each prints with (圖一 / Photo 1),
 * a badge on photos too small for print, reorder by drag and drop (or the move buttons), caption,
 * credit and alt text of the selected photo, each with its problems under it. Photos arrive by file chooser
 * (the Add photos command) or by dropping files; removing one is undone like any edit.
 */
public final class PhotosView extends VBox {
    private static final DataFormat PHOTO_INDEX = new DataFormat("application/x-presskit-photo-index");
    private final ReleaseEditorViewModel vm;
    private final Background background;
    private final ListView<Photo> list = new ListView<>();
    private final Map<String, Image> thumbnails = new ConcurrentHashMap<>();
    private final TextArea caption = TextRules.oneParagraph(Ui.named(new TextArea(), "photoCaption", "field.caption"));
    private final TextField credit = TextRules.line(Ui.named(new TextField(), "photoCredit", "field.credit"));
    private final TextField altText = TextRules.line(Ui.named(new TextField(), "photoAlt", "field.altText"));
    private final Label messages = new Label();
    private Function<Window, List<File>> chooser = PhotosView::systemChooser;
    private int editing = -1;
    private boolean filling;

    /** {@code add} is the Add photos command's button (the same command as Library › Add photos…). */
    public PhotosView(ReleaseEditorViewModel vm, Background background, Button add) {
        this.vm = vm;
        this.background = background;
        getStyleClass().add("photos-pane");
        setSpacing(10);
        setPadding(new Insets(16));

        add.getStyleClass().add("accent");
        Button up = Ui.button("photoUp", "action.moveUp", "Alt+Up", () -> move(-1));
        Button down = Ui.button("photoDown", "action.moveDown", "Alt+Down", () -> move(1));
        Button remove = Ui.button("removePhoto", "action.removePhoto", "Delete", this::removeSelected);
        for (Button b : List.of(add, up, down, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label hint = new Label(Messages.get("photos.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        HBox buttons = new HBox(8, add, up, down, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, buttons, hint);
        hint.prefWidthProperty().bind(widthProperty().subtract(32));

        Ui.named(list, "photoList", "photos.list");
        list.setItems(vm.photos);
        list.setPlaceholder(new Label(Messages.get("photos.empty")));
        list.setCellFactory(v -> new PhotoCell());
        list.setPrefHeight(360);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.UP) {
                move(-1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                move(1);
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DELETE && !e.isShortcutDown()) {
                removeSelected();
                e.consume();
            }
        });
        // files dropped anywhere on the photos pane are added
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            if (db.hasFiles()) {
                addFiles(db.getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });

        caption.setWrapText(true);
        caption.setPrefRowCount(3);
        credit.setPromptText(Messages.get("field.credit.prompt"));
        altText.setPromptText(Messages.get("field.altText.prompt"));
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.getStyleClass().add("form");
        form.addRow(0, Ui.label("field.caption", caption), under(caption, "caption"));
        form.addRow(1, Ui.label("field.credit", credit), under(credit, "credit"));
        form.addRow(2, Ui.label("field.altText", altText), under(altText, "altText"));
        for (Node n : form.getChildren()) {
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        }
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!filling) {
                showSelected(b.intValue());
            }
        });
        caption.textProperty().addListener((o, a, b) -> textEdited());
        credit.textProperty().addListener((o, a, b) -> textEdited());
        altText.textProperty().addListener((o, a, b) -> textEdited());
        // the photo texts are replaced in the list: keep the same photo selected
        vm.photos.addListener((ListChangeListener<Photo>) c -> {
            if (editing >= 0 && editing < vm.photos.size() && list.getSelectionModel().getSelectedIndex() != editing) {
                filling = true;
                list.getSelectionModel().select(editing);
                filling = false;
            }
            if (editing >= vm.photos.size()) {
                showSelected(list.getSelectionModel().getSelectedIndex());
            } else if (editing >= 0 && !showsTextOf(vm.photos.get(editing))) {
                showSelected(editing); // undo or redo changed the texts of the photo being edited
            }
        });

        messages.getStyleClass().add("problem-text");
        messages.setWrapText(true);
        // the whole sentence, on as many lines as it needs: the list above gives up the room (it was cut to one line)
        messages.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        messages.setId("photoMessages");
        vm.photoMessages().addListener((ListChangeListener<String>) c -> messages.setText(String.join("\n", vm.photoMessages())));
        vm.language.addListener((o, a, b) -> {
            list.refresh(); // numbers follow the release language
            captionPrompt();
        });
        getChildren().addAll(bar, list, messages, form);
    }

    private VBox under(Control field, String part) {
        FieldMessage message = new FieldMessage("photo-" + part + "-message", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            return i < 0 ? List.of() : vm.problemsFor("photos[" + i + "]." + part);
        }, vm.problems(), list.getSelectionModel().selectedIndexProperty());
        return new VBox(2, field, message);
    }

    private void captionPrompt() {
        int i = list.getSelectionModel().getSelectedIndex();
        caption.setPromptText(i < 0 ? "" : Messages.format("field.caption.prompt", vm.photoNumber(i)));
    }

    private void removeSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            vm.removePhoto(i);
            if (!vm.photos.isEmpty()) {
                list.getSelectionModel().select(Math.min(i, vm.photos.size() - 1));
            }
        }
    }

    /** Selects photo {@code index} and focuses its caption, credit or alt text ({@code part}); for the problems list. */
    public void reveal(int index, String part) {
        if (index < 0 || index >= vm.photos.size()) {
            return;
        }
        list.getSelectionModel().select(index);
        list.scrollTo(index);
        switch (part == null ? "" : part) {
            case "credit" -> credit.requestFocus();
            case "altText" -> altText.requestFocus();
            case "caption" -> caption.requestFocus();
            default -> list.requestFocus();
        }
    }

    /** Adds image files (from the chooser or a drop), decoded in the background with progress. */
    public Background.Job<?> addFiles(List<File> files) {
        List<Path> paths = files.stream().filter(File::isFile).map(File::toPath).toList();
        return paths.isEmpty() ? null : vm.addPhotos(paths);
    }

    public ListView<Photo> list() {
        return list;
    }

    /** Opens the file chooser for the release in the editor (the Add photos command). */
    public void choose() {
        List<File> files = chooser.apply(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            addFiles(files);
        }
    }

    /** The system's file chooser for image files; a test gives its own (a headless screen has no file chooser). */
    public static List<File> systemChooser(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("action.addPhotos"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("photos.images"),
                "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp", "*.JPG", "*.JPEG", "*.PNG"));
        return chooser.showOpenMultipleDialog(owner);
    }

    public void setChooser(Function<Window, List<File>> chooser) {
        this.chooser = chooser;
    }

    private void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= vm.photos.size()) {
            return;
        }
        moveTo(i, j);
    }

    private void moveTo(int from, int to) {
        editing = -1;
        vm.movePhoto(from, to);
        list.getSelectionModel().select(to);
        list.scrollTo(to);
    }

    private void showSelected(int i) {
        editing = -1;
        filling = true;
        try {
            Photo p = i >= 0 && i < vm.photos.size() ? vm.photos.get(i) : null;
            caption.setText(p == null ? "" : p.caption());
            credit.setText(p == null || p.credit() == null ? "" : p.credit());
            altText.setText(p == null || p.altText() == null ? "" : p.altText());
        } finally {
            filling = false;
        }
        editing = i;
        captionPrompt();
    }

    private boolean showsTextOf(Photo p) {
        return caption.getText().equals(p.caption()) && credit.getText().equals(p.credit() == null ? "" : p.credit())
                && altText.getText().equals(p.altText() == null ? "" : p.altText());
    }

    private void textEdited() {
        if (filling || editing < 0 || editing >= vm.photos.size()) {
            return;
        }
        vm.setPhotoText(editing, caption.getText(), credit.getText(), altText.getText());
    }

    private Image thumbnail(String sha, Runnable whenLoaded) {
        Image cached = thumbnails.get(sha);
        if (cached != null) {
            return cached;
        }
        background.run(Messages.get("task.thumbnail"), p -> vm.thumbnailBytes(sha)
                .map(b -> new Image(new ByteArrayInputStream(b))).orElse(null), img -> {
            if (img != null) {
                thumbnails.put(sha, img);
                whenLoaded.run();
            }
        }, e -> { });
        return null;
    }

    /** One photo: thumbnail, print number, caption, size and a warning when too small to print well. */
    private final class PhotoCell extends ListCell<Photo> {
        private final ImageView image = new ImageView();
        private final Label number = new Label();
        private final Label text = new Label();
        private final Label size = new Label();
        private final Label badge = new Label(Messages.get("photos.tooSmall"));
        private final HBox box;

        PhotoCell() {
            image.setFitWidth(112);
            image.setFitHeight(84);
            image.setPreserveRatio(true);
            StackPane frame = new StackPane(image);
            frame.getStyleClass().add("thumb-frame");
            frame.setMinSize(120, 90);
            frame.setPrefSize(120, 90);
            number.getStyleClass().add("photo-number");
            text.setWrapText(true);
            text.getStyleClass().add("photo-caption");
            size.getStyleClass().add("hint");
            badge.getStyleClass().add("badge-warning");
            VBox info = new VBox(4, number, text, new HBox(8, size, badge));
            HBox.setHgrow(info, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            box = new HBox(12, frame, info);
            box.setAlignment(Pos.CENTER_LEFT);
            text.prefWidthProperty().bind(widthProperty().subtract(180));

            setOnDragDetected(e -> {
                if (isEmpty()) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(PHOTO_INDEX, getIndex());
                db.setContent(content);
                db.setDragView(image.snapshot(null, null));
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasContent(PHOTO_INDEX)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragEntered(e -> {
                if (e.getDragboard().hasContent(PHOTO_INDEX)) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnDragExited(e -> getStyleClass().remove("drop-target"));
            setOnDragDropped(e -> {
                Dragboard db = e.getDragboard();
                if (db.hasContent(PHOTO_INDEX)) {
                    int from = (Integer) db.getContent(PHOTO_INDEX);
                    int to = isEmpty() ? vm.photos.size() - 1 : getIndex();
                    moveTo(from, Math.min(to, vm.photos.size() - 1));
                    e.setDropCompleted(true);
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(Photo p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            int i = getIndex();
            number.setText(vm.photoNumber(i));
            boolean noCaption = p.caption().isBlank();
            text.setText(noCaption ? Messages.get("photos.noCaption") : p.caption());
            text.getStyleClass().remove("hint");
            if (noCaption) {
                text.getStyleClass().add("hint");
            }
            size.setText(p.displayWidth() + " × " + p.displayHeight() + " px");
            boolean small = ReleaseEditorViewModel.tooSmallForPrint(p);
            badge.setVisible(small);
            badge.setManaged(small);
            if (small) {
                badge.setTooltip(new javafx.scene.control.Tooltip(Messages.format("photos.tooSmall.detail",
                        p.displayWidth(), ReleaseEditorViewModel.MIN_PRINT_WIDTH_PX)));
            }
            String sha = p.sha256();
            image.setImage(thumbnail(sha, () -> {
                if (getItem() != null && sha.equals(getItem().sha256())) {
                    image.setImage(thumbnails.get(sha));
                }
            }));
            setGraphic(box);
            setText(null);
            setAccessibleText(vm.photoNumber(i) + ": " + p.caption() + (small ? ". " + Messages.get("photos.tooSmall") : ""));
        }
    }
}
