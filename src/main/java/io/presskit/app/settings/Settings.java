package io.presskit.app.settings;

import io.presskit.service.Libraries;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The app's settings: one properties file in the user's data folder, beside the default library
 * ({@code $XDG_DATA_HOME/presskit/settings.properties}), or the file named by the system property
 * {@value #FILE_PROPERTY} (tests give each run its own). It holds the UI language, the house defaults for
 * new releases and where the window was; it is written whole to a temporary file and moved into place, so a
 * crash leaves the old file or the new one, never half of one. A missing or unreadable file means defaults.
 */
public final class Settings {
    private static final System.Logger LOG = io.presskit.log.Log.of(Settings.class);
    public static final String FILE_PROPERTY = "presskit.settings";

    static final String UI_LANGUAGE = "ui.language";
    static final String ISSUER = "defaults.issuer";
    static final String RELEASE_LANGUAGE = "defaults.releaseLanguage";
    static final String TIME_ZONE = "defaults.timeZone";
    static final String END_MARK = "defaults.endMark";
    static final String PAPER = "defaults.paper";
    static final String LOGO = "defaults.logo";
    static final String WINDOW = "window.";

    private final Path file;
    private final TreeMap<String, String> values = new TreeMap<>();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings file of this user: {@code -Dpresskit.settings=FILE}, else beside the default library. */
    public static Path defaultFile(Map<String, String> env) {
        String forced = System.getProperty(FILE_PROPERTY);
        return forced != null && !forced.isBlank() ? Path.of(forced) : Libraries.dataFolder(env).resolve("settings.properties");
    }

    /**
     * This user's settings. The first time, a UI language chosen with the first Presskit (kept in
     * java.util.prefs) is read once and carried over; never when the file is given by the property (tests).
     */
    public static Settings loadDefault(Map<String, String> env) {
        Path f = defaultFile(env);
        Settings s = load(f);
        if (!Files.exists(f) && System.getProperty(FILE_PROPERTY) == null) {
            LegacyPreferences.uiLanguage().ifPresent(choice -> {
                s.setUiLanguage(choice);
                s.saveQuietly();
            });
        }
        return s;
    }

    /** Reads {@code file}; a missing or unreadable file gives the defaults (and is rewritten on the next save). */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                p.stringPropertyNames().forEach(k -> s.values.put(k, p.getProperty(k)));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "the settings file " + file + " could not be read (" + e.getMessage()
                        + "); using the defaults");
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    // ------------------------------------------------------------ UI language

    /** "" follows the system; otherwise a tag such as {@code zh-Hant-HK}, {@code en-HK} or {@code en-US}. */
    public synchronized String uiLanguage() {
        return values.getOrDefault(UI_LANGUAGE, "");
    }

    public synchronized void setUiLanguage(String tag) {
        put(UI_LANGUAGE, tag);
    }

    // ------------------------------------------------------------ house defaults

    /** What a new release starts with; each value as the user set it in Preferences, else a sensible default. */
    public synchronized HouseDefaults houseDefaults() {
        return new HouseDefaults(values.getOrDefault(ISSUER, ""),
                values.getOrDefault(RELEASE_LANGUAGE, HouseDefaults.systemReleaseLanguage(Locale.getDefault())),
                values.getOrDefault(TIME_ZONE, HouseDefaults.systemTimeZone()),
                values.getOrDefault(END_MARK, HouseDefaults.END_MARKS.get(0)),
                HouseDefaults.Paper.fromKey(values.get(PAPER)).orElse(HouseDefaults.systemPaper(Locale.getDefault())),
                values.getOrDefault(LOGO, ""));
    }

    public synchronized void setHouseDefaults(HouseDefaults d) {
        put(ISSUER, d.issuer());
        put(RELEASE_LANGUAGE, d.releaseLanguage());
        put(TIME_ZONE, d.timeZone());
        put(END_MARK, d.endMark());
        put(PAPER, d.paper().key());
        put(LOGO, d.logo().isEmpty() ? null : d.logo());
    }

    // ------------------------------------------------------------ the window

    /** Where the main window was when it last closed; empty on first start. */
    public synchronized Optional<WindowState> window() {
        try {
            String w = values.get(WINDOW + "width");
            String h = values.get(WINDOW + "height");
            if (w == null || h == null) {
                return Optional.empty();
            }
            List<Double> dividers = new ArrayList<>();
            String d = values.getOrDefault(WINDOW + "dividers", "");
            for (String part : d.split(",")) {
                if (!part.isBlank()) {
                    dividers.add(Double.parseDouble(part.strip()));
                }
            }
            return Optional.of(new WindowState(Double.parseDouble(values.getOrDefault(WINDOW + "x", "NaN")),
                    Double.parseDouble(values.getOrDefault(WINDOW + "y", "NaN")), Double.parseDouble(w),
                    Double.parseDouble(h), Boolean.parseBoolean(values.get(WINDOW + "maximized")), dividers));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void setWindow(WindowState s) {
        put(WINDOW + "x", Double.toString(s.x()));
        put(WINDOW + "y", Double.toString(s.y()));
        put(WINDOW + "width", Double.toString(s.width()));
        put(WINDOW + "height", Double.toString(s.height()));
        put(WINDOW + "maximized", Boolean.toString(s.maximized()));
        StringBuilder d = new StringBuilder();
        for (double v : s.dividers()) {
            d.append(d.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", v));
        }
        put(WINDOW + "dividers", d.toString());
    }

    // ------------------------------------------------------------ storage

    /** Any other setting (later issues add user name and team library), as text. */
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    /** Every setting whose key starts with {@code prefix}, keyed by the rest of the key. */
    public synchronized Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.subMap(prefix, prefix + Character.MAX_VALUE).forEach((k, v) -> out.put(k.substring(prefix.length()), v));
        return out;
    }

    /** Replaces every setting under {@code prefix} with {@code entries} (keyed by the rest of the key). */
    public synchronized void replacePrefix(String prefix, Map<String, String> entries) {
        values.subMap(prefix, prefix + Character.MAX_VALUE).clear();
        entries.forEach((k, v) -> values.put(prefix + k, v));
    }

    /** Writes the whole file atomically (temporary file in the same folder, flushed, then moved over the old one). */
    public synchronized void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".settings-", ".tmp");
        try {
            Properties p = sortedProperties();
            p.putAll(values);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Presskit settings");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Saves, reporting a failure in the log: losing a window size must never stop the app closing. */
    public void saveQuietly() {
        try {
            save();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the settings could not be saved to " + file, e);
        }
    }

    /** Properties written in key order, so the file reads (and diffs) the same way every time. */
    private static Properties sortedProperties() {
        return new Properties() {
            @Override
            public Set<Map.Entry<Object, Object>> entrySet() {
                TreeMap<Object, Object> sorted = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
                for (Map.Entry<Object, Object> e : super.entrySet()) {
                    sorted.put(e.getKey(), e.getValue());
                }
                return Collections.unmodifiableSet(sorted.entrySet());
            }
        };
    }
}
