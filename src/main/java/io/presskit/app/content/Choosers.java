package io.presskit.app.content;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Consumer;

/**
 * The file and folder choosers of the import and share commands, in one place so that tests give answers
 * (a headless screen has no system chooser). Each returns null when the officer cancelled.
 */
public interface Choosers {
    /** A Word document or a plain-text file to import. */
    File document(Window owner, String title);

    /** A folder (photos to import, or where the email version goes). */
    File folder(Window owner, String title);

    /** A file to write, offered under {@code initialName}, of the kind {@code filterName} ({@code *.zip}). */
    File saveAs(Window owner, String title, String initialName, String filterName, String pattern);

    /** The system's choosers; {@code keepDuring} keeps the main window where it is while one shows. */
    static Choosers system(Consumer<Runnable> keepDuring) {
        return new Choosers() {
            @Override
            public File document(Window owner, String title) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word / Text", "*.docx", "*.txt"));
                File[] f = new File[1];
                keepDuring.accept(() -> f[0] = c.showOpenDialog(owner));
                return f[0];
            }

            @Override
            public File folder(Window owner, String title) {
                DirectoryChooser c = new DirectoryChooser();
                c.setTitle(title);
                File[] f = new File[1];
                keepDuring.accept(() -> f[0] = c.showDialog(owner));
                return f[0];
            }

            @Override
            public File saveAs(Window owner, String title, String initialName, String filterName, String pattern) {
                FileChooser c = new FileChooser();
                c.setTitle(title);
                c.setInitialFileName(initialName);
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
                File[] f = new File[1];
                keepDuring.accept(() -> f[0] = c.showSaveDialog(owner));
                return f[0];
            }
        };
    }
}
