package io.presskit.document;

import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import io.presskit.testing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Word file written here with Apache POI, the way Word writes one, imports as it was typed. */
class WordImportTest {
    @TempDir
    Path tmp;

    @Test
    void aWordReleaseImportsAsTyped() throws Exception {
        byte[] jpeg = TestDocuments.photoJpeg();
        Path docx = TestDocuments.wordRelease(tmp.resolve("acme.docx"), jpeg);
        Assembly a = DocumentImporter.importDocument(docx, null, null, List.of());
        Release r = a.release();
        assertEquals("en-HK", r.language());
        assertEquals("Acme Robotics Inc.", r.issuer());
        assertEquals("MEDIA RELEASE", r.label());
        assertEquals(ReleaseTiming.IMMEDIATE, r.timing());
        assertEquals("Acme Unveils Its First Warehouse Robot\nTwo hundred ship this summer", r.headline(),
                "a line break inside Word's Title is the headline's deliberate break");
        assertEquals("Picker packs orders for mid-sized retailers", r.subheadline());
        assertEquals(List.of("Picks 1,200 items an hour", "Runs 20 hours on one charge"), r.highlights());
        assertEquals(new Dateline("HONG KONG", LocalDate.of(2023, 12, 6)), r.dateline());
        assertEquals(List.of("Acme Robotics today unveiled Picker, a warehouse robot for retailers.",
                "The first two hundred machines ship in June."), r.body());
        assertEquals("###", r.endMark());
        assertEquals(1, r.photos().size());
        assertEquals("Picker at work in Acme's warehouse.", r.photos().get(0).caption());
        assertEquals("Sam Lee / Acme Robotics", r.photos().get(0).credit());
        assertEquals("An orange robot arm over a blue conveyor", r.photos().get(0).altText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)), r.photos().get(0).sha256(),
                "the embedded picture's own bytes are the photo");
        assertEquals(640, r.photos().get(0).width());
        assertEquals(1, r.boilerplates().size());
        assertEquals("About Acme Robotics", r.boilerplates().get(0).title());
        assertEquals(List.of("Acme Robotics builds machines for warehouses."), r.boilerplates().get(0).body());
        assertEquals("Media enquiries:", r.contactsHeading());
        assertEquals(List.of(new Contact(null, "Acme Robotics", "Jane Smith", List.of("+852 2123 4567", "+852 9876 5432"),
                List.of("jane.smith@acme-robotics.com"))), r.contacts());
        assertTrue(a.notes().isEmpty(), a.notes().toString());
    }

    @Test
    void theWordFilesPiecesKeepTheirStylesRoles() throws Exception {
        Recognition r = DocumentImporter.recognize(TestDocuments.wordRelease(tmp.resolve("acme.docx"), TestDocuments.photoJpeg()), null);
        List<PieceRole> roles = r.pieces().stream().map(Piece::role).toList();
        assertEquals(List.of(PieceRole.ISSUER, PieceRole.LABEL, PieceRole.STATUS, PieceRole.HEADLINE, PieceRole.HEADLINE,
                PieceRole.SUBHEADLINE, PieceRole.HIGHLIGHT, PieceRole.HIGHLIGHT, PieceRole.DATELINE, PieceRole.BODY,
                PieceRole.BODY, PieceRole.CAPTION, PieceRole.END_MARK, PieceRole.ABOUT_TITLE, PieceRole.ABOUT_BODY,
                PieceRole.CONTACTS_HEADING, PieceRole.CONTACT_NAME, PieceRole.CONTACT_ORGANIZATION, PieceRole.CONTACT_PHONE,
                PieceRole.CONTACT_EMAIL), roles);
        assertEquals("HONG KONG, 6 December 2023 –", r.pieces().get(8).text());
    }

    @Test
    void aBoldLargerHeadlineAndAContactTableAreRecognisedWithoutStyles() throws Exception {
        Release r = DocumentImporter.importDocument(TestDocuments.wordReleaseWithContactTable(tmp.resolve("zh.docx")), null,
                null, List.of()).release();
        assertEquals("zh-Hant-HK", r.language());
        assertEquals("新聞稿", r.label());
        assertEquals("科學園新實驗室開幕", r.headline());
        assertEquals("三十間初創企業進駐", r.subheadline());
        assertEquals(new Dateline("香港", LocalDate.of(2023, 12, 6)), r.dateline());
        assertEquals(List.of("香港科技園公司今日宣布新實驗室開幕。"), r.body());
        assertEquals("完", r.endMark());
        assertEquals("傳媒查詢", r.contactsHeading());
        assertEquals(List.of(new Contact(null, "香港科技園公司", "張麗蘭", List.of("2629 6891"), List.of("julia.cheung@hkstp.org"))),
                r.contacts());
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedWithOneSentence() throws Exception {
        Path bad = tmp.resolve("broken.docx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentImporter.recognize(bad, null));
        assertEquals("broken.docx cannot be read as a Word document (.docx).", e.getMessage());
        Path doc = tmp.resolve("old.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        e = assertThrows(DocumentException.class, () -> DocumentImporter.recognize(doc, null));
        assertEquals(doc + " is an older Word document (.doc); save it as .docx and import that.", e.getMessage());
    }
}
