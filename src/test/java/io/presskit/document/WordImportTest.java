package io.presskit.document;

import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
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
    static {
        DocxReader.silencePoiLogging(); // this test writes with POI before the reader loads it
    }

    @TempDir
    Path tmp;

    static byte[] photoJpeg() throws Exception {
        BufferedImage img = new BufferedImage(640, 427, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 640, 427);
        g.setColor(Color.ORANGE);
        g.fillOval(200, 100, 240, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(ct));
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(absId);
    }

    private static XWPFParagraph para(XWPFDocument doc, String style, String... lines) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return p;
    }

    static Path writeRelease(Path file, byte[] jpeg) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Subtitle", "Subtitle");
            style(styles, "Heading2", "heading 2");
            para(doc, null, "Acme Robotics Inc.");
            para(doc, null, "MEDIA RELEASE");
            para(doc, null, "FOR IMMEDIATE RELEASE");
            para(doc, "Title", "Acme Unveils Its First Warehouse Robot", "Two hundred ship this summer");
            para(doc, "Subtitle", "Picker packs orders for mid-sized retailers");
            BigInteger bullets = bulletList(doc);
            for (String h : List.of("Picks 1,200 items an hour", "Runs 20 hours on one charge")) {
                para(doc, null, h).setNumID(bullets);
            }
            XWPFParagraph first = doc.createParagraph();
            XWPFRun dl = first.createRun();
            dl.setBold(true);
            dl.setText("HONG KONG, 6 December 2023 –");
            first.createRun().setText(" Acme Robotics today unveiled Picker, a warehouse robot for retailers.");
            para(doc, null, "The first two hundred machines ship in June.");
            XWPFParagraph pic = doc.createParagraph();
            XWPFRun pr = pic.createRun();
            pr.addPicture(new ByteArrayInputStream(jpeg), Document.PICTURE_TYPE_JPEG, "robot.jpg",
                    Units.toEMU(320), Units.toEMU(213));
            pr.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr("An orange robot arm over a blue conveyor");
            para(doc, null, "Photo 1: Picker at work in Acme's warehouse. (Photo: Sam Lee / Acme Robotics)");
            para(doc, null, "###");
            para(doc, "Heading2", "About Acme Robotics");
            para(doc, null, "Acme Robotics builds machines for warehouses.");
            para(doc, null, "Media enquiries:");
            para(doc, null, "Jane Smith", "Acme Robotics", "Tel: +852 2123 4567 / +852 9876 5432",
                    "Email: jane.smith@acme-robotics.com");
            doc.write(out);
        }
        return file;
    }

    @Test
    void aWordReleaseImportsAsTyped() throws Exception {
        byte[] jpeg = photoJpeg();
        Path docx = writeRelease(tmp.resolve("acme.docx"), jpeg);
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
        Recognition r = DocumentImporter.recognize(writeRelease(tmp.resolve("acme.docx"), photoJpeg()), null);
        List<PieceRole> roles = r.pieces().stream().map(Piece::role).toList();
        assertEquals(List.of(PieceRole.ISSUER, PieceRole.LABEL, PieceRole.STATUS, PieceRole.HEADLINE, PieceRole.HEADLINE,
                PieceRole.SUBHEADLINE, PieceRole.HIGHLIGHT, PieceRole.HIGHLIGHT, PieceRole.DATELINE, PieceRole.BODY,
                PieceRole.BODY, PieceRole.CAPTION, PieceRole.END_MARK, PieceRole.ABOUT_TITLE, PieceRole.ABOUT_BODY,
                PieceRole.CONTACTS_HEADING, PieceRole.CONTACT_NAME, PieceRole.CONTACT_ORGANIZATION, PieceRole.CONTACT_PHONE,
                PieceRole.CONTACT_EMAIL), roles);
        assertEquals("HONG KONG, 6 December 2023 –", r.pieces().get(8).text());
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
