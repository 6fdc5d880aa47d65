package io.presskit.cli;

import io.presskit.testing.Backend;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Photos are stored under their SHA-256 and checked against it whenever they are read: a missing or damaged
 * image is one sentence naming the photo, never a shorter kit or a bundle holding garbage.
 */
class StoredPhotosTest extends OnEachLibraryKind {
    private static final String LISTED = "1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n";

    /** The image of the release's third photo, as stored. */
    private String thirdPhotosImage(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT image_sha256 FROM release_photo WHERE release_id = 1 AND position = 2")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void refusedBothExports(String sentence) throws Exception {
        Path pdf = tmp.resolve("kit.pdf");
        CliRunner.Result kit = CliRunner.run("export", "1", "--out", pdf.toString(), "--db", db);
        assertEquals(1, kit.code(), kit.err());
        assertEquals(sentence, kit.err().strip());
        assertFalse(Files.exists(pdf), "no shorter kit");
        Path bundle = tmp.resolve("bundle");
        CliRunner.Result b = CliRunner.run("export-bundle", "1", "--out", bundle.toString(), "--db", db);
        assertEquals(1, b.code(), b.err());
        assertEquals(sentence, b.err().strip());
        assertFalse(Files.exists(bundle), "no bundle with garbage in it");
        assertEquals(LISTED, CliRunner.run("list", "--db", db).out(), "the release stays listed");
    }

    @Test
    void aMissingImageIsNamedAndNothingIsExported() throws Exception {
        try (Connection c = library.connect(); Statement st = c.createStatement()) {
            // what a hand edit with foreign keys off (the sqlite3 shell's default; an administrator's replica mode) can do
            st.execute(backend == Backend.SQLITE ? "PRAGMA foreign_keys = OFF" : "SET session_replication_role = replica");
            st.executeUpdate("DELETE FROM image WHERE sha256 = '" + thirdPhotosImage(c) + "'");
        }
        refusedBothExports("Photo 3 (photo-03.jpg) is missing from the library: restore the library from a backup, "
                + "or remove the photo from the release and add it again.");
    }

    @Test
    void aDamagedOriginalIsNamedAndNoBundleIsWritten() throws Exception {
        try (Connection c = library.connect()) {
            String sha = thirdPhotosImage(c);
            byte[] original;
            try (PreparedStatement ps = c.prepareStatement("SELECT original FROM image WHERE sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    original = rs.getBytes(1);
                }
            }
            original[original.length / 2] ^= 0x5a; // one byte turned, as a failing disk does
            try (PreparedStatement ps = c.prepareStatement("UPDATE image SET original = ? WHERE sha256 = ?")) {
                ps.setBytes(1, original);
                ps.setString(2, sha);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM image_rendition WHERE sha256 = ?")) {
                ps.setString(1, sha); // so that the kit needs the original too
                ps.executeUpdate();
            }
        }
        refusedBothExports("Photo 3 (photo-03.jpg) is damaged in the library (its bytes no longer match the photo "
                + "that was imported): restore the library from a backup, or remove the photo from the release and add it again.");
    }

    @Test
    void aDamagedRenditionIsMadeAgainFromItsCheckedOriginal() throws Exception {
        Path good = tmp.resolve("good.pdf");
        assertEquals(0, CliRunner.run("export", "1", "--out", good.toString(), "--db", db).code());
        String before;
        try (Connection c = library.connect()) {
            String sha = thirdPhotosImage(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM image_rendition WHERE sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    before = library.dump();
                    byte[] r = rs.getBytes(1);
                    r[r.length / 2] ^= 0x5a;
                    try (PreparedStatement up = c.prepareStatement("UPDATE image_rendition SET bytes = ? WHERE sha256 = ?")) {
                        up.setBytes(1, r);
                        up.setString(2, sha);
                        up.executeUpdate();
                    }
                }
            }
        }
        Path again = tmp.resolve("again.pdf");
        CliRunner.Result r = CliRunner.run("export", "1", "--out", again.toString(), "--db", db);
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(good), Files.readAllBytes(again), "the same kit as before the damage");
        assertEquals(before, library.dump(), "the rendition was repaired in the library");
        assertTrue(Files.size(again) > 100_000);
    }
}
