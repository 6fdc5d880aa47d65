package io.presskit.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void everythingWrittenIsReadBackFromOneFile() throws Exception {
        Path file = dir.resolve("nested/settings.properties");
        Settings s = Settings.load(file);
        assertEquals(Optional.empty(), s.window(), "first start: no window yet");
        s.setUiLanguage("zh-Hant-HK");
        s.setHouseDefaults(new HouseDefaults("香港科技園公司", "zh-Hant-HK", "Asia/Hong_Kong", "-完-", HouseDefaults.Paper.LETTER));
        s.setWindow(new WindowState(12, 34, 1300, 800, true, List.of(0.2, 0.61)));
        s.save();

        Settings again = Settings.load(file);
        assertEquals("zh-Hant-HK", again.uiLanguage());
        assertEquals(new HouseDefaults("香港科技園公司", "zh-Hant-HK", "Asia/Hong_Kong", "-完-", HouseDefaults.Paper.LETTER),
                again.houseDefaults());
        assertEquals(Optional.of(new WindowState(12, 34, 1300, 800, true, List.of(0.2, 0.61))), again.window());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("defaults.issuer=香港科技園公司"), "readable UTF-8: " + text);
        assertTrue(text.indexOf("defaults.endMark") < text.indexOf("ui.language"), "keys in order");
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=wide\nwindow.height=\\u00zz\n");
        Settings s = Settings.load(file);
        assertEquals(Optional.empty(), s.window());
        assertEquals("", s.uiLanguage());
        HouseDefaults d = Settings.load(dir.resolve("none")).houseDefaults();
        assertEquals("###", d.endMark());
        assertEquals("", d.issuer());
        assertFalse(d.timeZone().isBlank());
    }

    @Test
    void prefixedEntriesAreReplacedTogether() {
        Settings s = Settings.load(dir.resolve("s.properties"));
        s.replacePrefix("unstored.a.1.", Map.of("embargoDate", "31/11/2026", "embargoed", "true"));
        s.replacePrefix("unstored.a.2.", Map.of("datelineDate", "x"));
        assertEquals(Map.of("embargoDate", "31/11/2026", "embargoed", "true"), s.withPrefix("unstored.a.1."));
        s.replacePrefix("unstored.a.1.", Map.of());
        assertEquals(Map.of(), s.withPrefix("unstored.a.1."));
        assertEquals(Map.of("datelineDate", "x"), s.withPrefix("unstored.a.2."));
    }

    @Test
    void theFileIsFoundByThePropertyOrBesideTheDefaultLibrary() {
        String old = System.getProperty(Settings.FILE_PROPERTY);
        try {
            System.clearProperty(Settings.FILE_PROPERTY);
            assertEquals(Path.of("/data/presskit/settings.properties"),
                    Settings.defaultFile(Map.of("XDG_DATA_HOME", "/data")));
            System.setProperty(Settings.FILE_PROPERTY, dir.resolve("t.properties").toString());
            assertEquals(dir.resolve("t.properties"), Settings.defaultFile(Map.of("XDG_DATA_HOME", "/data")));
        } finally {
            if (old == null) {
                System.clearProperty(Settings.FILE_PROPERTY);
            } else {
                System.setProperty(Settings.FILE_PROPERTY, old);
            }
        }
    }
}
