package io.presskit.app;

import javafx.scene.text.Font;

import java.io.InputStream;
import java.util.List;

/**
 * The shipped Noto fonts, so that Chinese shows on a machine without CJK fonts. Loaded once at start-up,
 * in parallel with opening the library; the stylesheet names their families.
 */
public final class Fonts {
    private static final System.Logger LOG = io.presskit.log.Log.of(Fonts.class);
    public static final String UI_FAMILY = "Noto Sans TC";
    private static final List<String> FILES = List.of("NotoSansTC-Regular.ttf", "NotoSansTC-Bold.ttf",
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf");

    private Fonts() {
    }

    /** Loads every shipped font; returns how many loaded (a missing one leaves the system font in its place). */
    public static int load() {
        int n = 0;
        for (String f : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/assets/fonts/" + f)) {
                if (in != null && Font.loadFont(in, 13) != null) {
                    n++;
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "font " + f + " did not load", e);
            }
        }
        return n;
    }
}
