package io.presskit.app.content;

import io.presskit.app.Dialogs;
import io.presskit.app.Ui;
import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.document.Assembly;
import io.presskit.document.DocumentException;
import io.presskit.document.DocumentImporter;
import io.presskit.document.IncomingPhoto;
import io.presskit.document.Piece;
import io.presskit.document.PieceRole;
import io.presskit.document.Recognition;
import io.presskit.model.Contact;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The import preview: every piece of the document in order with what it was recognised as (a choice per piece;
 * pieces no rule placed are marked), the release those pieces make (rebuilt after each correction), the photos
 * (the document's own, or a folder chosen here), and what the import could not place. Nothing is stored here:
 * Import hands the assembly to the caller, Cancel drops it.
 */
final class ImportPreview {
    /** Where the preview starts: the recognised document, its own photos decoded, the directory's contacts. */
    record Start(Recognition recognition, List<IncomingPhoto> photos, List<Contact> directory) {
    }

    private final Background background;
    private final Choosers choosers;
    private final List<Contact> directory;
    private final List<IncomingPhoto> documentPhotos;
    private Recognition recognition;
    private List<IncomingPhoto> photos;
    private Path folder;
    private Assembly assembly;
    private Background.Job<?> photoJob;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType importType = new ButtonType(Messages.get("import.confirm"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType pasteType = new ButtonType(Messages.get("import.pasteAsText"), ButtonBar.ButtonData.OTHER);
    private final GridPane pieces = new GridPane();
    private final TextArea result = new TextArea();
    private final Label notes = new Label();
    private final Label problem = new Label();
    private final Label photosLine = new Label();
    private final Button documentPhotosButton = new Button(Messages.get("import.documentPhotos"));
    private final ProgressBar photosProgress = new ProgressBar();
    private final Button cancelPhotos = new Button(Messages.get("action.cancel"));

    ImportPreview(Start start, Background background, Choosers choosers) {
        this.background = background;
        this.choosers = choosers;
        this.recognition = start.recognition();
        this.documentPhotos = start.photos();
        this.photos = start.photos();
        this.directory = start.directory();
    }

    /**
     * Shows the preview over {@code owner}; {@code onImport} gets the release to store when the officer chooses
     * Import. With {@code onPasteAsText} (a paste), a third button pastes the text into the box as it is.
     */
    void show(Window owner, Consumer<Assembly> onImport, Runnable onPasteAsText) {
        Dialogs.prepare(dialog, owner, Messages.get("import.title"));
        dialog.setHeaderText(Messages.format("import.header", recognition.fileName()));
        dialog.getDialogPane().getButtonTypes().add(importType);
        if (onPasteAsText != null) {
            dialog.getDialogPane().getButtonTypes().add(pasteType);
        }
        ButtonType cancel = Dialogs.cancel();
        dialog.getDialogPane().getButtonTypes().add(cancel);
        dialog.getDialogPane().lookupButton(importType).setId("importConfirm");
        dialog.getDialogPane().lookupButton(cancel).setId("importCancel");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("importPreview");
        dialog.getDialogPane().setPrefSize(1100, 720);
        rebuild();
        dialog.setOnHidden(e -> {
            if (photoJob != null) {
                photoJob.cancel();
            }
            ButtonType chosen = dialog.getResult();
            if (chosen == importType && assembly != null) {
                onImport.accept(assembly);
            } else if (chosen == pasteType && onPasteAsText != null) {
                onPasteAsText.run();
            }
        });
        dialog.show();
    }

    private BorderPane content() {
        pieces.setHgap(10);
        pieces.setVgap(6);
        pieces.setPadding(new Insets(8));
        pieces.setId("importPieces");
        ColumnConstraints where = new ColumnConstraints();
        where.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints role = new ColumnConstraints();
        role.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        pieces.getColumnConstraints().addAll(where, role, text);
        List<Piece> all = recognition.pieces();
        for (int i = 0; i < all.size(); i++) {
            addRow(i, all.get(i));
        }
        ScrollPane piecesScroll = new ScrollPane(pieces);
        piecesScroll.setFitToWidth(true);
        Label piecesTitle = new Label(Messages.get("import.pieces"));
        piecesTitle.getStyleClass().add("field-label");
        VBox left = new VBox(6, piecesTitle, piecesScroll);
        VBox.setVgrow(piecesScroll, Priority.ALWAYS);

        result.setEditable(false);
        result.setWrapText(true);
        result.setId("importResult");
        result.setAccessibleText(Messages.get("import.result"));
        Label resultTitle = new Label(Messages.get("import.result"));
        resultTitle.getStyleClass().add("field-label");
        resultTitle.setLabelFor(result);
        notes.setWrapText(true);
        notes.setId("importNotes");
        notes.getStyleClass().add("hint");
        problem.setWrapText(true);
        problem.setId("importProblem");
        problem.getStyleClass().add("problem-text");
        problem.managedProperty().bind(problem.visibleProperty());
        // the language the text was taken for (dateline style, wording of the kit); the officer may correct it
        ComboBox<String> language = new ComboBox<>();
        language.setId("importLanguage");
        language.getItems().addAll(LanguageNames.OFFERED);
        if (!language.getItems().contains(recognition.language())) {
            language.getItems().add(recognition.language());
        }
        language.setConverter(Ui.shownAs(LanguageNames::of));
        language.setValue(recognition.language());
        language.valueProperty().addListener((o, a, tag) -> {
            if (tag != null && !tag.equals(recognition.language())) {
                recognition = recognition.withLanguage(tag);
                rebuild();
            }
        });
        Label languageLabel = new Label(Messages.get("import.language"));
        languageLabel.setLabelFor(language);
        language.setAccessibleText(Messages.get("import.language"));
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, languageRow, resultTitle, result, problem, notes);
        VBox.setVgrow(result, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.58);

        Button chooseFolder = new Button(Messages.get("import.photosFolder"));
        chooseFolder.setId("importPhotosFolder");
        chooseFolder.setOnAction(e -> chooseFolder());
        documentPhotosButton.setId("importDocumentPhotos");
        documentPhotosButton.setOnAction(e -> usePhotos(null, documentPhotos));
        documentPhotosButton.managedProperty().bind(documentPhotosButton.visibleProperty());
        photosLine.setId("importPhotos");
        photosProgress.setPrefWidth(120);
        cancelPhotos.setId("importPhotosCancel");
        cancelPhotos.setOnAction(e -> {
            if (photoJob != null) {
                photoJob.cancel();
                photosLoading(false);
            }
        });
        photosLoading(false);
        HBox photosRow = new HBox(8, photosLine, chooseFolder, documentPhotosButton, photosProgress, cancelPhotos);
        photosRow.setAlignment(Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(split);
        pane.setBottom(photosRow);
        BorderPane.setMargin(photosRow, new Insets(8, 0, 0, 0));
        return pane;
    }

    private void addRow(int i, Piece piece) {
        Label where = new Label(piece.where());
        where.getStyleClass().add("hint");
        ChoiceBox<PieceRole> role = new ChoiceBox<>();
        role.getItems().setAll(PieceRole.values());
        role.setConverter(Ui.shownAs(ImportPreview::roleName));
        role.setValue(piece.role());
        role.setPrefWidth(230); // one column of equal choices, the longest role name not cut
        role.setMinWidth(Region.USE_PREF_SIZE);
        role.setId("importRole-" + i);
        role.setAccessibleText(Messages.format("import.roleOf", i + 1));
        Label text = new Label(piece.text());
        text.setWrapText(true);
        text.setId("importPiece-" + i);
        Label unplaced = new Label(Messages.get("import.unplaced"));
        unplaced.setId("importUnplaced-" + i);
        unplaced.getStyleClass().add("problem-text");
        unplaced.setVisible(piece.unplaced());
        unplaced.managedProperty().bind(unplaced.visibleProperty());
        VBox textCell = new VBox(2, text, unplaced);
        role.valueProperty().addListener((o, a, chosen) -> {
            if (chosen != null && chosen != recognition.pieces().get(i).role()) {
                recognition = recognition.withRole(i, chosen);
                unplaced.setVisible(false);
                rebuild();
            }
        });
        pieces.addRow(i, where, role, textCell);
    }

    /** The role's name in the UI language. */
    static String roleName(PieceRole r) {
        return Messages.get("role." + r.key());
    }

    /** The release assembled again from the pieces as they stand now, shown field by field. */
    private void rebuild() {
        try {
            assembly = recognition.assemble(photos, directory);
            result.setText(ReleaseOutline.of(assembly.release()));
            notes.setText(assembly.notes().isEmpty() ? "" : Messages.get("import.notes") + "\n• "
                    + String.join("\n• ", assembly.notes()));
            problem.setVisible(false);
        } catch (DocumentException e) {
            assembly = null;
            problem.setText(e.getMessage());
            problem.setVisible(true);
        }
        showPhotos();
        importButton().setDisable(assembly == null || photoJob != null);
    }

    private Button importButton() {
        return (Button) dialog.getDialogPane().lookupButton(importType);
    }

    private void showPhotos() {
        if (folder != null) {
            photosLine.setText(Messages.format("import.photosFromFolder", photos.size(), folder.toString()));
        } else if (!photos.isEmpty()) {
            photosLine.setText(Messages.format("import.photosEmbedded", photos.size()));
        } else {
            photosLine.setText(Messages.get("import.noPhotos"));
        }
        documentPhotosButton.setVisible(folder != null);
    }

    private void chooseFolder() {
        File chosen = choosers.folder(dialog.getDialogPane().getScene().getWindow(), Messages.get("import.photosFolder"));
        if (chosen == null) {
            return;
        }
        Path dir = chosen.toPath();
        Recognition r = recognition;
        photosLoading(true);
        photoJob = background.run(Messages.get("task.importPhotos"), p -> DocumentImporter.photos(r, dir),
                decoded -> usePhotos(dir, decoded), e -> {
                    photosLoading(false);
                    problem.setText(e.getMessage());
                    problem.setVisible(true);
                });
        importButton().setDisable(true);
    }

    private void usePhotos(Path dir, List<IncomingPhoto> decoded) {
        photosLoading(false);
        folder = dir;
        photos = decoded;
        rebuild();
    }

    private void photosLoading(boolean loading) {
        if (!loading) {
            photoJob = null;
            if (assembly != null && dialog.getDialogPane().lookupButton(importType) != null) {
                importButton().setDisable(false);
            }
        }
        photosProgress.setVisible(loading);
        cancelPhotos.setVisible(loading);
    }
}
