package io.presskit.app.content;

import io.presskit.app.Dialogs;
import io.presskit.app.editor.ReleaseEditorViewModel;
import io.presskit.app.i18n.Messages;
import io.presskit.app.preview.HouseLogo;
import io.presskit.app.preview.KitEngine;
import io.presskit.app.preview.KitExport;
import io.presskit.app.releases.ReleaseListViewModel;
import io.presskit.app.task.Background;
import io.presskit.document.Assembly;
import io.presskit.document.DocumentImporter;
import io.presskit.document.IncomingPhoto;
import io.presskit.document.Recognition;
import io.presskit.image.PhotoRendition;
import io.presskit.kit.KitOptions;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.service.LibraryPhotos;
import io.presskit.share.EmailExport;
import io.presskit.share.EmailVersion;
import io.presskit.share.KitPrinter;
import io.presskit.share.PhotoPack;
import io.presskit.share.ReleaseMedia;
import javafx.application.HostServices;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Content in and out of the app (issue 11): File › Import document… and a whole release pasted into an empty one
 * (both through the {@link ImportPreview}), Share › Email…, Share › Photo pack…, Share › Copy as rich text and
 * File › Print…. Every output is made from the release as stored, once the editor's saves have landed, exactly
 * as the command line makes it; the final ones (email, photo pack, print) only from a complete release.
 */
public final class ContentCommands {
    /** A paste of at least this many lines of text is taken for a whole release, not a paragraph or two. */
    static final int WHOLE_RELEASE_LINES = 3;

    private final Stage stage;
    private final LibraryStore store;
    private final Background background;
    private final HostServices host;
    private final ReleaseListViewModel list;
    private final ReleaseEditorViewModel editor;
    private final Supplier<KitEngine.Paper> paper;
    private final HouseLogo logo;
    private final Predicate<String> refusedWhileIncomplete;
    private final Consumer<List<Node>> notify;
    private Choosers choosers;
    private Printers printers = Printers.system();

    /**
     * @param refusedWhileIncomplete shows the problems (dialog and problems panel) under the given header key and
     *                               answers true when the release in the editor may not be issued
     * @param notify                 shows an outcome with its links in the status bar
     */
    public ContentCommands(Stage stage, LibraryStore store, Background background, HostServices host,
                           ReleaseListViewModel list, ReleaseEditorViewModel editor, Supplier<KitEngine.Paper> paper,
                           HouseLogo logo, Predicate<String> refusedWhileIncomplete, Consumer<List<Node>> notify, Choosers choosers) {
        this.stage = stage;
        this.store = store;
        this.background = background;
        this.host = host;
        this.list = list;
        this.editor = editor;
        this.paper = paper;
        this.logo = logo;
        this.refusedWhileIncomplete = refusedWhileIncomplete;
        this.notify = notify;
        this.choosers = choosers;
    }

    /** Tests answer the choosers (a headless screen has no system chooser). */
    public void setChoosers(Choosers choosers) {
        this.choosers = choosers;
    }

    /** Tests give printers that record what they were sent. */
    public void setPrinters(Printers printers) {
        this.printers = printers;
    }

    // ------------------------------------------------------------ in

    /** File › Import document…: a .docx or .txt, recognised off the UI thread, then the preview. */
    public void importDocument() {
        File f = choosers.document(stage, Messages.get("action.importDocument"));
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        background.run(Messages.format("task.importDocument", file.getFileName()), p -> {
            p.update(0.1, file.getFileName().toString());
            Recognition r = DocumentImporter.recognize(file, null);
            p.checkCancelled();
            p.update(0.4, file.getFileName().toString());
            List<IncomingPhoto> photos = DocumentImporter.photos(r, null);
            p.checkCancelled();
            p.update(0.9, file.getFileName().toString());
            return new ImportPreview.Start(r, photos, store.directory().contacts());
        }, start -> new ImportPreview(start, background, choosers).show(stage,
                a -> list.importRelease(file.getFileName().toString(), a.release(), a.images()), null),
                e -> failed("import.failed", e));
    }

    /**
     * A paste into {@code box} (the headline or the body) of an empty release: when the clipboard holds a whole
     * release (several lines), the preview is offered instead and true returned; otherwise false, and the box
     * pastes as usual.
     */
    public boolean offerPaste(TextInputControl box) {
        Long id = editor.releaseIdProperty().get();
        if (id == null || editor.lockedProperty().get() || !editorEmpty()) {
            return false;
        }
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.lines().filter(l -> !l.isBlank()).count() < WHOLE_RELEASE_LINES) {
            return false;
        }
        background.run(Messages.get("task.recognizePaste"), p -> new ImportPreview.Start(
                        DocumentImporter.recognizeText(text, null), List.of(), store.directory().contacts()),
                start -> new ImportPreview(start, background, choosers).show(stage, a -> fillPasted(id, a),
                        () -> {
                            box.requestFocus();
                            box.replaceSelection(text);
                        }),
                e -> failed("import.failed", e));
        return true;
    }

    /** Nothing typed yet that the pasted release would replace (house defaults such as the issuer aside). */
    private boolean editorEmpty() {
        return editor.headline.get().isBlank() && editor.subheadline.get().isBlank() && editor.highlights.isEmpty()
                && editor.body.get().isBlank() && editor.datelinePlace.get().isBlank() && editor.photos.isEmpty()
                && editor.contacts.isEmpty() && editor.boilerplates.isEmpty();
    }

    /**
     * The pasted release becomes the empty release's content, in one save, and the editor shows it as one step of
     * its undo history: Ctrl+Z empties the release again (and saves that), Ctrl+Y brings the pasted one back.
     */
    private void fillPasted(long id, Assembly a) {
        editor.flush();
        background.run(Messages.get("task.storeImport"), p -> {
            long deadline = System.currentTimeMillis() + 30_000;
            while ((editor.isSaving() || editor.hasPendingSave()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            long version = store.releases().version(id).orElseThrow(() -> new LibraryException(
                    Messages.format("export.gone", id)));
            store.releases().save(id, version, a.release(), a.images());
            return store.releases().read(id).orElseThrow(() -> new LibraryException(Messages.format("export.gone", id)));
        }, filled -> {
            if (id == editor.releaseIdProperty().get()) {
                editor.resolveConflict(filled.release(), filled);
            }
            list.refresh();
        }, e -> failed("import.failed", e));
    }

    // ------------------------------------------------------------ out

    /** Share › Email…: release.html, release.txt and release.eml (with the kit) into a chosen folder. */
    public void email() {
        if (refused("share.emailRefused")) {
            return;
        }
        File dir = choosers.folder(stage, Messages.get("action.email"));
        if (dir != null) {
            emailTo(dir.toPath());
        }
    }

    private void emailTo(Path dir) {
        long id = editor.releaseIdProperty().get();
        KitEngine.Paper chosenPaper = paper.get();
        background.run(Messages.get("task.email"), p -> {
            Release release = KitExport.storedRelease(store, id, editor::hasPendingSave, p, true);
            KitOptions options = logo.options(KitEngine.paperSize(chosenPaper),
                    store.releases().summary(id).orElseThrow().updatedAt());
            return EmailExport.write(release, ReleaseMedia.of(store), options, dir, KitEngine.kitProgress(p));
        }, written -> done(Messages.format("share.emailDone", dir.getFileName(), written.warnings().size()), dir),
                e -> failed("share.emailFailed", e));
    }

    /** Share › Photo pack…: every photo at print quality with its caption in its metadata, as a .zip. */
    public void photoPack() {
        if (refused("share.photoPackRefused")) {
            return;
        }
        Release r = editor.draftProperty().get();
        if (r.photos().isEmpty()) {
            Dialogs.inform(stage, Messages.get("share.failedTitle"), null, Messages.get("share.noPhotos"));
            return;
        }
        String name = KitExport.defaultFileName(r, java.time.LocalDate.now()).replaceAll("\\.pdf$", "") + " photos.zip";
        File f = choosers.saveAs(stage, Messages.get("action.photoPack"), name, "ZIP", "*.zip");
        if (f != null) {
            photoPackTo(f.toPath());
        }
    }

    private void photoPackTo(Path zip) {
        long id = editor.releaseIdProperty().get();
        background.run(Messages.get("task.photoPack"), p -> {
            Release release = KitExport.storedRelease(store, id, editor::hasPendingSave, p, true);
            return PhotoPack.write(release, ReleaseMedia.of(store), zip, KitEngine.kitProgress(p));
        }, n -> done(Messages.format("share.photoPackDone", zip.getFileName(), n), zip.toAbsolutePath().getParent()),
                e -> failed("share.photoPackFailed", e));
    }

    /**
     * Share › Copy as rich text: the release as the email's HTML (thumbnails inline) and as its plain text, both
     * on the clipboard, so a mail or a document takes whichever it can show. Drafts may be copied too.
     */
    public void copyRichText() {
        Long id = editor.releaseIdProperty().get();
        if (id == null) {
            return;
        }
        editor.flush();
        background.run(Messages.get("task.copy"), p -> {
            Release release = KitExport.storedRelease(store, id, editor::hasPendingSave, p, false);
            List<PhotoRendition> thumbnails = new ArrayList<>();
            for (Photo photo : release.photos()) {
                thumbnails.add(store.images().thumbnail(photo.sha256()).orElseThrow(() -> new LibraryException(
                        Messages.format("share.thumbnailMissing", photo.fileName()))));
            }
            ClipboardContent content = new ClipboardContent();
            content.putHtml(EmailVersion.clipboardHtmlOf(release, thumbnails));
            content.putString(EmailVersion.text(release, PhotoPack.names(release)));
            return content;
        }, content -> {
            Clipboard.getSystemClipboard().setContent(content);
            done(Messages.get("share.copied"), null);
        }, e -> failed("share.copyFailed", e));
    }

    /** What Print asks about once the kit is typeset: the printers there are. */
    private record PrintStart(KitPrinter.PrintableKit kit, List<String> printers, String defaultPrinter) {
    }

    /**
     * File › Print…: the kit typeset as exported (in the background, with progress and cancel), then the print
     * dialog (printer and copies, with the kit's page count); cancelling it prints nothing.
     */
    public void print() {
        if (refused("share.printRefused")) {
            return;
        }
        long id = editor.releaseIdProperty().get();
        KitEngine.Paper chosenPaper = paper.get();
        Printers using = printers;
        background.run(Messages.get("task.print"), p -> {
            Release release = KitExport.storedRelease(store, id, editor::hasPendingSave, p, true);
            KitOptions options = logo.options(KitEngine.paperSize(chosenPaper),
                    store.releases().summary(id).orElseThrow().updatedAt());
            List<String> names = using.names(); // the printers are asked for while the kit is set: both take time
            KitPrinter.PrintableKit kit = KitPrinter.typeset(release, LibraryPhotos.photoSource(store, release),
                    options, KitEngine.kitProgress(p));
            return new PrintStart(kit, names, using.defaultName());
        }, start -> askAndPrint(start, using), e -> failed("share.printFailed", e));
    }

    private void askAndPrint(PrintStart start, Printers using) {
        if (start.printers().isEmpty()) {
            closeQuietly(start.kit());
            Dialogs.inform(stage, Messages.get("share.failedTitle"), null, Messages.get("share.noPrinter"));
            return;
        }
        PrintDialog.show(stage, start.printers(), start.defaultPrinter(), start.kit().pageCount(), choice -> {
            if (choice == null) {
                closeQuietly(start.kit());
                done(Messages.get("share.printCancelled"), null);
                return;
            }
            background.run(Messages.get("task.printing"), p -> {
                try (KitPrinter.PrintableKit kit = start.kit()) {
                    kit.print(using.job(choice.printer(), choice.copies()), false);
                    return kit.pageCount();
                }
            }, pages -> done(Messages.format("share.printed", pages, choice.printer()), null),
                    e -> failed("share.printFailed", e));
        });
    }

    private static void closeQuietly(KitPrinter.PrintableKit kit) {
        try {
            kit.close();
        } catch (java.io.IOException e) {
            // an in-memory document: nothing is left open that matters
        }
    }

    /** True (and the problems shown) when there is no release, or it may not be issued yet. */
    private boolean refused(String headerKey) {
        if (editor.releaseIdProperty().get() == null || editor.draftProperty().get() == null
                || refusedWhileIncomplete.test(headerKey)) {
            return true;
        }
        editor.flush();
        return false;
    }

    /** The outcome in the status bar, with a link to the folder when there is one to open. */
    private void done(String text, Path folder) {
        Label label = new Label(text);
        label.setId("shareDone");
        label.getStyleClass().add("export-done");
        List<Node> shown = new ArrayList<>(List.of(label));
        if (folder != null && host != null) {
            Hyperlink open = new Hyperlink(Messages.get("share.openFolder"));
            open.setId("shareOpenFolder");
            open.setOnAction(e -> host.showDocument(folder.toUri().toString()));
            shown.add(open);
        }
        notify.accept(shown);
    }

    /** One sentence, in a dialog: what failed and why (the library's or the engine's sentence). */
    private void failed(String key, Throwable e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        Dialogs.inform(stage, Messages.get("share.failedTitle"), null, Messages.format(key, why));
    }
}
