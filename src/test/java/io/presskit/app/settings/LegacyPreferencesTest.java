package io.presskit.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start of this Presskit for a user (no settings file yet), in a JVM of its own with its own home, as
 * java.util.prefs reads its folder once per JVM: the first Presskit's UI language is carried over when it kept
 * one, and a home that never had it gets no {@code .java} folder.
 */
class LegacyPreferencesTest {
    @TempDir
    Path tmp;

    /** The first start: loads the settings as the app does and prints the UI language they hold. */
    public static final class FirstStart {
        public static void main(String[] args) {
            System.out.println("ui.language=" + Settings.loadDefault(System.getenv()).uiLanguage());
        }
    }

    private String firstStart(Path home) throws Exception {
        Path out = tmp.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), FirstStart.class.getName());
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("data").toString());
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the first start finished");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), printed);
        return printed.strip();
    }

    private static List<String> everything(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p).toString()).filter(s -> !s.isEmpty()).sorted().toList();
        }
    }

    @Test
    void aHomeThatNeverHadTheFirstPresskitGetsNoJavaPreferencesFolder() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        assertEquals("ui.language=", firstStart(home));
        assertEquals(List.of(), everything(home), "nothing written into the home");
    }

    @Test
    void theFirstPresskitsLanguageIsCarriedOver() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path node = Files.createDirectories(home.resolve(".java/.userPrefs/io/presskit/app".replace('/', File.separatorChar)));
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="uiLanguage" value="zh-TW"/>
                </map>
                """);
        assertEquals("ui.language=zh-Hant-HK", firstStart(home));
        assertTrue(Files.readString(tmp.resolve("data/presskit/settings.properties")).contains("ui.language=zh-Hant-HK"));
    }
}
