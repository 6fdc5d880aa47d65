package io.presskit.kit;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.PhotoSource;
import io.presskit.image.PreparedImage;
import io.presskit.kit.document.KitDocument.PageNumbering;
import io.presskit.model.Contact;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kit of two language versions of the sample (its Chinese text and an English translation written by hand for
 * the tests), read back: both texts in the order chosen, each version from a new page with its words, a bookmark
 * per version with its sections beneath, each version's Sect and blocks tagged with its language, contacts and the
 * boilerplate in each version's language, page numbers over the kit or per version, PDF/UA-1 and PDF/A-2a.
 */
class BilingualKitTest {
    @TempDir
    static Path tmp;
    static Release zh;
    static Release en;
    static PhotoSource photos;
    static byte[] kit;
    static KitResult result;

    @BeforeAll
    static void export() throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.copyFamily(tmp, "family"));
        zh = b.versions().get(0);
        en = b.versions().get(1);
        Map<String, PreparedImage> bySha = new HashMap<>();
        b.images().forEach(i -> bySha.put(i.sha256(), i));
        photos = p -> bySha.get(p.sha256()).rendition();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = KitExporter.shared().export(List.of(zh, en), photos, options(PageNumbering.DOCUMENT), out, KitProgress.NONE);
        kit = out.toByteArray();
    }

    private static KitOptions options(PageNumbering numbering) {
        return new KitOptions(PaperSize.A4, Instant.parse("2023-12-06T02:00:00Z")).withNumbering(numbering);
    }

    private static byte[] export(List<Release> versions, PageNumbering numbering, List<String> warnings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitResult r = KitExporter.shared().export(versions, photos, options(numbering), out, KitProgress.NONE);
        warnings.addAll(r.warnings());
        return out.toByteArray();
    }

    /** Each version's own text in reading order, as the test writes it out: the fixture's text, not the kit's. */
    private static List<String> texts(Release r, String dateline, String photoLabel, String julia, String about) {
        List<String> out = new ArrayList<>(List.of(r.headline().split("\n")));
        out.add(r.subheadline());
        out.addAll(r.highlights());
        out.add(dateline + r.body().get(0));
        out.addAll(r.body().subList(1, r.body().size()));
        out.add(photoLabel + r.photos().get(0).caption());
        out.add(r.photos().get(8).caption());
        out.add(about);
        out.add(julia);
        return out;
    }

    @Test
    void bothTextsFollowEachOtherInTheOrderChosen() throws Exception {
        
        List<String> expected = new ArrayList<>(texts(zh, "(香港·2023年12月6日) - ", "圖一：", "張麗蘭", "關於香港科技園公司"));
        expected.addAll(texts(en, "HONG KONG, 6 December 2023 – ", "Photo 1: ", "Ms Julia Cheung",
                "About Hong Kong Science and Technology Parks Corporation"));
        KitPdfTest.assertInReadingOrder(expected, String.join("\n", PdfReading.taggedTexts(kit)));
        assertEquals(List.of(), result.warnings(), "every contact and the boilerplate have both languages");

        // The English version names the contacts in English only, the Chinese one in Chinese only.
        List<String> pages = PdfReading.pageTexts(kit);
        int enFirst = firstPageWith(pages, "800 leading international scholars");
        String zhPart = String.join("", pages.subList(0, enFirst));
        String enPart = String.join("", pages.subList(enFirst, pages.size()));
        assertTrue(zhPart.contains("黃嘉琪") && !zhPart.contains("June Wong"), "Chinese contacts in the Chinese version");
        assertTrue(enPart.contains("Ms June Wong") && !enPart.contains("黃嘉琪") && !enPart.contains("關於香港科技園公司"),
                "English contacts and boilerplate in the English version");
        assertTrue(enPart.contains("Media enquiries:") && enPart.contains("FOR IMMEDIATE RELEASE"));

        // The other order: English first, and the document is English.
        List<String> warnings = new ArrayList<>();
        byte[] enFirstKit = export(List.of(en, zh), PageNumbering.DOCUMENT, warnings);
        List<String> reversed = new ArrayList<>(texts(en, "HONG KONG, 6 December 2023 – ", "Photo 1: ", "Ms Julia Cheung",
                "About Hong Kong Science and Technology Parks Corporation"));
        reversed.addAll(texts(zh, "(香港·2023年12月6日) - ", "圖一：", "張麗蘭", "關於香港科技園公司"));
        KitPdfTest.assertInReadingOrder(reversed, String.join("\n", PdfReading.taggedTexts(enFirstKit)));
        try (PDDocument doc = Loader.loadPDF(enFirstKit)) {
            assertEquals("en-HK", doc.getDocumentCatalog().getLanguage());
            assertEquals("800 leading international scholars gather to drive research and innovation InnoHK Research "
                    + "Clusters Summit 2023 concludes successfully", doc.getDocumentInformation().getTitle());
            assertEquals(List.of("English", "繁體中文"), titles(doc.getDocumentCatalog().getDocumentOutline().children()));
        }
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    private static List<String> titles(Iterable<PDOutlineItem> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.getTitle()));
        return out;
    }

    @Test
    void aBookmarkPerVersionWithItsSectionsBeneath() throws Exception {
        try (PDDocument doc = Loader.loadPDF(kit)) {
            List<PDOutlineItem> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertEquals(List.of("繁體中文", "English"), titles(top));
            assertEquals(List.of("新聞稿", "相片", "關於香港科技園公司", "傳媒聯絡"), titles(top.get(0).children()));
            assertEquals(List.of("Release", "Photos", "About Hong Kong Science and Technology Parks Corporation",
                    "Media contacts"), titles(top.get(1).children()));
            assertTrue(top.get(0).isNodeOpen() && top.get(1).isNodeOpen(), "the sections are shown, not folded away");
            // Each version's bookmark leads to its first page.
            List<String> pages = PdfReading.pageTexts(kit);
            int enFirst = firstPageWith(pages, "800 leading international scholars");
            assertEquals(0, doc.getPages().indexOf(top.get(0).findDestinationPage(doc)));
            assertEquals(enFirst, doc.getPages().indexOf(top.get(1).findDestinationPage(doc)));
            assertEquals(enFirst, doc.getPages().indexOf(top.get(1).getFirstChild().findDestinationPage(doc)));
        }
    }

    @Test
    void eachVersionIsTaggedWithItsLanguage() throws Exception {
        PdfReading.Tag root = PdfReading.structure(kit);
        PdfReading.Tag document = root.kids().get(0);
        assertEquals(2, document.kids().size());
        PdfReading.Tag zhSect = document.kids().get(0);
        PdfReading.Tag enSect = document.kids().get(1);
        assertEquals("Sect", zhSect.type());
        assertEquals("zh-Hant-HK", zhSect.lang());
        assertEquals("en-HK", enSect.lang());
        try (PDDocument doc = Loader.loadPDF(kit)) {
            assertEquals("zh-Hant-HK", doc.getDocumentCatalog().getLanguage());
        }
        // The English blocks inherit en-HK from their Sect; an English word in the Chinese text is not a block.
        PdfReading.Tag enHeadline = enSect.ofType("H1").get(0);
        assertEquals(null, enHeadline.lang());
        assertTrue(enHeadline.text().contains("800 leading international scholars"), enHeadline.text());
        assertTrue(zhSect.ofType("H1").get(0).text().contains("匯聚八百頂尖國際學者"));
        assertTrue(enSect.text().contains("Ms Julia Cheung") && !enSect.text().contains("張麗蘭"));
        assertTrue(zhSect.text().contains("張麗蘭") && !zhSect.text().contains("Julia Cheung"));
        assertEquals(9, zhSect.ofType("Figure").size());
        assertEquals(9, enSect.ofType("Figure").size());
        assertTrue(enSect.ofType("Caption").get(1).text().contains("Professor Sun Dong, speaks at the opening ceremony"));
    }

    @Test
    void passesPdfUa1AndPdfA2a() throws Exception {
        assertEquals("", PdfReading.veraPdfFailures(kit, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals("", PdfReading.veraPdfFailures(kit, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    }

    @Test
    void theSharedPhotosAreEmbeddedOnce() throws Exception {
        List<PdfReading.Drawn> drawn = PdfReading.images(kit);
        assertEquals(18, drawn.size(), "nine photos in each version");
        Map<Object, Boolean> distinct = new IdentityHashMap<>();
        try (PDDocument doc = Loader.loadPDF(kit)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    distinct.put(page.getResources().getXObject(name).getCOSObject(), true);
                }
            }
        }
        assertEquals(9, distinct.size());
    }

    @Test
    void pageNumbersCountTheKitOrEachVersion() throws Exception {
        List<String> pages = PdfReading.pageTexts(kit);
        int total = pages.size();
        int enFirst = firstPageWith(pages, "800 leading international scholars");
        List<List<String>> footers = PdfReading.artifactTexts(kit);
        assertTrue(footers.get(0).contains("Footer: 第 1 頁，共 " + total + " 頁"), footers.get(0).toString());
        assertTrue(footers.get(enFirst).contains("Footer: Page " + (enFirst + 1) + " of " + total), footers.get(enFirst).toString());
        assertTrue(footers.get(total - 1).contains("Footer: Page " + total + " of " + total));
        // The slug line starts again with each version: none on a version's first page.
        assertFalse(footers.get(enFirst).stream().anyMatch(f -> f.startsWith("Header:")), footers.get(enFirst).toString());
        assertTrue(footers.get(enFirst + 1).contains("Header: 800 leading international scholars gather to drive research and "
                + "innovation"), footers.get(enFirst + 1).toString());

        byte[] perVersion = export(List.of(zh, en), PageNumbering.VERSION, new ArrayList<>());
        List<List<String>> each = PdfReading.artifactTexts(perVersion);
        assertEquals(total, each.size(), "the same pages");
        assertTrue(each.get(enFirst - 1).contains("Footer: 第 " + enFirst + " 頁，共 " + enFirst + " 頁"), each.get(enFirst - 1).toString());
        assertTrue(each.get(enFirst).contains("Footer: Page 1 of " + (total - enFirst)), each.get(enFirst).toString());
        assertTrue(each.get(total - 1).contains("Footer: Page " + (total - enFirst) + " of " + (total - enFirst)));
    }

    @Test
    void aContactWithoutANameInTheVersionsLanguageIsPrintedAsItIsWithAWarning() throws Exception {
        Contact julia = zh.contacts().get(0);
        Contact chineseOnly = new Contact(julia.id(), julia.organization(), julia.name(), julia.phones(), julia.emails(),
                julia.otherOrganization(), null);
        List<Contact> contacts = List.of(chineseOnly, zh.contacts().get(1));
        List<io.presskit.model.Boilerplate> about = List.of(new io.presskit.model.Boilerplate(null,
                zh.boilerplates().get(0).title(), zh.boilerplates().get(0).body()));
        List<String> warnings = new ArrayList<>();
        byte[] pdf = export(List.of(zh.withContacts(contacts).withBoilerplates(about),
                en.withContacts(contacts).withBoilerplates(about)), PageNumbering.DOCUMENT, warnings);
        assertEquals(List.of(
                "en-HK: boilerplates[0]: \"關於香港科技園公司\" has no English version; the kit prints it as it is (add the English "
                        + "text to the boilerplate)",
                "en-HK: contacts[0].name: \"張麗蘭\" has no English form; the kit prints it as it is (add the name in English "
                        + "to the contact)"), warnings);
        PdfReading.Tag enSect = PdfReading.structure(pdf).kids().get(0).kids().get(1);
        PdfReading.Tag name = enSect.ofType("Div").get(0).kids().stream().filter(t -> t.text().contains("張麗蘭")).findFirst()
                .orElseThrow();
        assertEquals("zh-Hant", name.lang(), "Chinese text in the English version says so");
        assertTrue(enSect.text().contains("Hong Kong Science and Technology Parks Corporation"), "its organisation in English");
        assertEquals("", PdfReading.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }
}
