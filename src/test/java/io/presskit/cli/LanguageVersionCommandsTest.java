package io.presskit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.library.LibraryStore;
import io.presskit.library.VersionedRelease;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * presskit import and export-bundle of a family, export --languages, link, unlink and versions, as cli.md has them,
 * on a library file and on a team library.
 */
class LanguageVersionCommandsTest extends OnEachLibraryKind {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<String> importFamily() throws Exception {
        return ok(CliRunner.run("import", TestBundles.copyFamily(tmp, "family").toString(), "--db", db)).out().lines().toList();
    }

    private static List<String> outline(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            return titles;
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aFamilyImportsExportsAndPrintsAsOneKit() throws Exception {
        assertEquals(List.of("2", "3"), importFamily(), "each version's id, one a line");
        assertEquals("2\tzh-Hant-HK\t\n3\ten-HK\t\n", ok(CliRunner.run("versions", "3", "--db", db)).out());
        assertEquals("1\tzh-Hant-HK\t\n", ok(CliRunner.run("versions", "1", "--db", db)).out());

        Path kit = tmp.resolve("kit.pdf");
        ok(CliRunner.run("export", "3", "--languages", "all", "--out", kit.toString(), "--db", db));
        assertEquals(List.of("English", "繁體中文"), outline(kit), "all: this version first");
        Path both = tmp.resolve("both.pdf");
        ok(CliRunner.run("export", "3", "--languages", "zh-Hant-HK,en", "--page-numbers", "version", "--out", both.toString(),
                "--db", db));
        assertEquals(List.of("繁體中文", "English"), outline(both));
        String t = text(both);
        assertTrue(t.contains("第 1 頁，共 ") && t.contains("Page 1 of "), "each version counted from 1");
        assertTrue(t.indexOf("匯聚八百頂尖國際學者") < t.indexOf("800 leading international scholars"));
        // Without --languages: the one version, as before.
        Path one = tmp.resolve("one.pdf");
        ok(CliRunner.run("export", "3", "--out", one.toString(), "--db", db));
        assertEquals(List.of("Release", "Photos", "About Hong Kong Science and Technology Parks Corporation", "Media contacts"),
                outline(one));
        // --split: a PDF a version, their paths printed.
        Path split = tmp.resolve("split.pdf");
        CliRunner.Result r = ok(CliRunner.run("export", "2", "--languages", "all", "--split", "--out", split.toString(),
                "--db", db));
        Path zh = tmp.resolve("split-zh-Hant-HK.pdf").toAbsolutePath();
        Path en = tmp.resolve("split-en-HK.pdf").toAbsolutePath();
        assertEquals(zh + "\n" + en + "\n", r.out());
        assertEquals("新聞稿", outline(zh).get(0));
        assertEquals("Release", outline(en).get(0));
        assertFalse(Files.exists(split));
    }

    @Test
    void wrongLanguagesAreOneSentence() throws Exception {
        importFamily();
        Path kit = tmp.resolve("kit.pdf");
        CliRunner.Result fr = CliRunner.run("export", "2", "--languages", "zh-Hant-HK,fr", "--out", kit.toString(), "--db", db);
        assertEquals(1, fr.code());
        assertEquals("Release 2 has no version in fr (it has zh-Hant-HK, en-HK).\n", fr.err());
        assertFalse(Files.exists(kit));
        CliRunner.Result pages = CliRunner.run("export", "2", "--page-numbers", "pages", "--out", kit.toString(), "--db", db);
        assertEquals(2, pages.code());
        assertTrue(pages.err().startsWith("presskit: --page-numbers is document or version, not pages"), pages.err());
        assertEquals(2, CliRunner.run("export", "2", "--languages", "en,en", "--out", kit.toString(), "--db", db).code());
        assertEquals(2, CliRunner.run("list", "--split", "--db", db).code());
    }

    @Test
    void exportBundleOfAFamilyWritesEveryVersionAndTheRoundTripIsStable() throws Exception {
        importFamily();
        Path first = tmp.resolve("first");
        ok(CliRunner.run("export-bundle", "3", "--out", first.toString(), "--db", db));
        JsonNode json = JSON.readTree(first.resolve("release.json").toFile());
        assertEquals(2, json.get("format").intValue());
        assertEquals("en-HK", json.get("versions").get(0).get("language").textValue(), "release 3's version first");
        List<String> ids = ok(CliRunner.run("import", first.toString(), "--db", db)).out().lines().toList();
        assertEquals(List.of("4", "5"), ids);
        Path second = tmp.resolve("second.zip");
        ok(CliRunner.run("export-bundle", "4", "--out", second.toString(), "--db", db));
        List<String> again = ok(CliRunner.run("import", second.toString(), "--db", db)).out().lines().toList();
        Path third = tmp.resolve("third");
        ok(CliRunner.run("export-bundle", again.get(0), "--out", third.toString(), "--db", db));
        assertArrayEquals(Files.readAllBytes(first.resolve("release.json")), Files.readAllBytes(third.resolve("release.json")));
        // A release alone is still a format 1 bundle.
        Path alone = tmp.resolve("alone");
        ok(CliRunner.run("export-bundle", "1", "--out", alone.toString(), "--db", db));
        assertArrayEquals(Files.readAllBytes(TestBundles.SAMPLE.resolve("release.json")),
                Files.readAllBytes(alone.resolve("release.json")));
    }

    /** The family's English version as a format 1 bundle of its own: typed by an English officer, no photos. */
    private Path englishBundle(boolean withPhotos) throws Exception {
        Path dir = TestBundles.copyFamily(tmp, "english-" + System.nanoTime());
        JsonNode family = JSON.readTree(dir.resolve("release.json").toFile());
        ObjectNode en = (ObjectNode) family.get("versions").get(1).deepCopy();
        ObjectNode r = JSON.createObjectNode();
        r.put("format", 1);
        r.set("language", en.get("language"));
        r.set("issuer", en.get("issuer"));
        r.set("release", family.get("release"));
        r.set("headline", en.get("headline"));
        r.set("body", en.get("body"));
        r.set("dateline", en.get("dateline"));
        if (withPhotos) {
            ArrayNode photos = r.putArray("photos");
            photos.addObject().put("file", "photos/photo-01.jpg").put("caption", "The opening.");
        }
        ArrayNode contacts = r.putArray("contacts");
        ObjectNode julia = contacts.addObject().put("organization", "Hong Kong Science and Technology Parks Corporation")
                .put("name", "Ms Julia Cheung");
        julia.putArray("phones").add("+852 2629 6891");
        julia.putArray("emails").add("julia.cheung@hkstp.org");
        ObjectNode june = contacts.addObject().put("organization", "Edelman").put("name", "Ms June Wong");
        june.putArray("phones").add("+852 3756 8623").add("6986 5822");
        june.putArray("emails").add("June.Wong@edelman.com").add("Edelmanhkstppr@edelman.com");
        Files.writeString(dir.resolve("release.json"), JSON.writeValueAsString(r));
        return dir;
    }

    @Test
    void linkAndUnlinkAsCliMdSays() throws Exception {
        String en = ok(CliRunner.run("import", englishBundle(false).toString(), "--db", db)).out().strip();
        assertEquals("2", en);
        assertEquals("1\tzh-Hant-HK\n2\ten-HK\n", ok(CliRunner.run("link", "1", "2", "--db", db)).out());
        try (LibraryStore store = library.open()) {
            Release english = store.releases().release(2).orElseThrow();
            assertEquals(9, english.photos().size());
            assertEquals("張麗蘭", english.contacts().get(0).name());
            assertEquals("Ms Julia Cheung", english.contacts().get(0).otherName());
            // The Chinese third paragraph edited: its English counterpart may be stale, and versions says so.
            VersionedRelease zh = store.releases().read(1).orElseThrow();
            List<String> body = new ArrayList<>(zh.release().body());
            body.set(2, body.get(2) + "（更新）");
            store.releases().save(1, zh.version(), zh.release().withBody(body), List.of());
        }
        assertEquals("1\tzh-Hant-HK\t\n2\ten-HK\tbody:3\n", ok(CliRunner.run("versions", "1", "--db", db)).out());
        ok(CliRunner.run("unlink", "2", "--db", db));
        assertEquals("2\ten-HK\t\n", ok(CliRunner.run("versions", "2", "--db", db)).out());
        CliRunner.Result again = CliRunner.run("unlink", "2", "--db", db);
        assertEquals(1, again.code());
        assertEquals("Release 2 has no other language versions to be unlinked from.\n", again.err());
        assertEquals(2, CliRunner.run("link", "1", "--db", db).code());
    }

    @Test
    void aConflictOnLinkIsASentenceEachAndChangesNothing() throws Exception {
        String en = ok(CliRunner.run("import", englishBundle(true).toString(), "--db", db)).out().strip();
        ok(CliRunner.run("status", "1", "in-review", "--db", db));
        ok(CliRunner.run("status", en, "approved", "--db", db));
        String before = library.dump();
        CliRunner.Result r = CliRunner.run("link", "1", en, "--db", db);
        assertEquals(1, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of("Releases 1 and 2 were not linked: both have photos (release 1 9 photos, release 2 1 photo); remove "
                + "the photos of one, or make them the same files in the same order with the same credits.",
                "Releases 1 and 2 were not linked: release 1 is in review and release 2 is approved; give both the same status "
                        + "first."), lines);
        assertEquals(before, library.dump());
    }
}
