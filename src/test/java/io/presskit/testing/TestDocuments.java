package io.presskit.testing;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
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
import java.util.List;

/** Release documents written by the tests with Apache POI, as Word writes them (styles, numbering, pictures). */
public final class TestDocuments {
    private TestDocuments() {
    }

    public static byte[] photoJpeg() throws Exception {
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

    /**
     * An English release: letterhead, label, status, a Title with a line break, a Subtitle, two bulleted
     * highlights, a bold dateline run, a picture with alt text and its caption, the end mark, an About
     * section under a heading, and a contact block whose lines are breaks inside one paragraph.
     */
    public static Path wordRelease(Path file, byte[] jpeg) throws Exception {
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


    /**
     * A Chinese release as many Hong Kong offices type it: no styles, the headline in bold 16 pt over 12 pt
     * text, the dateline in full-width brackets, and the media contacts in a two-column table.
     */
    public static Path wordReleaseWithContactTable(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            sized(doc, "新聞稿", false, 12);
            sized(doc, "科學園新實驗室開幕", true, 16);
            sized(doc, "三十間初創企業進駐", false, 12);
            sized(doc, "（香港·2023年12月6日）香港科技園公司今日宣布新實驗室開幕。", false, 12);
            sized(doc, "完", false, 12);
            sized(doc, "傳媒查詢", false, 12);
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("香港科技園公司");
            table.getRow(0).getCell(1).setText("張麗蘭");
            table.getRow(1).getCell(0).setText("電話：2629 6891");
            table.getRow(1).getCell(1).setText("電郵：julia.cheung@hkstp.org");
            doc.write(out);
        }
        return file;
    }

    private static void sized(XWPFDocument doc, String text, boolean bold, int points) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(points);
    }
}
