package io.presskit.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.cli.CliRunner;
import io.presskit.testing.LibraryDump;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every refusal of the bundle format: one sentence naming the field or file, exit status 1, and the
 * library exactly as it was (checked by reading every table before and after).
 */
class ImportRefusalTest {
    @TempDir
    Path tmp;
    Path db;
    Path bundle;
    String before;

    @BeforeEach
    void setUp() throws Exception {
        db = tmp.resolve("lib.db");
        assertEquals(0, CliRunner.run("list", "--db", db.toString()).code());
        bundle = TestBundles.copySample(tmp, "bundle");
        before = LibraryDump.of(db);
    }

    private void refused(String expectedSentence) throws Exception {
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertEquals(1, err.split("\n").length, "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertEquals(expectedSentence, err);
        assertEquals(before, LibraryDump.of(db), "the library is unchanged");
    }

    private void json(Consumer<ObjectNode> edit) throws IOException {
        TestBundles.editJson(bundle, edit);
    }

    @Test
    void unknownFormat() throws Exception {
        json(r -> r.put("format", 3));
        refused("unsupported bundle format 3; this version reads 1 and 2");
    }

    @Test
    void badJson() throws Exception {
        Files.writeString(bundle.resolve("release.json"), "{\"format\": 1, \"headline\": \"x\",,}");
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("release.json is not valid JSON (line 1, column "), r.err());
        assertEquals(before, LibraryDump.of(db));
    }

    @Test
    void unknownField() throws Exception {
        json(r -> r.put("headlien", "typo"));
        refused("headlien: unknown field; this version reads only body, boilerplates, contacts, contactsHeading, "
                + "dateline, endMark, format, headline, highlights, issuer, label, language, photos, release, subheadline");
    }

    @Test
    void unknownNestedField() throws Exception {
        json(r -> ((ObjectNode) r.withArray("contacts").get(1)).put("fax", "+852 0000 0000"));
        refused("contacts[1].fax: unknown field; this version reads only emails, name, organization, otherName, otherOrganization, phones");
    }

    @Test
    void blankHeadline() throws Exception {
        json(r -> r.put("headline", " \n "));
        refused("headline: must not be blank");
    }

    @Test
    void noBody() throws Exception {
        json(r -> r.putArray("body"));
        refused("body: needs at least one paragraph");
    }

    @Test
    void missingBody() throws Exception {
        json(r -> r.remove("body"));
        refused("body: is missing; a release needs at least one paragraph");
    }

    @Test
    void invalidEmail() throws Exception {
        json(r -> ((ObjectNode) r.withArray("contacts").get(0)).putArray("emails").add("julia.cheung@hkstp"));
        refused("contacts[0].emails[0]: \"julia.cheung@hkstp\" is not a valid email address");
    }

    @Test
    void embargoWithoutZone() throws Exception {
        json(r -> r.putObject("release").put("type", "embargoed").put("until", "2027-03-15T09:00:00"));
        refused("release.until: \"2027-03-15T09:00:00\" has no time zone; write it with an offset or Z, "
                + "such as 2027-03-15T09:00:00-04:00");
    }

    @Test
    void wrongType() throws Exception {
        json(r -> r.put("headline", 42));
        refused("headline: must be a string");
    }

    @Test
    void badLanguage() throws Exception {
        json(r -> r.put("language", "chinese please"));
        refused("language: \"chinese please\" is not a BCP 47 language tag such as zh-Hant-HK or en-US");
    }

    @Test
    void photoPathLeavingTheBundle() throws Exception {
        Files.write(tmp.resolve("outside.jpg"), Files.readAllBytes(bundle.resolve("photos/photo-01.jpg")));
        json(r -> TestBundles.photo(r, 0).put("file", "photos/../../outside.jpg"));
        refused("photos[0].file: photos/../../outside.jpg leaves the bundle folder; photo paths must stay inside it");
    }

    @Test
    void absolutePhotoPath() throws Exception {
        String abs = bundle.resolve("photos/photo-01.jpg").toAbsolutePath().toString();
        json(r -> TestBundles.photo(r, 0).put("file", abs));
        refused("photos[0].file: " + abs + " is an absolute path; photo paths must stay inside the bundle");
    }

    @Test
    void linkLeavingTheBundle() throws Exception {
        Path outside = tmp.resolve("outside.jpg");
        Files.write(outside, Files.readAllBytes(bundle.resolve("photos/photo-01.jpg")));
        Files.createSymbolicLink(bundle.resolve("photos/link.jpg"), outside);
        json(r -> TestBundles.photo(r, 4).put("file", "photos/link.jpg"));
        refused("photos[4].file: photos/link.jpg is a link that leaves the bundle folder; photo paths must stay inside it");
    }

    @Test
    void missingPhoto() throws Exception {
        Files.delete(bundle.resolve("photos/photo-07.jpg"));
        refused("photos[6].file: photos/photo-07.jpg is not in the bundle");
    }

    @Test
    void photoThatDoesNotDecode() throws Exception {
        Files.writeString(bundle.resolve("photos/photo-03.jpg"), "GIF89a but not really an image at all");
        refused("photos[2].file: photos/photo-03.jpg does not decode as an image");
    }

    @Test
    void photoThatIsNoImageAtAll() throws Exception {
        Files.writeString(bundle.resolve("photos/photo-03.jpg"), "<html>a web page saved as .jpg</html>");
        refused("photos[2].file: photos/photo-03.jpg does not decode as an image (it is not a JPEG, PNG, GIF or BMP file)");
    }

    @Test
    void truncatedPhoto() throws Exception {
        Path p = bundle.resolve("photos/photo-05.jpg");
        byte[] whole = Files.readAllBytes(p);
        // Cut in half, as a failed download leaves it: it decodes (half grey), so only the missing end marker
        // and the decoder's warning tell.
        Files.write(p, Arrays.copyOf(whole, whole.length / 2));
        refused("photos[4].file: photos/photo-05.jpg does not decode as an image (it is truncated: the JPEG end marker is missing)");
    }

    @Test
    void imageTooLargeToDecodeSafely() throws Exception {
        // A 2 KB PNG that claims 20,000 × 20,000 pixels: refused from its header, before any decoding.
        Files.write(bundle.resolve("photos/photo-02.jpg"), pngBomb(20_000, 20_000));
        refused("photos[1].file: photos/photo-02.jpg is 20,000 × 20,000 pixels, too large to decode safely "
                + "(the limit is 100 megapixels)");
    }

    @Test
    void zipEntryLeavingTheArchive() throws Exception {
        Path zip = tmp.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("release.json"));
            z.write(Files.readAllBytes(bundle.resolve("release.json")));
            z.putNextEntry(new ZipEntry("../../evil.jpg"));
            z.write(1);
        }
        CliRunner.Result r = CliRunner.run("import", zip.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("evil.zip: the entry ../../evil.jpg leaves the archive; the .zip is refused", r.err().strip());
        assertEquals(before, LibraryDump.of(db));
    }

    @Test
    void blankCaption() throws Exception {
        json(r -> TestBundles.photo(r, 8).put("caption", ""));
        refused("photos[8].caption: must not be blank");
    }

    @Test
    void controlCharacterInBody() throws Exception {
        json(r -> r.withArray("body").set(1, r.textNode("bell\u0007 here")));
        refused("body[1]: contains the control character U+0007 at position 5");
    }

    /** A valid PNG header and a tiny IDAT claiming the given size. */
    static byte[] pngBomb(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        Deflater d = new Deflater();
        d.setInput(new byte[64 * 1024]);
        d.finish();
        byte[] buf = new byte[4096];
        int n = d.deflate(buf);
        chunk(out, "IDAT", Arrays.copyOf(buf, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
