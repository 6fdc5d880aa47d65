package io.presskit.bundle;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.cli.CliRunner;
import io.presskit.testing.ChildJvm;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.RawZip;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bundles that are hostile or merely unlucky: strict where the format is strict (one JSON object, one
 * release.json, one entry per name), liberal where a user would expect it (legacy Chinese file names in a zip,
 * the litter of Office, macOS and Windows), bounded however much a zip unpacks to, and file names that fit
 * every file system on the way out.
 */
class HostileBundlesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;
    Path db;
    String before;

    @BeforeEach
    void library() throws Exception {
        db = tmp.resolve("lib.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
        before = LibraryDump.of(db);
    }

    private static ObjectNode sampleJson() throws Exception {
        return (ObjectNode) JSON.readTree(TestBundles.SAMPLE.resolve("release.json").toFile());
    }

    private static byte[] bytes(ObjectNode json) throws Exception {
        return JSON.writeValueAsBytes(json);
    }

    private static byte[] samplePhoto(int n) throws Exception {
        return Files.readAllBytes(TestBundles.SAMPLE.resolve(String.format("photos/photo-%02d.jpg", n)));
    }

    private Path write(String name, byte[] zip) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, zip);
        return p;
    }

    private void refused(Path bundle, String sentence) throws Exception {
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(sentence, r.err().strip());
        assertEquals(before, LibraryDump.of(db), "the library is unchanged");
    }

    private String imported(Path bundle) {
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        return r.out().strip();
    }

    /** The sample as a zip built entry by entry, photos renamed by {@code names} (null: as they are). */
    private RawZip sampleZip(List<String> names, Charset charset) throws Exception {
        ObjectNode json = sampleJson();
        RawZip zip = new RawZip();
        ArrayNode photos = json.withArray("photos");
        List<byte[]> data = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            String name = names == null ? photos.get(i).get("file").asText() : "photos/" + names.get(i);
            ((ObjectNode) photos.get(i)).put("file", name);
            data.add(samplePhoto(i + 1));
        }
        zip.add("release.json", bytes(json));
        for (int i = 0; i < photos.size(); i++) {
            zip.add(photos.get(i).get("file").asText(), charset, data.get(i));
        }
        return zip;
    }

    // ---------------------------------------------------------------- strict where the format is strict (item 10)

    @Test
    void contentAfterTheJsonObjectIsRefused() throws Exception {
        Path bundle = TestBundles.copySample(tmp, "b");
        Path json = bundle.resolve("release.json");
        Files.writeString(json, Files.readString(json).strip() + " {\"format\":2} garbage");
        refused(bundle, "release.json: something follows the JSON object (line 106, column 3); a bundle's "
                + "release.json holds exactly one object");
    }

    @Test
    void twoReleaseJsonEntriesAreRefusedNamingThem() throws Exception {
        ObjectNode other = sampleJson().put("headline", "The other release");
        Path zip = write("twice.zip", sampleZip(null, StandardCharsets.UTF_8).add("./release.json", bytes(other)).bytes());
        refused(zip, "twice.zip holds release.json twice (release.json, ./release.json); the .zip is refused");
    }

    @Test
    void twoBundlesSideBySideAreRefusedNamingThem() throws Exception {
        RawZip zip = new RawZip().add("a/release.json", bytes(sampleJson())).add("b/release.json", bytes(sampleJson()));
        refused(write("two.zip", zip.bytes()), "two.zip holds more than one release.json (a/release.json, b/release.json); "
                + "the .zip is refused");
    }

    @Test
    void duplicatePhotoEntriesAreRefusedNamingThem() throws Exception {
        Path zip = write("dup.zip", sampleZip(null, StandardCharsets.UTF_8).add("photos/photo-03.jpg", samplePhoto(4)).bytes());
        refused(zip, "dup.zip holds photos/photo-03.jpg twice (photos/photo-03.jpg, photos/photo-03.jpg); the .zip is refused");
    }

    // ---------------------------------------------------------------- liberal where a user would expect it (item 11)

    private static final List<String> CHINESE = List.of("開幕典禮.jpg", "嘉賓合照.jpg", "啱嘅相.jpg", "論壇.jpg",
            "科學園.jpg", "機械人.jpg", "醫療科技.jpg", "人工智能.jpg", "閉幕.jpg");

    private void namesCameThrough(List<String> names) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("export-bundle", "2", "--out", out.toString(), "--db", db.toString()).code());
        try (Stream<Path> s = Files.list(out.resolve("photos"))) {
            assertEquals(names.stream().sorted().toList(), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void big5HkscsNamesWithoutTheUtf8FlagAreRead() throws Exception {
        Path zip = write("hk.zip", sampleZip(CHINESE, Charset.forName("Big5-HKSCS")).bytes());
        assertEquals("2", imported(zip));
        namesCameThrough(CHINESE);
    }

    @Test
    void gbkNamesWithoutTheUtf8FlagAreRead() throws Exception {
        List<String> simplified = List.of("开幕典礼.jpg", "嘉宾合照.jpg", "论坛.jpg", "科学园.jpg", "机械人.jpg",
                "医疗科技.jpg", "人工智能.jpg", "闭幕.jpg", "合影.jpg");
        Path zip = write("gb.zip", sampleZip(simplified, Charset.forName("GBK")).bytes());
        assertEquals("2", imported(zip));
        namesCameThrough(simplified);
    }

    @Test
    void officeMacAndWindowsLitterIsIgnored() throws Exception {
        RawZip zip = sampleZip(null, StandardCharsets.UTF_8)
                .add("~$Press release.docx", new byte[162])
                .add("__MACOSX/._release.json", new byte[4096])
                .add("__MACOSX/photos/._photo-01.jpg", new byte[4096])
                .add(".DS_Store", new byte[6148])
                .add("photos/.DS_Store", new byte[6148])
                .add("Thumbs.db", new byte[512])
                .add("photos/Thumbs.db", new byte[512])
                .add("desktop.ini", "[.ShellClassInfo]".getBytes(StandardCharsets.US_ASCII));
        assertEquals("2", imported(write("litter.zip", zip.bytes())));
        before = LibraryDump.of(db);
        RawZip evil = sampleZip(null, StandardCharsets.UTF_8).add("../$evil.jpg", new byte[3]);
        refused(write("evil.zip", evil.bytes()), "evil.zip: the entry ../$evil.jpg leaves the archive; the .zip is refused");
    }

    // ---------------------------------------------------------------- names that fit on the way out (item 12)

    @Test
    void longPhotoNamesAreShortenedOnExportUniqueAndStable() throws Exception {
        String hundred = "匯聚八百頂尖國際學者推動科研創新創新香港研發平台高峰會圓滿舉行論壇聚焦醫療科技人工智能及機械人科技推動香港作為環球科研合作中心"
                .repeat(2).substring(0, 100);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            names.add(hundred + i + ".jpg"); // 304 bytes each in UTF-8, alike until the last character
        }
        Path zip = tmp.resolve("long.zip");
        ObjectNode json = sampleJson();
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < names.size(); i++) {
                ((ObjectNode) json.withArray("photos").get(i)).put("file", "photos/" + names.get(i));
                z.putNextEntry(new ZipEntry("photos/" + names.get(i)));
                z.write(samplePhoto(i + 1));
            }
            z.putNextEntry(new ZipEntry("release.json"));
            z.write(bytes(json));
        }
        assertEquals("2", imported(zip));
        Path first = tmp.resolve("first");
        CliRunner.Result r = CliRunner.run("export-bundle", "2", "--out", first.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        List<String> written;
        try (Stream<Path> s = Files.list(first.resolve("photos"))) {
            written = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(9, written.size(), "unique: " + written);
        for (String w : written) {
            assertTrue(w.getBytes(StandardCharsets.UTF_8).length <= 255, w);
            assertTrue(w.endsWith(".jpg"), w);
            assertTrue(w.startsWith(hundred.substring(0, 60)), w);
        }
        assertEquals("3", imported(first));
        Path second = tmp.resolve("second");
        assertEquals(0, CliRunner.run("export-bundle", "3", "--out", second.toString(), "--db", db.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("release.json")), Files.readAllBytes(second.resolve("release.json")));
        for (String w : written) {
            assertArrayEquals(Files.readAllBytes(first.resolve("photos").resolve(w)),
                    Files.readAllBytes(second.resolve("photos").resolve(w)), w);
        }
        Path asZip = tmp.resolve("again.zip");
        assertEquals(0, CliRunner.run("export-bundle", "3", "--out", asZip.toString(), "--db", db.toString()).code());
        assertEquals("4", imported(asZip));
    }

    // ---------------------------------------------------------------- bounded work on hostile input (item 8)

    /** A real PNG that decodes, carrying {@code padding} bytes of zeros in a private chunk: tiny once zipped. */
    static byte[] paddedPng(int padding) throws Exception {
        byte[] png = TestBundles.image(64, 48, "png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        byte[] type = "prVt".getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[padding];
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(padding).array());
        out.write(type);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /**
     * The zip bombs of the report, at a size a test can afford: forty photos that all read one entry which
     * unpacks to 24 MB (by naming it forty times, or through forty directory records pointing at its data).
     * The old importer held every photo's bytes at once (960 MB) and died of "Java heap space"; in a JVM of
     * 192 MB the import must stop with a sentence naming the photo, because of what the zip unpacks to in all.
     */
    @Test
    void aZipThatUnpacksToMoreThanTheImportMayHoldIsRefusedInBoundedMemory() throws Exception {
        byte[] big = paddedPng(24 << 20);
        ObjectNode sameName = sampleJson();
        ObjectNode aliases = sampleJson();
        ArrayNode a = sameName.putArray("photos");
        ArrayNode b = aliases.putArray("photos");
        RawZip overlapping = new RawZip().add("photos/p00.png", big);
        for (int i = 0; i < 40; i++) {
            a.addObject().put("file", "photos/p00.png").put("caption", "Photo " + i);
            b.addObject().put("file", String.format("photos/p%02d.png", i)).put("caption", "Photo " + i);
            if (i > 0) {
                overlapping.alias(String.format("photos/p%02d.png", i), 0);
            }
        }
        Path one = write("one-entry.zip", new RawZip().add("release.json", bytes(sameName)).add("photos/p00.png", big).bytes());
        Path many = write("overlapping.zip", overlapping.add("release.json", bytes(aliases)).bytes());
        assertTrue(Files.size(one) < 200_000 && Files.size(many) < 200_000, "small on disk");
        for (Path zip : List.of(one, many)) {
            List<String> words = new ArrayList<>(ChildJvm.launcher("-Xmx192m"));
            words.addAll(List.of("import", zip.toString(), "--db", db.toString()));
            ChildJvm.Result r = ChildJvm.run(null, words, Map.of("LANG", "C.UTF-8"), 300);
            assertEquals(1, r.code(), r.outText());
            String err = r.errText().strip();
            assertEquals(1, err.split("\n").length, err);
            assertTrue(err.matches("photos\\[\\d+]\\.file: photos/p\\d\\d\\.png would take the import past \\d+ MB "
                    + "unpacked in all, more than this Presskit can hold; the bundle is refused"), err);
            assertFalse(err.contains("heap"), err);
            assertEquals(before, LibraryDump.of(db), "the library is unchanged");
        }
    }

    @Test
    void aPhotoThatUnpacksPastTheLargestImageIsRefusedBeforeItIsRead() throws Exception {
        ObjectNode json = sampleJson();
        ((ObjectNode) json.withArray("photos").get(0)).put("file", "photos/huge.jpg");
        RawZip clean = new RawZip().add("release.json", bytes(json)).add("photos/huge.jpg", new byte[201 << 20]);
        for (int i = 2; i <= 9; i++) {
            clean.add(String.format("photos/photo-%02d.jpg", i), samplePhoto(i));
        }
        Path zip = write("huge.zip", clean.bytes());
        refused(zip, "photos[0].file: photos/huge.jpg unpacks to 201 MB; the largest image accepted is 200 MB");
    }
}
