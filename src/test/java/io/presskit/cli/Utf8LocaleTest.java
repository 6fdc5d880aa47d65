package io.presskit.cli;

import io.presskit.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Under {@code LANG=C} (a cron job, a server, a bare container) Java reads and writes file names and standard
 * output as ASCII: Chinese paths failed with "Malformed input" and {@code list} printed {@code ????}. Run as a
 * user would, in a separate JVM started in the C locale, with the Chinese arguments passed as raw UTF-8 bytes.
 */
class Utf8LocaleTest {
    private static final Map<String, String> LANG_C = Map.of("LANG", "C", "HOME", System.getProperty("user.home"));

    @TempDir
    Path tmp;

    private ChildJvm.Result presskit(String... args) throws Exception {
        List<String> words = new ArrayList<>(ChildJvm.launcher());
        words.addAll(List.of(args));
        return ChildJvm.run(null, words, LANG_C, 180);
    }

    /** True when {@code path} names a file (asked of the shell, so that this JVM's own locale plays no part). */
    private static boolean exists(String path) throws Exception {
        return ChildJvm.run("test -e " + ChildJvm.shellWord(path) + " || exit 1", List.of("true"), Map.of(), 10).code() == 0;
    }

    @Test
    void chinesePathsAndOutputWorkInTheCLocale() throws Exception {
        String db = tmp + "/新聞稿資料庫/圖書館.db";
        ChildJvm.Result list = presskit("list", "--db", db);
        assertEquals(0, list.code(), list.errText());
        assertArrayEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n".getBytes(StandardCharsets.UTF_8), list.out());
        assertEquals(true, exists(db), "the library is where it was asked to be");

        String bundle = tmp + "/匯出/新聞稿";
        ChildJvm.Result export = presskit("export-bundle", "1", "--out", bundle, "--db", db);
        assertEquals(0, export.code(), export.errText());
        assertEquals(true, exists(bundle + "/photos/photo-01.jpg"));
        ChildJvm.Result imported = presskit("import", bundle, "--db", db);
        assertEquals(0, imported.code(), imported.errText());
        assertEquals("2\n", imported.outText());

        String kit = tmp + "/匯出/新聞資料袋.pdf";
        assertEquals(0, presskit("export", "2", "--out", kit, "--db", db).code());
        assertEquals(true, exists(kit));

        ChildJvm.Result missing = presskit("export", "9", "--out", kit, "--db", db);
        assertEquals(1, missing.code());
        assertArrayEquals(("Release 9 is not in the library " + db + ".\n").getBytes(StandardCharsets.UTF_8), missing.err(),
                "errors name the path in UTF-8 too");
    }
}
