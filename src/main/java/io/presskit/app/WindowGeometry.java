package io.presskit.app;

import io.presskit.app.settings.WindowState;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens and what it remembers. First start: about 85 % of the screen, centred; later
 * starts: the size, place and maximised state it closed with (back on a screen if that screen is gone).
 * <p>
 * JavaFX 21 on GTK shows a new window at the window manager's default 200 × 200 under some window managers
 * (openbox, mutter: JDK-8316423, fixed in JavaFX 22, which needs a newer Java than ours): the size asked for
 * is applied once and then overwritten by the manager's first answer. So the size is asked for again right
 * after the window is shown, and once more whenever the manager shrinks it during the first seconds.
 * Dialogs (a file chooser above all) can shrink or un-maximise the window the same way:
 * {@link #keepDuring(Runnable)} puts it back.
 */
public final class WindowGeometry {
    /** The share of the screen a first window takes. */
    static final double FIRST_SHARE = 0.85;
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 560;
    private static final int MAX_REPAIRS = 8;

    private final Stage stage;
    private Rectangle2D wanted;
    private Rectangle2D normal;
    private boolean settling;
    private int repairs;
    private final javafx.collections.ListChangeListener<javafx.stage.Window> dialogsWatcher = this::dialogsChanged;

    private void dialogsChanged(javafx.collections.ListChangeListener.Change<? extends javafx.stage.Window> c) {
        while (c.next()) {
            for (javafx.stage.Window w : c.getAddedSubList()) {
                if (w instanceof Stage child && child.getOwner() == stage && child.getModality() != javafx.stage.Modality.NONE) {
                    boolean maximized = stage.isMaximized();
                    Rectangle2D before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                    child.addEventHandler(WindowEvent.WINDOW_HIDDEN, h -> putBackSoon(maximized, before));
                }
            }
        }
    }

    public WindowGeometry(Stage stage) {
        this.stage = stage;
    }

    /** True once {@link #place} ran. */
    public boolean isPlaced() {
        return wanted != null;
    }

    /** Sizes and places the stage before it is first shown, from {@code saved} when there is a usable one. */
    public void place(Optional<WindowState> saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D first = new Rectangle2D(
                screen.getMinX() + screen.getWidth() * (1 - FIRST_SHARE) / 2,
                screen.getMinY() + screen.getHeight() * (1 - FIRST_SHARE) / 2,
                screen.getWidth() * FIRST_SHARE, screen.getHeight() * FIRST_SHARE);
        wanted = saved.map(s -> onAScreen(s, first)).orElse(first);
        normal = wanted;
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth() * 0.9));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight() * 0.9));
        apply(wanted);
        if (saved.isPresent() && saved.get().maximized()) {
            stage.setMaximized(true);
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> settle());
        // the app's own dialogs (preferences, questions) are windows owned by this one: same care as keepDuring
        // (a weak listener: the list of windows lives as long as the toolkit, this window may not)
        javafx.stage.Window.getWindows().addListener(new javafx.collections.WeakListChangeListener<>(dialogsWatcher));
        stage.widthProperty().addListener((o, a, b) -> changed());
        stage.heightProperty().addListener((o, a, b) -> changed());
        stage.xProperty().addListener((o, a, b) -> changed());
        stage.yProperty().addListener((o, a, b) -> changed());
        // un-maximised, the window takes back the size it had before (a window first shown maximised has no
        // earlier size the toolkit knows of: it would stay as large as the screen)
        stage.maximizedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                Platform.runLater(() -> {
                    Rectangle2D on = screenOf(stage);
                    if (!stage.isMaximized() && stage.getWidth() >= on.getWidth() - 2) {
                        apply(normal);
                    }
                });
            }
        });
    }

    /** The saved bounds, or the first-start ones when the saved window would lie off every screen now. */
    private static Rectangle2D onAScreen(WindowState s, Rectangle2D first) {
        double w = Math.max(s.width(), 100);
        double h = Math.max(s.height(), 100);
        if (Double.isNaN(s.x()) || Double.isNaN(s.y())) {
            return new Rectangle2D(first.getMinX() + (first.getWidth() - w) / 2, first.getMinY() + (first.getHeight() - h) / 2, w, h);
        }
        Rectangle2D r = new Rectangle2D(s.x(), s.y(), w, h);
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D v = screen.getVisualBounds();
            double overlapW = Math.min(r.getMaxX(), v.getMaxX()) - Math.max(r.getMinX(), v.getMinX());
            double overlapH = Math.min(r.getMaxY(), v.getMaxY()) - Math.max(r.getMinY(), v.getMinY());
            if (overlapW >= 200 && overlapH >= 100) {
                return new Rectangle2D(r.getMinX(), r.getMinY(), Math.min(w, v.getWidth()), Math.min(h, v.getHeight()));
            }
        }
        return first;
    }

    private void apply(Rectangle2D r) {
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
    }

    /** The window manager answers the first show with its own size: ask again, and for a moment keep asking. */
    private void settle() {
        settling = true;
        Platform.runLater(() -> {
            if (!stage.isMaximized()) {
                apply(wanted);
            }
        });
        PauseTransition calm = new PauseTransition(Duration.seconds(3));
        calm.setOnFinished(e -> settling = false);
        calm.play();
    }

    private void changed() {
        if (!stage.isShowing() || stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        // the manager's own size for a new window is its default (200 x 200), held up by our minimum size
        boolean managersDefault = stage.getWidth() <= Math.max(200, stage.getMinWidth()) + 2
                || stage.getHeight() <= Math.max(200, stage.getMinHeight()) + 2;
        if (settling && repairs < MAX_REPAIRS && managersDefault && wanted.getWidth() > stage.getWidth() + 2) {
            repairs++;
            Platform.runLater(() -> {
                if (!stage.isMaximized()) {
                    apply(wanted);
                }
            });
            return;
        }
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /**
     * Runs {@code dialog} (a file chooser, an alert) and puts the window back as it was if the dialog moved,
     * shrank or un-maximised it. JavaFX 21 on GTK makes the owner of a modal dialog unresizable while the
     * dialog shows (its size hints pinned to the normal size), which makes the window manager un-maximise it;
     * maximising again only works once the dialog is gone and the owner resizable again, so the window is put
     * back a moment later, and once more after that in case the manager answered late.
     */
    public void keepDuring(Runnable dialog) {
        boolean maximized = stage.isMaximized();
        Rectangle2D before = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        try {
            dialog.run();
        } finally {
            putBackSoon(maximized, before);
        }
    }

    private void putBackSoon(boolean maximized, Rectangle2D before) {
        for (double ms : new double[]{150, 700}) {
            PauseTransition later = new PauseTransition(Duration.millis(ms));
            later.setOnFinished(e -> putBack(maximized, before));
            later.play();
        }
    }

    private void putBack(boolean maximized, Rectangle2D before) {
        if (maximized) {
            Rectangle2D screen = screenOf(stage);
            // the property may say "maximised" while the manager shows it smaller: ask again, for real
            if (!stage.isMaximized() || stage.getWidth() < screen.getWidth() - 40 || stage.getHeight() < screen.getHeight() - 80) {
                stage.setMaximized(false);
                stage.setMaximized(true);
            }
        } else if (stage.getWidth() != before.getWidth() || stage.getHeight() != before.getHeight()) {
            apply(before);
        }
    }

    private static Rectangle2D screenOf(Stage s) {
        List<Screen> screens = Screen.getScreensForRectangle(s.getX(), s.getY(), Math.max(1, s.getWidth()), Math.max(1, s.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /** What to remember: the normal bounds (those before maximising), the maximised state and the dividers. */
    public WindowState state(List<Double> dividers) {
        Rectangle2D n = stage.isMaximized() || stage.isIconified() ? normal
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return new WindowState(n.getMinX(), n.getMinY(), n.getWidth(), n.getHeight(), stage.isMaximized(), dividers);
    }
}
