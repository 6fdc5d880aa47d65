package io.presskit.document;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Word release (.docx) through Apache POI: the body's paragraphs and tables in order (a contact block
 * is often a table), each paragraph's style (Title, Subtitle, Heading n, a numbered or bulleted list), whether
 * it is bold and its font size (headline hints), line breaks inside it, and the pictures in document order
 * with their alt text. Headers and footers are page furniture and are not read.
 */
public final class DocxReader {
    private DocxReader() {
    }

    public static SourceDocument read(String fileName, byte[] bytes) throws DocumentException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Collector c = new Collector(doc);
            c.elements(doc.getBodyElements());
            return new SourceDocument(fileName, c.blocks, c.images, List.of());
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentException(fileName + " is an older Word document (.doc); save it as .docx and import that.", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(fileName + " cannot be read as a Word document (.docx).", e);
        }
    }

    private static final class Collector {
        final XWPFDocument doc;
        final List<SourceBlock> blocks = new ArrayList<>();
        final List<SourceImage> images = new ArrayList<>();
        int paragraphs;

        Collector(XWPFDocument doc) {
            this.doc = doc;
        }

        void elements(List<IBodyElement> elements) {
            for (IBodyElement el : elements) {
                if (el instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (el instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            elements(cell.getBodyElements());
                        }
                    }
                } else if (el instanceof XWPFSDT sdt) {
                    paragraphs++;
                    String text = sdt.getContent().getText();
                    add(lines(text), SourceBlock.Style.NORMAL, false, 0);
                }
            }
        }

        void paragraph(XWPFParagraph p) {
            paragraphs++;
            boolean bold = true;
            boolean anyText = false;
            double size = 0;
            for (XWPFRun run : p.getRuns()) {
                List<XWPFPicture> pictures = run.getEmbeddedPictures();
                List<String> descriptions = drawingDescriptions(run);
                for (int i = 0; i < pictures.size(); i++) {
                    XWPFPicture pic = pictures.get(i);
                    if (pic.getPictureData() == null) {
                        continue;
                    }
                    String alt = i < descriptions.size() && descriptions.get(i) != null && !descriptions.get(i).isBlank()
                            ? descriptions.get(i) : pic.getDescription();
                    images.add(new SourceImage(pic.getPictureData().getFileName(), pic.getPictureData().getData(),
                            alt == null || alt.isBlank() ? null : alt.strip(), blocks.size()));
                }
                String t = run.text();
                if (t != null && !t.isBlank()) {
                    anyText = true;
                    bold &= run.isBold();
                    Double s = run.getFontSizeAsDouble();
                    if (s != null) {
                        size = Math.max(size, s);
                    }
                }
            }
            add(lines(p.getText()), style(p), anyText && bold, size);
        }

        void add(List<String> lines, SourceBlock.Style style, boolean bold, double size) {
            if (!lines.isEmpty()) {
                blocks.add(new SourceBlock(lines, style, bold, size, "paragraph " + paragraphs, 0));
            }
        }

        SourceBlock.Style style(XWPFParagraph p) {
            String name = styleName(p.getStyleID());
            if (name.equals("title")) {
                return SourceBlock.Style.TITLE;
            }
            if (name.equals("subtitle")) {
                return SourceBlock.Style.SUBTITLE;
            }
            if (name.startsWith("heading")) {
                return SourceBlock.Style.HEADING;
            }
            if (p.getNumID() != null || name.startsWith("list")) {
                return SourceBlock.Style.LIST_ITEM;
            }
            return SourceBlock.Style.NORMAL;
        }

        /** The style's English name ("Title", "heading 1"), which Word keeps whatever the UI language. */
        String styleName(String id) {
            if (id == null) {
                return "";
            }
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = style != null && style.getName() != null ? style.getName() : id;
            return name.toLowerCase(Locale.ROOT).strip();
        }
    }

    /** The alt text Word's "Alt Text" pane edits lives on the drawing (wp:docPr), one per picture. */
    private static List<String> drawingDescriptions(XWPFRun run) {
        List<String> out = new ArrayList<>();
        for (CTDrawing d : run.getCTR().getDrawingList()) {
            for (CTInline inline : d.getInlineList()) {
                out.add(inline.getDocPr() == null ? null : inline.getDocPr().getDescr());
            }
            for (CTAnchor anchor : d.getAnchorList()) {
                out.add(anchor.getDocPr() == null ? null : anchor.getDocPr().getDescr());
            }
        }
        return out;
    }

    /** A Word line break (and a vertical tab from old documents) splits the paragraph's text into lines. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.replace('\u000B', '\n').split("\n")) {
            String clean = PlainTextReader.clean(line);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        return out;
    }
}
