package io.presskit.cli;

import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A row damaged by hand breaks neither the list nor the other releases, and is described in words. */
class DamagedRowsTest {
    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void library() throws Exception {
        db = tmp.resolve("lib.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
        for (String headline : new String[]{"Second release", "Third release", "Fourth release"}) {
            Path bundle = TestBundles.copySample(tmp, headline.replace(' ', '-'));
            TestBundles.editJson(bundle, root -> root.put("headline", headline));
            assertEquals(0, CliRunner.run("import", bundle.toString(), "--db", db.toString()).code());
        }
        // what the sqlite3 shell lets anyone type: every value passes the table's checks
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE release SET updated_at = 'yesterday' WHERE id = 1");
            st.executeUpdate("UPDATE release SET body = 'null' WHERE id = 2");
            st.executeUpdate("UPDATE release SET dateline_date = 'yesterday' WHERE id = 3");
        }
    }

    @Test
    void listShowsEveryReleaseAndMarksTheDamagedOnes() {
        CliRunner.Result r = CliRunner.run("list", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                1\tdraft\t(damaged) 匯聚八百頂尖國際學者推動科研創新
                2\tdraft\t(damaged) Second release
                3\tdraft\t(damaged) Third release
                4\tdraft\tFourth release
                """, r.out());
        assertEquals("""
                warning: release 1 is damaged in the library: its last-edit time "yesterday" is not a time.
                warning: release 2 is damaged in the library: its body is null instead of a list of paragraphs.
                warning: release 3 is damaged in the library: its dateline date "yesterday" is not a date.
                """, r.err());
    }

    @Test
    void exportingADamagedReleaseSaysWhatIsDamaged() {
        String[] expected = {
                "Release 1 is damaged in the library: its last-edit time \"yesterday\" is not a time.",
                "Release 2 is damaged in the library: its body is null instead of a list of paragraphs.",
                "Release 3 is damaged in the library: its dateline date \"yesterday\" is not a date."};
        for (int id = 1; id <= 3; id++) {
            Path pdf = tmp.resolve(id + ".pdf");
            CliRunner.Result kit = CliRunner.run("export", Integer.toString(id), "--out", pdf.toString(), "--db", db.toString());
            assertEquals(1, kit.code());
            assertEquals(expected[id - 1], kit.err().strip());
            assertFalse(Files.exists(pdf));
            CliRunner.Result bundle = CliRunner.run("export-bundle", Integer.toString(id), "--out",
                    tmp.resolve("b" + id).toString(), "--db", db.toString());
            assertEquals(expected[id - 1], bundle.err().strip());
        }
        CliRunner.Result fine = CliRunner.run("export", "4", "--out", tmp.resolve("4.pdf").toString(), "--db", db.toString());
        assertEquals(0, fine.code(), fine.err());
    }
}
