package io.presskit.kit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading a kit back as a reader, a screen reader and a validator would: text, tags, images, veraPDF. */
final class PdfReading {
    private PdfReading() {
    }

    /** The text a copy (PDFTextStripper) gives, page by page. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
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

    /**
     * The text a screen reader or a tag-aware copy gets, page by page: the marked content that belongs to the
     * structure tree (it has an MCID), in content order; artifacts (page furniture) are left out.
     */
    static List<String> taggedTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
                ex.processPage(page);
                StringBuilder sb = new StringBuilder();
                for (PDMarkedContent mc : ex.getMarkedContents()) {
                    if (mc.getMCID() >= 0) {
                        sb.append(text(mc)).append('\n');
                    }
                }
                out.add(sb.toString());
            }
            return out;
        }
    }

    /** Per page, each artifact's "Subtype: text" (Header: slug, Footer: page number or "more"), in content order. */
    static List<List<String>> artifactTexts(byte[] pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
                ex.processPage(page);
                List<String> texts = new ArrayList<>();
                for (PDMarkedContent mc : ex.getMarkedContents()) {
                    String t = text(mc);
                    if ("Artifact".equals(mc.getTag()) && !t.isEmpty()) {
                        var props = mc.getProperties();
                        texts.add((props == null ? "?" : props.getNameAsString(COSName.SUBTYPE)) + ": " + t);
                    }
                }
                out.add(texts);
            }
        }
        return out;
    }

    /** The failed rules of veraPDF's profile for {@code flavour}; empty when the file complies. */
    static String veraPdfFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            return result.isCompliant() ? "" : "not compliant:\n" + failures;
        }
    }

    /** A structure element as read back: its type, /Alt, /Lang, its text (its kids' marked content) and kids. */
    record Tag(String type, String alt, String lang, String text, List<Tag> kids) {
        /** Every element below (and including) this one, depth first: the reading order. */
        List<Tag> all() {
            List<Tag> out = new ArrayList<>();
            out.add(this);
            kids.forEach(k -> out.addAll(k.all()));
            return out;
        }

        List<Tag> ofType(String t) {
            return all().stream().filter(x -> x.type().equals(t)).toList();
        }
    }

    /** Per page, the artifacts' "Type/Subtype" (Pagination/Footer, Layout …), in content order. */
    static List<List<String>> artifacts(byte[] pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
                ex.processPage(page);
                List<String> kinds = new ArrayList<>();
                for (PDMarkedContent mc : ex.getMarkedContents()) {
                    if ("Artifact".equals(mc.getTag())) {
                        var props = mc.getProperties();
                        kinds.add(props == null ? "?" : props.getNameAsString(COSName.TYPE) + "/" + props.getNameAsString(COSName.SUBTYPE));
                    }
                }
                out.add(kinds);
            }
        }
        return out;
    }

    /** The tagged structure, with the text of each element as a screen reader gets it (artifacts never in it). */
    static Tag structure(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> text = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor ex = new PDFMarkedContentExtractor();
                ex.processPage(page);
                Map<Integer, String> byMcid = new HashMap<>();
                for (PDMarkedContent mc : ex.getMarkedContents()) {
                    if (mc.getMCID() >= 0) {
                        byMcid.put(mc.getMCID(), text(mc));
                    }
                }
                text.put(page, byMcid);
            }
            PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
            List<Tag> kids = new ArrayList<>();
            for (Object k : root.getKids()) {
                if (k instanceof PDStructureElement e) {
                    kids.add(tag(e, text));
                }
            }
            return new Tag("StructTreeRoot", null, null, kids.stream().map(Tag::text).collect(Collectors.joining()), kids);
        }
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                sb.append(text(inner));
            }
        }
        return sb.toString();
    }

    private static Tag tag(PDStructureElement e, Map<PDPage, Map<Integer, String>> text) {
        List<Tag> kids = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                Tag t = tag(child, text);
                kids.add(t);
                sb.append(t.text());
            } else if (k instanceof PDMarkedContentReference ref) {
                PDPage page = ref.getPage() != null ? ref.getPage() : e.getPage();
                sb.append(text.get(page).getOrDefault(ref.getMCID(), ""));
            }
        }
        return new Tag(e.getStructureType(), e.getAlternateDescription(), e.getLanguage(), sb.toString(), kids);
    }

    /** An image as drawn: its page (0-based), the XObject, its stream as stored (still encoded) and its box on the page. */
    record Drawn(int page, PDImageXObject image, byte[] stored, Rectangle2D box) {
    }

    static List<Drawn> images(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                int pageIndex = i;
                PDPage page = doc.getPage(i);
                new PDFGraphicsStreamEngine(page) {
                    @Override
                    public void drawImage(PDImage pdImage) {
                        var m = getGraphicsState().getCurrentTransformationMatrix();
                        Rectangle2D box = null;
                        for (float[] c : new float[][]{{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                            Point2D p = m.transformPoint(c[0], c[1]);
                            if (box == null) {
                                box = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
                            } else {
                                box.add(p);
                            }
                        }
                        PDImageXObject x = (PDImageXObject) pdImage;
                        try (var in = x.getCOSObject().createRawInputStream()) {
                            out.add(new Drawn(pageIndex, x, in.readAllBytes(), box));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    }

                    @Override
                    public void clip(int windingRule) {
                    }

                    @Override
                    public void moveTo(float x, float y) {
                    }

                    @Override
                    public void lineTo(float x, float y) {
                    }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    }

                    @Override
                    public Point2D getCurrentPoint() {
                        return new Point2D.Float();
                    }

                    @Override
                    public void closePath() {
                    }

                    @Override
                    public void endPath() {
                    }

                    @Override
                    public void strokePath() {
                    }

                    @Override
                    public void fillPath(int windingRule) {
                    }

                    @Override
                    public void fillAndStrokePath(int windingRule) {
                    }

                    @Override
                    public void shadingFill(COSName shadingName) {
                    }

                    void run() throws IOException {
                        processPage(page);
                    }
                }.run();
            }
        }
        return out;
    }

    /**
     * Walks every page's content stream and returns, per marked-content tag (P, H1, Artifact …), how many
     * text-showing operators sit inside it; "none" counts text outside any marked content.
     */
    static Map<String, Integer> textOperatorsByTag(byte[] pdf) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                List<Object> tokens = parser.parse();
                List<String> open = new ArrayList<>();
                List<COSBase> operands = new ArrayList<>();
                for (Object t : tokens) {
                    if (t instanceof Operator op) {
                        switch (op.getName()) {
                            case "BDC", "BMC" -> open.add(((COSName) operands.get(0)).getName());
                            case "EMC" -> open.remove(open.size() - 1);
                            case "Tj", "TJ", "'", "\"" -> out.merge(open.isEmpty() ? "none" : open.get(0), 1, Integer::sum);
                            default -> {
                            }
                        }
                        operands.clear();
                    } else if (t instanceof COSBase b) {
                        operands.add(b);
                    }
                }
            }
        }
        return out;
    }
}
