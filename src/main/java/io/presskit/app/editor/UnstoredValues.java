package io.presskit.app.editor;

import io.presskit.app.settings.Settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What was typed but cannot be stored in the release yet (a date the field cannot read, an embargo without a
 * date): kept per release in the settings file and put back into the form when the release is opened again,
 * so that quitting (or logging out) never loses it and never has to ask. Keys name the library as well, since
 * release ids are per library.
 */
public final class UnstoredValues {
    private final Settings settings;
    private final String library;
    private final Runnable onChanged;

    /** {@code onChanged} persists the settings (off the UI thread): called when something to keep changed. */
    public UnstoredValues(Settings settings, Path libraryFile, Runnable onChanged) {
        this(settings, libraryFile.toAbsolutePath().normalize().toString(), onChanged);
    }

    /** For a library named otherwise than by a file: a team library, by its address. */
    public UnstoredValues(Settings settings, String library, Runnable onChanged) {
        this.settings = settings;
        this.library = shortHash(library);
        this.onChanged = onChanged;
    }

    /** The values kept for release {@code id} (field key → typed text); empty when there are none. */
    public Map<String, String> of(long id) {
        return settings.withPrefix(prefix(id));
    }

    /** Keeps exactly {@code values} for release {@code id} (none: forgets what was kept). */
    public void keep(long id, Map<String, String> values) {
        if (!settings.withPrefix(prefix(id)).equals(values)) {
            settings.replacePrefix(prefix(id), values);
            onChanged.run();
        }
    }

    private String prefix(long id) {
        return "unstored." + library + "." + id + ".";
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
