package io.presskit.share;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.cli.CliRunner;
import io.presskit.testing.TestBundles;
import io.presskit.testing.TestPhotos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The photo pack read back with metadata-extractor (a reader independent of the writer): every photo carries its
 * caption, credit, alt text, copyright and the headline in IPTC and XMP, stands upright, is at most 4000 px, and
 * has no GPS — from fixtures whose GPS EXIF the test wrote byte by byte.
 */
class PhotoPackTest {
    static final String HEADLINE = "匯聚八百頂尖國際學者推動科研創新\n「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行";

    @TempDir
    Path tmp;
    Path db;
    byte[] fit;

    @BeforeEach
    void library() throws Exception {
        db = tmp.resolve("lib.db");
        Path bundle = TestBundles.copySample(tmp, "b");
        fit = TestPhotos.jpegWithGps(1200, 800, 1);
        Files.write(bundle.resolve("photos/fit.jpg"), fit);
        Files.write(bundle.resolve("photos/turned.jpg"), TestPhotos.jpegWithGps(600, 400, 6));
        Files.write(bundle.resolve("photos/large.jpg"), TestPhotos.jpegWithGps(4400, 2200, 1));
        TestBundles.editJson(bundle, root -> {
            ArrayNode photos = root.putArray("photos");
            ObjectNode a = photos.addObject();
            a.put("file", "photos/fit.jpg").put("caption", "行政長官李家超以視像形式致開幕辭。").put("credit", "香港科技園公司")
                    .put("altText", "李家超在屏幕上致辭");
            ObjectNode b = photos.addObject();
            b.put("file", "photos/turned.jpg").put("caption", "Prof. Sun Dong at the opening.").put("credit", "Zoé Chan");
            ObjectNode c = photos.addObject();
            c.put("file", "photos/large.jpg").put("caption", "全體嘉賓合照");
        });
        CliRunner.Result r = CliRunner.run("import", bundle.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
    }

    private Map<String, byte[]> pack() throws Exception {
        Path zip = tmp.resolve("photos.zip");
        CliRunner.Result r = CliRunner.run("export-photos", "2", "--out", zip.toString(), "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("", r.out());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theFixturesReallyCarryGps() throws Exception {
        Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(fit));
        GpsDirectory gps = m.getFirstDirectoryOfType(GpsDirectory.class);
        assertNotNull(gps, "the fixture has a GPS directory");
        assertEquals(22.4255, gps.getGeoLocation().getLatitude(), 1e-4);
    }

    @Test
    void everyPhotoCarriesItsTextsAndNoGps() throws Exception {
        Map<String, byte[]> entries = pack();
        assertEquals(List.of("01-行政長官李家超以視像形式致開幕辭.jpg", "02-prof-sun-dong-at-the-opening.jpg", "03-全體嘉賓合照.jpg",
                "captions.txt"), List.copyOf(entries.keySet()));
        String[][] expected = {
                {"行政長官李家超以視像形式致開幕辭。", "香港科技園公司", "李家超在屏幕上致辭", "© 2023 香港科技園公司"},
                {"Prof. Sun Dong at the opening.", "Zoé Chan", null, "© 2023 Zoé Chan"},
                {"全體嘉賓合照", null, null, "© 2023 香港科技園公司"},
        };
        int i = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".jpg")) {
                continue;
            }
            String[] x = expected[i++];
            Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(e.getValue()));
            assertNull(m.getFirstDirectoryOfType(GpsDirectory.class), e.getKey() + " has no GPS");
            ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
            assertNotNull(ifd0, e.getKey() + " keeps the camera's EXIF");
            assertEquals("TestCam", ifd0.getString(ExifIFD0Directory.TAG_MAKE));
            assertFalse(ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION), "pixels are upright: no orientation to apply");

            IptcDirectory iptc = m.getFirstDirectoryOfType(IptcDirectory.class);
            assertNotNull(iptc, e.getKey() + " has IPTC");
            assertEquals("UTF-8", iptc.getString(IptcDirectory.TAG_CODED_CHARACTER_SET),
                    "IIM declares UTF-8 (1:90, ESC % G), for the English caption too");
            assertEquals(x[0], iptc.getString(IptcDirectory.TAG_CAPTION, "UTF-8"));
            assertEquals(x[1], iptc.getString(IptcDirectory.TAG_CREDIT, "UTF-8"));
            assertEquals(x[3], iptc.getString(IptcDirectory.TAG_COPYRIGHT_NOTICE, "UTF-8"));
            assertEquals(HEADLINE.replace("\n", " "), iptc.getString(IptcDirectory.TAG_HEADLINE, "UTF-8"));

            XMPMeta xmp = m.getFirstDirectoryOfType(XmpDirectory.class).getXMPMeta();
            assertEquals(x[0], xmp.getLocalizedText(XMPConst.NS_DC, "description", null, XMPConst.X_DEFAULT).getValue());
            assertEquals(x[3], xmp.getLocalizedText(XMPConst.NS_DC, "rights", null, XMPConst.X_DEFAULT).getValue());
            assertEquals(x[1], xmp.getPropertyString(XMPConst.NS_PHOTOSHOP, "Credit"));
            assertEquals(HEADLINE.replace("\n", " "), xmp.getPropertyString(XMPConst.NS_PHOTOSHOP, "Headline"));
            String alt = xmp.getLocalizedText(XMPConst.NS_IPTCCORE, "AltTextAccessibility", null, XMPConst.X_DEFAULT) == null ? null
                    : xmp.getLocalizedText(XMPConst.NS_IPTCCORE, "AltTextAccessibility", null, XMPConst.X_DEFAULT).getValue();
            assertEquals(x[2], alt);
        }
        String captions = new String(entries.get("captions.txt"), StandardCharsets.UTF_8);
        assertTrue(captions.contains("01-行政長官李家超以視像形式致開幕辭.jpg\n圖一：行政長官李家超以視像形式致開幕辭。（圖片來源：香港科技園公司）\n替代文字：李家超在屏幕上致辭\n"),
                captions);
        assertTrue(captions.contains("圖二：Prof. Sun Dong at the opening.（圖片來源：Zoé Chan）"), captions);
    }

    @Test
    void photosStandUprightAtMost4000PxAndAFitJpegKeepsItsCompressedData() throws Exception {
        Map<String, byte[]> entries = pack();
        List<byte[]> jpegs = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".jpg")).map(Map.Entry::getValue).toList();
        BufferedImage fitOut = ImageIO.read(new ByteArrayInputStream(jpegs.get(0)));
        assertEquals(1200, fitOut.getWidth());
        assertArrayEquals(scan(fit), scan(jpegs.get(0)), "a JPEG fit for print is passed through, not re-encoded");

        BufferedImage turned = ImageIO.read(new ByteArrayInputStream(jpegs.get(1)));
        assertEquals(400, turned.getWidth(), "orientation 6 applied: the stored 600 × 400 stands 400 × 600");
        assertEquals(600, turned.getHeight());
        // Orientation 6 turns the picture 90° clockwise: the red top-left quarter ends up top-right.
        assertRed(turned.getRGB(turned.getWidth() - 20, 20));
        assertFalse(isRed(turned.getRGB(20, 20)));

        BufferedImage large = ImageIO.read(new ByteArrayInputStream(jpegs.get(2)));
        assertEquals(4000, large.getWidth());
        assertEquals(2000, large.getHeight());
    }

    /** The bytes from the start-of-scan marker on: the compressed picture. */
    private static byte[] scan(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA) {
                return Arrays.copyOfRange(jpeg, i, jpeg.length);
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        throw new AssertionError("no scan");
    }

    private static boolean isRed(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        return r > 200 && g < 60;
    }

    private static void assertRed(int rgb) {
        assertTrue(isRed(rgb), String.format("expected red, got #%06x", rgb & 0xFFFFFF));
    }

    @Test
    void aReleaseWithoutPhotosOrAnIncompleteOneIsRefusedWithOneSentence() throws Exception {
        Path zip = tmp.resolve("none.zip");
        try (io.presskit.library.LibraryStore store = io.presskit.library.LibraryStore.open(db)) {
            io.presskit.testing.Saves.overLatest(store, 2, store.releases().release(2).orElseThrow().withPhotos(List.of()), List.of());
        }
        CliRunner.Result r = CliRunner.run("export-photos", "2", "--out", zip.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("The release has no photos, so there is no photo pack to write.\n", r.err());
        assertFalse(Files.exists(zip));
        try (io.presskit.library.LibraryStore store = io.presskit.library.LibraryStore.open(db)) {
            io.presskit.testing.Saves.overLatest(store, 1, store.releases().release(1).orElseThrow().withHeadline(""), List.of());
        }
        r = CliRunner.run("export-photos", "1", "--out", zip.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("Release 1 is not complete yet, so it cannot be exported: headline: must not be blank\n", r.err());
        assertEquals(2, CliRunner.run("export-photos", "1", "--db", db.toString()).code());
        assertEquals(1, CliRunner.run("export-photos", "99", "--out", zip.toString(), "--db", db.toString()).code());
        try (InputStream ignored = null) {
            assertFalse(Files.exists(zip));
        }
    }
}
