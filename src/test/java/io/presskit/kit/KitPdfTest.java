package io.presskit.kit;

import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exported kits read back with PDFBox (and validated with veraPDF): the sample in Chinese on A4, and an
 * English embargoed release on US Letter with a CMYK JPEG, a phone portrait stored with EXIF orientation 6,
 * a PNG with transparency, an emoji in a caption and a long URL.
 */
class KitPdfTest {
    static KitFixtures.Kit zh;
    static KitFixtures.Kit en;
    static byte[] zhPdf;
    static byte[] enPdf;
    static KitResult zhResult;
    static KitResult enResult;

    @BeforeAll
    static void export() throws Exception {
        zh = KitFixtures.sample();
        en = KitFixtures.english();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        zhResult = KitExporter.shared().export(zh.release(), zh.photos(),
                new KitOptions(PaperSize.A4, Instant.parse("2023-12-06T02:00:00Z")), a, KitProgress.NONE);
        zhPdf = a.toByteArray();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        enResult = KitExporter.shared().export(en.release(), en.photos(),
                new KitOptions(PaperSize.LETTER, Instant.parse("2027-03-01T15:30:00Z")), b, KitProgress.NONE);
        enPdf = b.toByteArray();
    }

    static List<String> pageTexts(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    /** The kit's own text without page furniture (slug, "more", footer), as a reader copying it would clean it. */
    static String body(List<String> pages, String slug) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            boolean first = true;
            for (String line : pages.get(p).split("\n")) {
                String l = line.strip();
                boolean slugLine = p > 0 && first && l.equals(slug);
                first = first && l.isEmpty();
                if (slugLine || l.equals("（續）") || l.equals("– more –") || l.matches("第 \\d+ 頁，共 \\d+ 頁")
                        || l.matches("Page \\d+ of \\d+")) {
                    continue;
                }
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Every piece of the release's own text, in reading order. */
    static List<String> sourceTexts(Release r, String dateline, boolean chinese) {
        List<String> out = new ArrayList<>();
        out.addAll(List.of(r.headline().split("\n")));
        if (r.subheadline() != null) {
            out.add(r.subheadline());
        }
        out.addAll(r.highlights());
        out.add(dateline + r.body().get(0));
        out.addAll(r.body().subList(1, r.body().size()));
        for (int i = 0; i < r.photos().size(); i++) {
            Photo p = r.photos().get(i);
            out.add(r.lang().photoNumber(i + 1) + (chinese ? "：" : ":") + p.caption());
        }
        for (Boilerplate b : r.boilerplates()) {
            out.add(b.title());
            out.addAll(b.body());
        }
        for (Contact c : r.contacts()) {
            if (c.organization() != null) {
                out.add(c.organization());
            }
            out.add(c.name());
            out.addAll(c.phones());
            out.addAll(c.emails());
        }
        return out;
    }

    /** Each source text appears in the extracted text, whitespace aside, each after the one before. */
    static void assertInReadingOrder(List<String> sources, String extracted) {
        String all = noSpace(extracted);
        int at = 0;
        for (String s : sources) {
            String want = noSpace(s);
            int found = all.indexOf(want, at);
            assertTrue(found >= 0, "missing or out of order: " + s);
            at = found + want.length();
        }
    }

    @Test
    void chineseKitHasItsPagesFootersSlugAndMoreMarker() throws Exception {
        List<String> pages = pageTexts(zhPdf);
        assertEquals(zhResult.pageCount(), pages.size());
        assertTrue(pages.size() >= 4, "the sample with nine photos takes several pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("第 " + (i + 1) + " 頁，共 " + pages.size() + " 頁"), "footer of page " + (i + 1));
            if (i > 0) {
                assertTrue(pages.get(i).strip().startsWith("匯聚八百頂尖國際學者推動科研創新"), "slug on page " + (i + 1));
            }
        }
        assertTrue(pages.get(0).contains("（續）"), "the release continues overleaf");
        assertFalse(pages.get(pages.size() - 1).contains("（續）"));
        assertTrue(pages.get(0).contains("即時發布"));
        assertEquals(List.of(), zhResult.warnings(), "the sample prints without warnings (创 comes from the SC supplement)");
    }

    @Test
    void chineseTextExtractsInOrderWithoutSpacesBetweenHanCharacters() throws Exception {
        Release r = zh.release();
        String text = body(pageTexts(zhPdf), r.headlineFirstLine());
        assertInReadingOrder(sourceTexts(r, "(香港·2023年12月6日) - ", true), text);
        // A space between two Han characters only where the source has one ("科技 推動").
        String source = String.join("\n", sourceTexts(r, "", true));
        Matcher m = Pattern.compile("(\\p{IsHan})[ \\u00A0]+(\\p{IsHan})").matcher(text);
        while (m.find()) {
            assertTrue(source.contains(m.group(1) + " " + m.group(2)), "inserted space: " + m.group());
        }
        assertTrue(text.contains("卓越创新中心"), "the simplified character is kept");
    }

    @Test
    void englishKitShowsEmbargoMoreMarkerAndExtractsInOrder() throws Exception {
        List<String> pages = pageTexts(enPdf);
        String text = body(pages, en.release().headlineFirstLine());
        assertTrue(pages.get(0).contains("EMBARGOED UNTIL 09:00 EDT, 15 March 2027 (13:00 UTC)"), pages.get(0));
        assertTrue(pages.get(0).contains("– more –"));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + pages.size()), "footer " + (i + 1));
        }
        Release r = en.release();
        List<String> sources = sourceTexts(r, "BOSTON, March 15, 2027 – ", false);
        sources.replaceAll(s -> s.replace("🤖", "")); // the emoji is in no shipped font: left out, with a warning
        assertInReadingOrder(sources, text);
        assertTrue(noSpace(text).contains(KitFixtures.LONG_URL), "the long URL comes back whole");
        assertTrue(enResult.warnings().stream().anyMatch(w -> w.startsWith("photos[3].caption: the character U+1F916 🤖")),
                enResult.warnings().toString());
        assertTrue(enResult.warnings().stream().anyMatch(w -> w.startsWith("photos[1]: agency-cmyk.jpg prints at ")
                && w.endsWith("under the 150 dpi a print needs")), "the 64-pixel agency file is too small to print");
    }

    @Test
    void fontsAreEmbeddedAndSubset() throws Exception {
        for (byte[] pdf : List.of(zhPdf, enPdf)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> names = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName n : res.getFontNames()) {
                        PDFont f = res.getFont(n);
                        assertTrue(f.isEmbedded(), f.getName());
                        assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), "subset prefix: " + f.getName());
                        names.add(f.getName().substring(7));
                    }
                }
                assertTrue(names.stream().anyMatch(n -> n.startsWith("NotoSans-")), names.toString());
                if (pdf == zhPdf) {
                    assertTrue(names.contains("NotoSansTC-Regular"), names.toString());
                    assertTrue(names.contains("NotoSansTC-Bold"), names.toString());
                }
            }
        }
    }

    @Test
    void photosAreEmbeddedAsTheirRenditionsInRgb() throws Exception {
        for (KitFixtures.Kit kit : List.of(zh, en)) {
            byte[] pdf = kit == zh ? zhPdf : enPdf;
            List<PDImageXObject> images = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                for (PDPage page : doc.getPages()) {
                    for (COSName n : page.getResources().getXObjectNames()) {
                        PDXObject x = page.getResources().getXObject(n);
                        if (x instanceof PDImageXObject img) {
                            images.add(img);
                        }
                    }
                }
                assertEquals(kit.release().photos().size(), images.size());
                for (Photo photo : kit.release().photos()) {
                    PreparedImage src = kit.images().get(photo.sha256());
                    PDImageXObject img = images.stream().filter(x -> x.getWidth() == src.rendition().width()
                            && x.getHeight() == src.rendition().height()).findFirst().orElseThrow(
                            () -> new AssertionError(photo.fileName() + " is not embedded at its rendition size"));
                    assertTrue(Math.max(img.getWidth(), img.getHeight()) <= 2500);
                    assertEquals(PDDeviceRGB.INSTANCE, img.getColorSpace(), photo.fileName());
                    assertEquals(src.rendition().isPng() ? "png" : "jpg", img.getSuffix(), photo.fileName());
                    if (src.rendition().isPng()) {
                        assertTrue(img.getCOSObject().containsKey(COSName.SMASK), "the PNG keeps its transparency");
                    }
                }
            }
            if (kit == en) {
                PreparedImage phone = kit.images().get(kit.release().photos().get(2).sha256());
                assertEquals(6, phone.info().orientation());
                assertTrue(phone.info().width() > phone.info().height(), "stored sideways");
                assertTrue(phone.rendition().height() > phone.rendition().width(), "embedded upright");
            }
        }
    }

    @Test
    void rightToLeftTextAndCharactersNoFontHasAreWarnedAboutAndTheExportStillSucceeds() throws Exception {
        Release r = new Release("en-GB", null, null, null, "Hard text", null, List.of(), null,
                List.of("Arabic: مرحبا بالعالم", "A character no font has: \uD83E\uDEE0 (melting face)", "Plain text."),
                null, List.of(), List.of(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult result = KitExporter.shared().export(r, photo -> null, new KitOptions(PaperSize.A4, Instant.EPOCH), out,
                KitProgress.NONE);
        assertTrue(result.warnings().contains("body[0]: right-to-left text (Arabic, Hebrew) is printed left to right and "
                + "unjoined; Presskit does not set right-to-left scripts yet"), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("body[1]: the character U+1FAE0")), result.warnings().toString());
        assertTrue(String.join("\n", pageTexts(out.toByteArray())).contains("Plain text."));
    }

    @Test
    void theSameReleaseGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        KitExporter.shared().export(en.release(), en.photos(),
                new KitOptions(PaperSize.LETTER, Instant.parse("2027-03-01T15:30:00Z")), again, KitProgress.NONE);
        org.junit.jupiter.api.Assertions.assertArrayEquals(enPdf, again.toByteArray());
    }

    @Test
    void noCameraOrGpsDataReachesThePdf() throws Exception {
        String raw = new String(enPdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Exif\0\0"), "no EXIF block inside embedded JPEGs");
    }

    @Test
    void metadataBookmarksAndLinks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(zhPdf)) {
            assertEquals("匯聚八百頂尖國際學者推動科研創新 「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行",
                    doc.getDocumentInformation().getTitle());
            assertEquals("香港科技園公司", doc.getDocumentInformation().getAuthor());
            assertEquals("zh-Hant-HK", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("香港科技園公司"), xmp);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("新聞稿", "相片", "關於香港科技園公司", "傳媒聯絡"), titles);
            List<String> uris = links(doc);
            assertTrue(uris.containsAll(List.of("mailto:julia.cheung@hkstp.org", "tel:+85226296891",
                    "mailto:June.Wong@edelman.com", "mailto:Edelmanhkstppr@edelman.com", "tel:69865822",
                    "https://www.hkstp.org")), uris.toString());
        }
        try (PDDocument doc = Loader.loadPDF(enPdf)) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals("en-US", doc.getDocumentCatalog().getLanguage());
            List<String> uris = links(doc);
            assertTrue(uris.contains(KitFixtures.LONG_URL), uris.toString());
            assertTrue(uris.contains("mailto:press@acme-robotics.example.com"), uris.toString());
            assertTrue(uris.contains("tel:+16175550142"), uris.toString());
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(List.of("Release", "Photos", "About Acme Robotics", "Media contacts"), titles);
        }
    }

    private static List<String> links(PDDocument doc) throws Exception {
        List<String> uris = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    assertTrue(link.isPrinted(), "PDF/A: links print");
                    uris.add(((PDActionURI) link.getAction()).getURI());
                }
            }
        }
        return uris;
    }

    @Test
    void bothKitsAreValidPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (byte[] pdf : List.of(zhPdf, enPdf)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
                ValidationResult result = validator.validate(parser);
                String failures = result.getTestAssertions().stream()
                        .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                        .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertTrue(result.isCompliant(), failures);
            }
        }
    }
}
