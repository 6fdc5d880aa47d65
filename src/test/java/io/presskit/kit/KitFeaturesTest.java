package io.presskit.kit;

import io.presskit.bundle.BundleException;
import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PreparedImage;
import io.presskit.image.PhotoSource;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import io.presskit.testing.TestBundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kits made for one behaviour each: photos turned and sized, mixed scripts, credits, end marks, logo, drafts. */
class KitFeaturesTest {
    @TempDir
    Path tmp;

    /** A release in {@code language} with the given photos (and their prepared images as the photo source). */
    private record Made(Release release, PhotoSource photos) {
    }

    private static Made release(String language, List<PreparedImage> images, List<Photo> photos, String endMark) {
        Map<String, PreparedImage> bySha = new HashMap<>();
        images.forEach(i -> bySha.put(i.sha256(), i));
        Release r = new Release(language, "香港科技園公司", null, ReleaseTiming.IMMEDIATE, "測試新聞稿", null, List.of(), null,
                List.of("第一段。"), endMark, photos, List.of(), null, List.of());
        return new Made(r, p -> bySha.get(p.sha256()).rendition());
    }

    private static Photo photo(PreparedImage img, String name, String caption, String credit) {
        return new Photo(name, img.sha256(), img.info().mediaType(), img.info().width(), img.info().height(),
                img.info().orientation(), caption, credit, null);
    }

    private static byte[] export(Made m, KitOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitExporter.shared().export(m.release(), m.photos(), options, out, KitProgress.NONE);
        return out.toByteArray();
    }

    private static byte[] export(Made m) throws Exception {
        return export(m, new KitOptions(PaperSize.A4, Instant.EPOCH));
    }

    /**
     * Files a camera stored at each EXIF orientation (made with ImageMagick, see make.sh): drawn by the kit,
     * each stands upright: red top-left, green top-right, blue bottom-left, yellow bottom-right.
     */
    @Test
    void everyExifOrientationPrintsUpright() throws Exception {
        List<PreparedImage> images = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        for (int o = 1; o <= 8; o++) {
            PreparedImage img = ImagePipeline.prepare("o" + o + ".jpg", TestBundles.resource("/io/presskit/image/orientation/o" + o + ".jpg"));
            images.add(img);
            photos.add(photo(img, "o" + o + ".jpg", "方向 " + o, null));
        }
        byte[] pdf = export(release("zh-Hant-HK", images, photos, null));
        List<PdfReading.Drawn> drawn = PdfReading.images(pdf);
        assertEquals(8, drawn.size());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            Map<Integer, BufferedImage> pages = new HashMap<>();
            float scale = 300 / 72f;
            for (int o = 1; o <= 8; o++) {
                PdfReading.Drawn d = drawn.get(o - 1);
                assertEquals(o >= 5 ? 40 : 60, d.image().getWidth(), "embedded as stored, orientation " + o);
                Rectangle2D b = d.box();
                assertTrue(b.getWidth() > b.getHeight(), "drawn landscape, orientation " + o + ": " + b);
                BufferedImage page = pages.computeIfAbsent(d.page(), p -> {
                    try {
                        return renderer.renderImageWithDPI(p, 300);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                float height = doc.getPage(d.page()).getMediaBox().getHeight();
                int[][] expected = {{0xDC1E1E, 0x1EA03C}, {0x1E3CC8, 0xE6C828}};
                for (int row = 0; row < 2; row++) {
                    for (int col = 0; col < 2; col++) {
                        double x = b.getX() + b.getWidth() * (0.25 + 0.5 * col);
                        double y = b.getY() + b.getHeight() * (0.75 - 0.5 * row);
                        KitPdfTest.assertColour(expected[row][col], page.getRGB((int) (x * scale), (int) ((height - y) * scale)),
                                "orientation " + o + ", quadrant " + row + "," + col);
                    }
                }
            }
        }
    }

    @Test
    void a320PixelImagePrintsAtMost5Point4CentimetresWideCentred() throws Exception {
        PreparedImage img = ImagePipeline.prepare("small.jpg", TestBundles.image(320, 240, "jpg"));
        Made m = release("zh-Hant-HK", List.of(img), List.of(photo(img, "small.jpg", "小圖", null)), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result = KitExporter.shared().export(m.release(), m.photos(), new KitOptions(PaperSize.A4, Instant.EPOCH),
                out, KitProgress.NONE);
        PdfReading.Drawn d = PdfReading.images(out.toByteArray()).get(0);
        assertTrue(d.box().getWidth() / 72 * 2.54 <= 5.42, "at most 5.4 cm: " + d.box().getWidth() / 72 * 2.54);
        assertEquals(320 / 150.0 * 72, d.box().getWidth(), 0.05, "exactly 150 ppi, not smaller");
        assertEquals(PaperSize.A4.width() / 2, d.box().getCenterX(), 0.05, "centred");
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).startsWith("photos[0]: small.jpg is 320 × 240 pixels, too few to fill its place"));
    }

    /**
     * An English caption in a Chinese kit: set as English (ragged, Latin punctuation), tagged /Lang en, its
     * label 圖一： in Chinese and never spaced out.
     */
    @Test
    void anEnglishCaptionInAChineseKitIsSetAndTaggedAsEnglishWithATightLabel() throws Exception {
        PreparedImage img = ImagePipeline.prepare("a.jpg", TestBundles.image(1500, 1000, "jpg"));
        String caption = "Secretary for Innovation, Technology and Industry Professor Sun Dong speaking at the opening "
                + "ceremony of the summit, with guests from universities and research institutes around the world.";
        byte[] pdf = export(release("zh-Hant-HK", List.of(img), List.of(photo(img, "a.jpg", caption, "Reuters")), null));
        PdfReading.Tag captionTag = PdfReading.structure(pdf).ofType("Caption").get(0);
        assertEquals("en", captionTag.lang());
        assertEquals("圖一：", captionTag.kids().get(0).text());
        assertEquals("zh-Hant-HK", captionTag.kids().get(0).lang(), "the label keeps the kit's language");
        assertTrue(captionTag.text().replaceAll("\\s+", " ").contains(caption), captionTag.text());
        // The label's three glyphs advance exactly one em each: no justification spread them.
        List<TextPosition> label = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (label.size() < 4 && (t.getUnicode().equals("圖") || !label.isEmpty())) {
                        label.add(t);
                    }
                    super.processTextPosition(t);
                }
            }.getText(doc);
        }
        assertEquals("圖一：S", label.stream().map(TextPosition::getUnicode).reduce("", String::concat));
        for (int i = 0; i < 2; i++) {
            assertEquals(label.get(i).getWidthDirAdj(), label.get(i + 1).getXDirAdj() - label.get(i).getXDirAdj(), 0.01,
                    "圖一： set tight");
        }
    }

    @Test
    void aCreditThatNamesItsSourceIsNotPrefixedAgain() throws Exception {
        PreparedImage img = ImagePipeline.prepare("a.jpg", TestBundles.image(1500, 1000, "jpg"));
        List<Photo> photos = List.of(photo(img, "a.jpg", "開幕典禮", "攝影：李小明"), photo(img, "b.jpg", "嘉賓合照", "香港科技園公司"),
                photo(img, "c.jpg", "會場", "圖片來源：政府新聞處"));
        String text = String.join("", PdfReading.pageTexts(export(release("zh-Hant-HK", List.of(img), photos, null))))
                .replaceAll("\\s", "");
        assertTrue(text.contains("開幕典禮（攝影：李小明）"), text);
        assertTrue(text.contains("嘉賓合照（圖片來源：香港科技園公司）"), text);
        assertTrue(text.contains("會場（圖片來源：政府新聞處）"), text);
        assertFalse(text.contains("圖片來源：攝影") || text.contains("圖片來源：圖片來源"), text);
    }

    @Test
    void theEndMarkIsTheReleasesOwn() throws Exception {
        for (String mark : List.of("-完-", "完", "– end –")) {
            List<String> pages = PdfReading.pageTexts(export(release("zh-Hant-HK", List.of(), List.of(), mark)));
            String all = String.join("", pages);
            assertTrue(all.contains("第一段。\n" + mark + "\n"), all);
            assertFalse(all.contains("###"), all);
        }
    }

    @Test
    void theLetterheadLogoIsPlacedAtPrintQualityWithItsAltText() throws Exception {
        KitLogo logo = KitLogo.read("logo.png", KitFixtures.logoPng()); // 1600 × 800, transparent
        Made m = release("zh-Hant-HK", List.of(), List.of(), null);
        byte[] pdf = export(m, new KitOptions(PaperSize.A4, Instant.EPOCH).withLogo(logo));
        assertEquals("", PdfReading.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1));
        PdfReading.Drawn d = PdfReading.images(pdf).get(0);
        assertEquals(1600, d.image().getWidth(), "the logo file's own pixels, not resampled");
        assertTrue(d.image().getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK), "with its transparency");
        assertTrue(d.box().getHeight() <= 40.01, "within the letterhead: " + d.box());
        assertTrue(d.box().getHeight() >= 800 / 300.0 * 72 - 0.01 || d.box().getHeight() >= 39.99, "not smaller than needed");
        PdfReading.Tag figure = PdfReading.structure(pdf).ofType("Figure").get(0);
        assertEquals("香港科技園公司標誌", figure.alt());
        // A small logo never grows past 300 ppi.
        KitLogo small = KitLogo.read("small.png", TestBundles.image(90, 30, "png"));
        PdfReading.Drawn s = PdfReading.images(export(m, new KitOptions(PaperSize.A4, Instant.EPOCH).withLogo(small))).get(0);
        assertEquals(30 / 300.0 * 72, s.box().getHeight(), 0.01);
    }

    @Test
    void aDraftPrintsWhatItHasAndStaysAccessible() throws Exception {
        PreparedImage img = ImagePipeline.prepare("a.jpg", TestBundles.image(1500, 1000, "jpg"));
        Release draft = new Release("zh-Hant-HK", null, null, null, "", null, List.of(" "), null, List.of(""), null,
                List.of(photo(img, "a.jpg", "", null)), List.of(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result = KitExporter.shared().export(draft, p -> img.rendition(), new KitOptions(PaperSize.A4, Instant.EPOCH),
                out, KitProgress.NONE);
        assertEquals(2, result.pageCount());
        assertEquals("", PdfReading.veraPdfFailures(out.toByteArray(), PDFAFlavour.PDFUA_1));
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals("未有標題的新聞稿（草稿）", doc.getDocumentInformation().getTitle());
        }
        assertEquals("圖一", PdfReading.structure(out.toByteArray()).ofType("Figure").get(0).alt(),
                "a photo with neither alt text nor caption is described by its number");
    }

    /** The English test release as a bundle: "credit": "" is no credit; a JPEG cut short is refused by name. */
    @Test
    void theEnglishBundleAcceptsAnEmptyCreditAndRefusesATruncatedPhoto() throws Exception {
        Path bundle = KitFixtures.englishBundle(tmp.resolve("english"));
        assertTrue(Files.readString(bundle.resolve("release.json")).contains("\"credit\" : \"\""));
        BundleImporter.ImportedBundle imported = BundleImporter.load(bundle);
        assertNull(imported.release().photos().get(2).credit());
        assertNull(imported.release().photos().get(2).altText());

        Path harbour = bundle.resolve("photos/harbour.jpg");
        byte[] whole = Files.readAllBytes(harbour);
        Files.write(harbour, Arrays.copyOf(whole, whole.length / 2));
        BundleException e = assertThrows(BundleException.class, () -> BundleImporter.load(bundle));
        assertEquals("photos[0].file: photos/harbour.jpg does not decode as an image (it is truncated: the JPEG end "
                + "marker is missing)", e.getMessage());
    }
}
