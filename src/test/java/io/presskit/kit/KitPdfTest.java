package io.presskit.kit;

import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exported kits read back with PDFBox and validated with veraPDF: the sample in Chinese on A4, and the
 * English embargoed release on US Letter (see {@link KitFixtures}).
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

    static String noSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Every piece of the release's own text, in reading order. */
    static List<String> sourceTexts(Release r, String dateline, boolean chinese) {
        List<String> out = new ArrayList<>(List.of(r.headline().split("\n")));
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
    void bothKitsPassPdfUa1AndPdfA2a() throws Exception {
        for (byte[] pdf : List.of(zhPdf, enPdf)) {
            assertEquals("", PdfReading.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
            assertEquals("", PdfReading.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
        }
    }

    @Test
    void everyPageCarriesItsNumberSlugAndMoreAsTextMarkedAsArtifacts() throws Exception {
        List<String> pages = PdfReading.pageTexts(zhPdf); // what pdftotext or a search finds on each page
        List<List<String>> artifacts = PdfReading.artifactTexts(zhPdf);
        int n = pages.size();
        assertEquals(zhResult.pageCount(), n);
        for (int p = 1; p <= n; p++) {
            String footer = "第 " + p + " 頁，共 " + n + " 頁";
            assertTrue(pages.get(p - 1).strip().endsWith(footer), "page " + p + " ends with its number: " + pages.get(p - 1));
            assertTrue(artifacts.get(p - 1).contains("Footer: " + footer), artifacts.get(p - 1).toString());
            assertEquals(p > 1, artifacts.get(p - 1).contains("Header: 匯聚八百頂尖國際學者推動科研創新"),
                    "the slug from page 2 on, page " + p + ": " + artifacts.get(p - 1));
        }
        assertTrue(artifacts.get(0).contains("Footer: （續）"), "the release continues overleaf: " + artifacts.get(0));
        assertFalse(artifacts.get(n - 1).contains("Footer: （續）"), "the last page does not continue");
        List<String> en = PdfReading.pageTexts(enPdf);
        for (int p = 1; p <= en.size(); p++) {
            assertTrue(en.get(p - 1).strip().endsWith("Page " + p + " of " + en.size()), en.get(p - 1));
        }
    }

    @Test
    void theTaggedTextIsTheReleaseWithoutPageFurniture() throws Exception {
        List<String> pages = PdfReading.taggedTexts(zhPdf); // what a screen reader or a tag-aware copy gets
        assertEquals(zhResult.pageCount(), pages.size());
        assertTrue(pages.size() >= 4, "the sample with nine photos takes several pages: " + pages.size());
        String all = String.join("\n", pages);
        assertFalse(all.contains("（續）") || all.matches("(?s).*第 \\d+ 頁.*"), "no furniture in the tagged text");
        for (int i = 1; i < pages.size(); i++) {
            assertFalse(pages.get(i).strip().startsWith("匯聚八百頂尖國際學者推動科研創新\n"), "no slug on page " + (i + 1));
        }
        assertEquals(1, all.split("匯聚八百頂尖國際學者推動科研創新", -1).length - 1, "the headline once, never as a slug");
        Release r = zh.release();
        assertInReadingOrder(sourceTexts(r, "(香港·2023年12月6日) - ", true), all);
        // A space between two Han characters only where the source has one ("科技 推動").
        String source = String.join("\n", sourceTexts(r, "", true));
        Matcher m = Pattern.compile("(\\p{IsHan})[ \\u00A0]+(\\p{IsHan})").matcher(all);
        while (m.find()) {
            assertTrue(source.contains(m.group(1) + " " + m.group(2)), "inserted space: " + m.group());
        }
        assertTrue(all.contains("卓越创新中心"), "the simplified character is kept");
        assertEquals(List.of(), zhResult.warnings(), "the sample prints without warnings (创 comes from the SC supplement)");
    }

    @Test
    void furnitureIsDrawnAsArtifactsAndNoTextIsUntagged() throws Exception {
        for (byte[] pdf : List.of(zhPdf, enPdf)) {
            Map<String, Integer> text = PdfReading.textOperatorsByTag(pdf);
            assertFalse(text.containsKey("none"), "every piece of text is marked content: " + text);
            assertTrue(text.getOrDefault("Artifact", 0) > 0, "furniture is text, marked as artifacts: " + text);
            assertTrue(text.getOrDefault("P", 0) > 20 && text.containsKey("H1") && text.containsKey("Caption"), text.toString());
            List<List<String>> artifacts = PdfReading.artifacts(pdf);
            for (int p = 0; p < artifacts.size(); p++) {
                assertTrue(artifacts.get(p).contains("Pagination/Footer"), "the footer an artifact on page " + (p + 1) + ": " + artifacts.get(p));
                if (p > 0) {
                    assertTrue(artifacts.get(p).contains("Pagination/Header"), "the slug an artifact on page " + (p + 1));
                }
            }
            assertTrue(artifacts.get(0).contains("Layout/null"), "the letterhead rule an artifact");
        }
    }

    @Test
    void theStructureIsInReadingOrderWithItsHeadingsListsFiguresAndContacts() throws Exception {
        PdfReading.Tag root = PdfReading.structure(zhPdf);
        PdfReading.Tag document = root.kids().get(0);
        assertEquals("Document", document.type());
        PdfReading.Tag sect = document.kids().get(0);
        assertEquals("Sect", sect.type());
        List<String> types = sect.kids().stream().map(PdfReading.Tag::type).toList();
        assertEquals(List.of("P", "P", "P", "H1", "P", "L"), types.subList(0, 6), types.toString());
        assertEquals("匯聚八百頂尖國際學者推動科研創新「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行", sect.ofType("H1").get(0).text());
        PdfReading.Tag list = sect.ofType("L").get(0);
        assertEquals(zh.release().highlights().size(), list.kids().size());
        for (int i = 0; i < list.kids().size(); i++) {
            PdfReading.Tag li = list.kids().get(i);
            assertEquals(List.of("Lbl", "LBody"), li.kids().stream().map(PdfReading.Tag::type).toList());
            assertEquals("•", li.kids().get(0).text());
            assertEquals(zh.release().highlights().get(i), li.kids().get(1).text());
        }
        List<String> h2 = sect.ofType("H2").stream().map(PdfReading.Tag::text).toList();
        assertEquals(List.of("相片", "關於香港科技園公司", "傳媒查詢，請聯絡："), h2);
        List<PdfReading.Tag> contacts = sect.kids().stream().filter(k -> k.type().equals("Div")).toList();
        assertEquals(2, contacts.size());
        assertEquals(List.of("香港科技園公司", "張麗蘭", "電話：+852 2629 6891", "電郵：julia.cheung@hkstp.org"),
                contacts.get(0).kids().stream().map(PdfReading.Tag::text).toList());
        assertEquals("zh-Hant-HK", sect.lang() == null ? "zh-Hant-HK" : sect.lang());
    }

    @Test
    void onePhotoOneFigureWithItsAltTextFollowedByItsCaption() throws Exception {
        for (KitFixtures.Kit kit : List.of(zh, en)) {
            PdfReading.Tag sect = PdfReading.structure(kit == zh ? zhPdf : enPdf).kids().get(0).kids().get(0);
            List<PdfReading.Tag> kids = sect.kids();
            List<PdfReading.Tag> figures = sect.ofType("Figure");
            assertEquals(kit.release().photos().size(), figures.size());
            for (int i = 0; i < figures.size(); i++) {
                Photo p = kit.release().photos().get(i);
                String expected = p.altText() != null ? p.altText() : p.caption();
                assertEquals(expected, figures.get(i).alt(), "photo " + (i + 1));
                PdfReading.Tag next = kids.get(kids.indexOf(figures.get(i)) + 1);
                assertEquals("Caption", next.type());
                assertTrue(noSpace(next.text()).startsWith(noSpace(kit.release().lang().photoNumber(i + 1))), next.text());
            }
        }
    }

    /**
     * The sample with its first paragraph grown until a page break falls inside a paragraph: that paragraph
     * is one P element with marked content on both pages, its text whole.
     */
    @Test
    void aParagraphSplitAcrossPagesIsOneWholeElement() throws Exception {
        for (int extra = 0; extra <= 600; extra += 40) {
            Release r = KitLayoutTest.grown(zh.release(), extra);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            KitExporter.shared().export(r, zh.photos(), new KitOptions(PaperSize.A4, Instant.EPOCH), out, KitProgress.NONE);
            byte[] pdf = out.toByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
                PDStructureElement section = (PDStructureElement) document.getKids().get(0);
                List<Integer> split = new ArrayList<>();
                List<Object> kids = section.getKids();
                for (int k = 0; k < kids.size(); k++) {
                    if (kids.get(k) instanceof PDStructureElement e && e.getStructureType().equals("P")) {
                        Set<PDPage> pages = new HashSet<>();
                        for (Object mc : e.getKids()) {
                            if (mc instanceof PDMarkedContentReference ref) {
                                pages.add(ref.getPage());
                            }
                        }
                        if (pages.size() > 1) {
                            split.add(k);
                        }
                    }
                }
                if (split.isEmpty()) {
                    continue;
                }
                PdfReading.Tag sect = PdfReading.structure(pdf).kids().get(0).kids().get(0);
                List<String> texts = sect.ofType("P").stream().map(PdfReading.Tag::text).toList();
                for (int i = 0; i < r.body().size(); i++) {
                    String expected = (i == 0 ? "(香港·2023年12月6日) - " : "") + r.body().get(i);
                    assertTrue(texts.contains(expected), "body[" + i + "] whole in one element (extra " + extra + ")");
                }
                String splitText = sect.kids().get(split.get(0)).text();
                assertTrue(r.body().stream().anyMatch(splitText::endsWith), "the split paragraph reads whole: " + splitText);
                return;
            }
        }
        throw new AssertionError("no length of the first paragraph put a page break inside a paragraph");
    }

    @Test
    void anEnglishKitShowsItsEmbargoAndReadsInOrder() throws Exception {
        List<String> pages = PdfReading.taggedTexts(enPdf);
        String all = String.join("\n", pages);
        assertTrue(pages.get(0).contains("EMBARGOED UNTIL 09:00 EDT, 15 March 2027 (13:00 UTC)"), pages.get(0));
        assertFalse(all.contains("– more –") || all.matches("(?s).*Page \\d+ of \\d+.*"), "no furniture in the tagged text");
        Release r = en.release();
        List<String> sources = sourceTexts(r, "BOSTON, March 15, 2027 – ", false);
        sources.replaceAll(s -> s.replace("🤖", "")); // the emoji is in no shipped font: left out, with a warning
        assertInReadingOrder(sources, all);
        assertTrue(noSpace(all).contains(KitFixtures.LONG_URL), "the long URL comes back whole");
        assertTrue(enResult.warnings().stream().anyMatch(w -> w.startsWith("photos[3].caption: the character U+1F916 🤖")),
                enResult.warnings().toString());
    }

    @Test
    void creditsAreNotPrefixedTwiceAndAnEmptyCreditIsNone() throws Exception {
        String all = String.join("\n", PdfReading.pageTexts(enPdf));
        assertTrue(all.contains("(Photo: Acme Robotics)"), all);
        assertTrue(all.contains("(Photo: Wire Agency)") && !all.contains("Photo: Photo:"), "a credit with its own prefix keeps it");
        assertEquals(null, en.release().photos().get(2).credit(), "\"credit\": \"\" is no credit");
        assertTrue(all.contains("portrait taken on a phone.\n") || all.contains("portrait taken on a phone.\r"),
                "nothing printed after a caption without credit");
    }

    @Test
    void aJpegFitForPrintIsEmbeddedByteForByteWithoutItsMetadata() throws Exception {
        byte[] original = en.files().get("harbour.jpg");
        PdfReading.Drawn harbour = PdfReading.images(enPdf).stream().filter(d -> d.image().getWidth() == 2400)
                .findFirst().orElseThrow();
        assertEquals(List.of("DCTDecode"), harbour.image().getCOSObject().getCOSName(COSName.FILTER) == null ? null
                : List.of(harbour.image().getCOSObject().getCOSName(COSName.FILTER).getName()));
        byte[] embedded = harbour.stored();
        assertArrayEquals(TestBundles.scanData(original), TestBundles.scanData(embedded), "the scans, untouched");
        List<Integer> markers = TestBundles.markersBeforeScan(embedded);
        assertFalse(markers.contains(0xE1) || markers.contains(0xED) || markers.contains(0xFE), "no EXIF, XMP, IPTC, comment: " + markers);
        String raw = new String(enPdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Exif\0\0") || raw.contains("Secret Photographer"), "no camera or GPS data anywhere");
    }

    @Test
    void aPhoneShotStoredSidewaysPrintsUpright() throws Exception {
        PdfReading.Drawn phone = PdfReading.images(enPdf).stream().filter(d -> d.image().getWidth() == 1800)
                .findFirst().orElseThrow();
        assertEquals(1200, phone.image().getHeight(), "embedded as stored, sideways");
        assertTrue(phone.box().getHeight() > phone.box().getWidth(), "drawn portrait: " + phone.box());
        try (PDDocument doc = Loader.loadPDF(enPdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(phone.page(), 72);
            Rectangle2D b = phone.box();
            float pageHeight = doc.getPage(phone.page()).getMediaBox().getHeight();
            int[][] expected = {{0xDC1E1E, 0x1EA03C}, {0x1E3CC8, 0xE6C828}}; // red | green over blue | yellow
            for (int row = 0; row < 2; row++) {
                for (int col = 0; col < 2; col++) {
                    int x = (int) (b.getX() + b.getWidth() * (0.25 + 0.5 * col));
                    int y = (int) (pageHeight - (b.getY() + b.getHeight() * (0.75 - 0.5 * row))); // row 0: the top quarter
                    assertColour(expected[row][col], page.getRGB(x, y), "quadrant " + row + "," + col);
                }
            }
        }
    }

    static void assertColour(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = expected >> shift & 0xff;
            int a = actual >> shift & 0xff;
            assertTrue(Math.abs(e - a) <= 40, what + ": expected ~#" + Integer.toHexString(expected)
                    + " but was #" + Integer.toHexString(actual & 0xffffff));
        }
    }

    @Test
    void aSmallImagePrintsNoLargerThan150PpiAllowsCentred() throws Exception {
        PdfReading.Drawn agency = PdfReading.images(enPdf).stream().filter(d -> d.image().getWidth() == 64)
                .findFirst().orElseThrow();
        assertEquals(64 / 150.0 * 72, agency.box().getWidth(), 0.05, "64 px at 150 ppi");
        assertEquals(612 / 2.0, agency.box().getCenterX(), 0.05, "centred on the page");
        assertTrue(enResult.warnings().stream().anyMatch(w -> w.startsWith("photos[1]: agency-cmyk.jpg is 64 × 48 pixels, "
                + "too few to fill its place in print: it prints 1.1 cm wide (150 ppi)")), enResult.warnings().toString());
    }

    @Test
    void photosAreEmbeddedAsTheirRenditionsInRgb() throws Exception {
        for (KitFixtures.Kit kit : List.of(zh, en)) {
            List<PdfReading.Drawn> drawn = PdfReading.images(kit == zh ? zhPdf : enPdf);
            assertEquals(kit.release().photos().size(), drawn.size());
            for (Photo photo : kit.release().photos()) {
                PreparedImage src = kit.images().get(photo.sha256());
                PdfReading.Drawn d = drawn.stream().filter(x -> x.image().getWidth() == src.rendition().width()
                        && x.image().getHeight() == src.rendition().height()).findFirst().orElseThrow(
                        () -> new AssertionError(photo.fileName() + " is not embedded at its rendition size"));
                assertTrue(Math.max(d.image().getWidth(), d.image().getHeight()) <= 2500);
                assertEquals(PDDeviceRGB.INSTANCE, d.image().getColorSpace(), photo.fileName());
                assertEquals(src.rendition().isPng() ? "png" : "jpg", d.image().getSuffix(), photo.fileName());
                if (src.rendition().isPng()) {
                    assertTrue(d.image().getCOSObject().containsKey(COSName.SMASK), "the PNG keeps its transparency");
                }
            }
        }
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

    /**
     * clreq: 」 followed by ， closes to half a character, so "「Health@InnoHK」，" has no hole. On a justified
     * line every Chinese glyph also gets the line's extra space, so 」 advances half an em plus that extra,
     * where a Han character advances a whole em plus the same extra.
     */
    @Test
    void adjacentFullWidthPunctuationIsSetAtHalfWidthWhereItMeets() throws Exception {
        int found = 0;
        for (int page = 1; page <= 2; page++) {
            found += halfWidthPairs(page);
        }
        assertTrue(found > 0, "the sample has 」，");
    }

    /** Checks every 」， on one page; returns how many there are. */
    private static int halfWidthPairs(int page) throws Exception {
        List<TextPosition> all = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(zhPdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    all.add(t);
                    super.processTextPosition(t);
                }
            };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
        }
        int found = 0;
        for (int i = 0; i + 1 < all.size(); i++) {
            TextPosition a = all.get(i);
            TextPosition b = all.get(i + 1);
            if (!a.getUnicode().equals("」") || !b.getUnicode().equals("，") || Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 0.1) {
                continue;
            }
            float size = a.getWidthDirAdj(); // a full-width glyph is one em wide (getFontSizeInPt rounds)
            List<Float> hanAdvances = new ArrayList<>();
            for (int k = 0; k + 1 < all.size(); k++) {
                TextPosition x = all.get(k);
                TextPosition y = all.get(k + 1);
                if (Math.abs(x.getYDirAdj() - a.getYDirAdj()) < 0.1 && Math.abs(y.getYDirAdj() - a.getYDirAdj()) < 0.1
                        && x.getUnicode().matches("\\p{IsHan}") && y.getUnicode().matches("\\p{IsHan}")) {
                    hanAdvances.add(y.getXDirAdj() - x.getXDirAdj());
                }
            }
            hanAdvances.sort(Float::compare);
            float extra = hanAdvances.get(hanAdvances.size() / 2) - size;
            float advance = b.getXDirAdj() - a.getXDirAdj();
            assertEquals(0.5f * size + extra, advance, 0.02f * size, "」 advances half an em (plus the line's extra " + extra + ")");
            found++;
        }
        return found;
    }

    @Test
    void metadataBookmarksAndLinks() throws Exception {
        try (PDDocument doc = Loader.loadPDF(zhPdf)) {
            assertEquals("匯聚八百頂尖國際學者推動科研創新 「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行",
                    doc.getDocumentInformation().getTitle());
            assertEquals("香港科技園公司", doc.getDocumentInformation().getAuthor());
            assertEquals("zh-Hant-HK", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""), xmp);
            assertTrue(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\""), xmp);
            assertTrue(xmp.contains("香港科技園公司"), xmp);
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("新聞稿", "相片", "關於香港科技園公司", "傳媒聯絡"), titles);
            List<PDAnnotationLink> links = links(doc);
            List<String> uris = links.stream().map(l -> ((PDActionURI) l.getAction()).getURI()).toList();
            assertTrue(uris.containsAll(List.of("mailto:julia.cheung@hkstp.org", "tel:+85226296891",
                    "mailto:June.Wong@edelman.com", "mailto:Edelmanhkstppr@edelman.com", "tel:69865822",
                    "https://www.hkstp.org")), uris.toString());
            for (PDAnnotationLink l : links) {
                assertNotNull(l.getContents(), "PDF/UA: a link says what it does");
                assertTrue(l.getStructParent() >= 0, "and is in the structure");
            }
            assertTrue(links.stream().anyMatch(l -> "電郵 julia.cheung@hkstp.org".equals(l.getContents())));
        }
        try (PDDocument doc = Loader.loadPDF(enPdf)) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals("en-US", doc.getDocumentCatalog().getLanguage());
            List<String> uris = links(doc).stream().map(l -> ((PDActionURI) l.getAction()).getURI()).toList();
            assertTrue(uris.contains(KitFixtures.LONG_URL), uris.toString());
            assertTrue(uris.contains("mailto:press@acme-robotics.example.com"), uris.toString());
            assertTrue(uris.contains("tel:+16175550142"), uris.toString());
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(List.of("Release", "Photos", "About Acme Robotics", "Media contacts"), titles);
        }
        PdfReading.Tag sect = PdfReading.structure(zhPdf).kids().get(0).kids().get(0);
        assertTrue(sect.ofType("Link").stream().anyMatch(l -> l.text().equals("julia.cheung@hkstp.org")),
                "a link's text in its Link element");
    }

    private static List<PDAnnotationLink> links(PDDocument doc) throws Exception {
        List<PDAnnotationLink> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    assertTrue(link.isPrinted(), "PDF/A: links print");
                    out.add(link);
                }
            }
        }
        return out;
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
        assertTrue(String.join("\n", PdfReading.pageTexts(out.toByteArray())).contains("Plain text."));
    }

    @Test
    void theSameReleaseGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        KitExporter.shared().export(en.release(), en.photos(),
                new KitOptions(PaperSize.LETTER, Instant.parse("2027-03-01T15:30:00Z")), again, KitProgress.NONE);
        assertArrayEquals(enPdf, again.toByteArray());
    }
}
