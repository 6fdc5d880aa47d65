package io.presskit.kit.pdf;

import io.presskit.image.JpegStructure;
import io.presskit.kit.document.Block;
import io.presskit.kit.document.Inline;
import io.presskit.kit.document.KitDocument;
import io.presskit.kit.document.KitImage;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LineBreaker.Line;
import io.presskit.kit.layout.LineBreaker.Run;
import io.presskit.kit.layout.PagedKit;
import io.presskit.kit.layout.PagedKit.Placed;
import io.presskit.kit.layout.PagedKit.PlacedFurniture;
import io.presskit.kit.layout.PagedKit.PlacedImage;
import io.presskit.kit.layout.PagedKit.PlacedRule;
import io.presskit.kit.layout.PagedKit.PlacedText;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Draws a laid-out kit and tags it in the same pass: each line's text as marked content on its block's
 * structure element (links and text in another language on their own Link and Span elements), each photo
 * on its Figure; page furniture (slug, footer, "more", rules) as artifacts: real text, so a reader of the
 * page (pdftotext, a search, a journalist checking "Page 8 of 8") finds it, but outside the structure tree, so a
 * screen reader and a tag-aware copy get the running text without it. Fonts are subset and embedded;
 * a JPEG is embedded as it is, turned by the drawing matrix.
 */
public final class KitPainter {
    private final PDDocument doc;
    private final KitDocument kit;
    private final StructureTree tags;
    private final Map<KitFonts.Loaded, PDType0Font> fonts = new IdentityHashMap<>();
    private final Map<KitImage, PDImageXObject> images = new IdentityHashMap<>();
    private final Map<PDStructureElement, Boolean> boxed = new IdentityHashMap<>();
    /** The character spacing (Tc) the current page's content stream has set. */
    private float characterSpacing;

    private KitPainter(PDDocument doc, KitDocument kit) {
        this.doc = doc;
        this.kit = kit;
        this.tags = new StructureTree(kit);
    }

    /**
     * Writes the kit. {@code pageDone} hears of each page drawn (and may stop the work by throwing);
     * {@code contentKey} identifies the content for the document ID (the same content, the same bytes).
     */
    public static void paint(KitDocument kit, PagedKit laid, float pageWidth, float pageHeight, Instant created,
                             String contentKey, OutputStream out, IntConsumer pageDone) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            KitPainter painter = new KitPainter(doc, kit);
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < laid.pages().size(); i++) {
                PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
                doc.addPage(page);
                pages.add(page);
                painter.page(page, laid.pages().get(i));
                pageDone.accept(i);
            }
            outline(doc, pages, laid.marks());
            painter.tags.finish(doc);
            Metadata.write(doc, kit, created, contentKey);
            doc.save(out);
        }
    }

    /** Loads what the first export would load late: the colour profile of the output intent. */
    public static void warmUp() {
        Metadata.warmUp();
    }

    private void page(PDPage page, PagedKit.Page laid) throws IOException {
        List<PDAnnotation> links = new ArrayList<>();
        characterSpacing = 0; // each page's content stream starts from the default text state
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            // The slug before the content and the footer and "more" after it, so a reader of the page's text
            // (pdftotext) meets them where the eye does.
            furniture(cs, laid, true);
            String sectionLanguage = laid.section().language();
            for (Placed p : laid.content()) {
                if (p instanceof PlacedText t) {
                    text(cs, page, t, sectionLanguage, links);
                } else if (p instanceof PlacedImage im) {
                    image(cs, page, im);
                } else if (p instanceof PlacedRule r) {
                    rule(cs, r);
                } else {
                    throw new IllegalStateException("furniture among the content");
                }
            }
            furniture(cs, laid, false);
        }
        if (!links.isEmpty()) {
            page.setAnnotations(links);
        }
        // PDF/UA 7.18.3: the tab order of annotations follows the structure.
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }

    /** The page's furniture: its header (the slug and its rule) or the rest (footer, "more"), as artifacts. */
    private void furniture(PDPageContentStream cs, PagedKit.Page laid, boolean header) throws IOException {
        boolean inHeader = false;
        for (Placed p : laid.furniture()) {
            if (p instanceof PlacedFurniture f) {
                inHeader = f.kind() == PagedKit.FurnitureKind.SLUG;
                if (inHeader != header) {
                    continue;
                }
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(
                        StructureTree.artifact("Pagination", inHeader ? "Header" : "Footer")));
                cs.beginText();
                for (Run run : f.line().runs()) {
                    show(cs, run, f.x(), f.baseline());
                }
                cs.endText();
                cs.endMarkedContent();
            } else if (p instanceof PlacedRule r && inHeader == header) {
                rule(cs, r); // a rule belongs with the line of furniture before it (the slug's rule under it)
            }
        }
    }

    private static void rule(PDPageContentStream cs, PlacedRule r) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(StructureTree.artifact("Layout", null)));
        cs.setStrokingColor(r.color());
        cs.setLineWidth(r.thickness());
        cs.moveTo(r.x1(), r.y());
        cs.lineTo(r.x2(), r.y());
        cs.stroke();
        cs.endMarkedContent();
    }

    /**
     * A line of a text block: its runs grouped by the element they belong to, each group one marked-content
     * sequence; a link also gets its annotation, tagged inside its Link element.
     */
    private void text(PDPageContentStream cs, PDPage page, PlacedText t, String sectionLanguage, List<PDAnnotation> links)
            throws IOException {
        PDStructureElement block = t.part() == PagedKit.Part.LABEL && t.block() instanceof Block.ListItem li
                ? tags.labelOf(li) : tags.of(t.block());
        String blockLanguage = t.block().language() != null ? t.block().language() : sectionLanguage;
        List<Run> runs = t.line().runs();
        int i = 0;
        while (i < runs.size()) {
            Inline inline = runs.get(i).inline();
            Inline owner = tags.ownElement(inline, blockLanguage) ? inline : null;
            int j = i + 1;
            while (j < runs.size() && (tags.ownElement(runs.get(j).inline(), blockLanguage) ? runs.get(j).inline() : null) == owner) {
                j++;
            }
            // The element is made (and placed among the block's kids) only now, after the text before it.
            PDStructureElement target = owner == null ? block : tags.of(owner, block, blockLanguage);
            COSDictionary mcid = new COSDictionary();
            mcid.setInt(COSName.MCID, tags.mark(page, target));
            cs.beginMarkedContent(COSName.getPDFName(target.getStructureType()), PDPropertyList.create(mcid));
            cs.beginText();
            for (int k = i; k < j; k++) {
                show(cs, runs.get(k), t.x(), t.baseline());
            }
            cs.endText();
            cs.endMarkedContent();
            if (owner != null && owner.link() != null) {
                Run first = runs.get(i);
                Run last = runs.get(j - 1);
                float size = first.size();
                PDAnnotationLink link = link(owner.link(), t.x() + first.x()[0], t.baseline() - size * 0.25f,
                        last.end() - first.x()[0], size * 1.2f);
                links.add(link);
                tags.annotation(page, link, target);
            }
            i = j;
        }
    }

    /**
     * One run as one TJ: each glyph where the layout put it. The space a justified line adds after every
     * glyph goes in the character spacing (Tc), so that only compressed punctuation needs a number of its own.
     */
    private void show(PDPageContentStream cs, Run run, float x, float baseline) throws IOException {
        PDType0Font font = fonts.get(run.font());
        if (font == null) {
            font = PDType0Font.load(doc, run.font().ttf, true);
            fonts.put(run.font(), font);
        }
        cs.setFont(font, run.size());
        cs.setNonStrokingColor(run.color());
        cs.setTextMatrix(Matrix.getTranslateInstance(x + run.x()[0], baseline));
        String text = run.text();
        int count = run.x().length;
        int[] cps = text.codePoints().toArray();
        // delta[k]: how far glyph k+1 sits from where glyph k's own advance would put it.
        float[] delta = new float[Math.max(0, count - 1)];
        Map<Integer, Integer> votes = new java.util.HashMap<>();
        for (int k = 0; k + 1 < count; k++) {
            delta[k] = run.x()[k + 1] - (run.x()[k] + run.font().width(cps[k]) * run.size());
            votes.merge(Math.round(delta[k] * 1000), 1, Integer::sum);
        }
        float spacing = votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 1000f).orElse(0f);
        if (spacing != characterSpacing) {
            cs.setCharacterSpacing(spacing);
            characterSpacing = spacing;
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < count; k++) {
            cur.appendCodePoint(cps[k]);
            if (k + 1 < count && Math.abs(delta[k] - spacing) > 0.0005f) {
                parts.add(cur.toString());
                cur.setLength(0);
                parts.add(-(delta[k] - spacing) * 1000 / run.size()); // TJ: thousandths of the size, positive moves left
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        cs.showTextWithPositioning(parts.toArray());
    }

    /** A photo or the logo on its Figure, its stored pixels turned upright by the drawing matrix. */
    private void image(PDPageContentStream cs, PDPage page, PlacedImage im) throws IOException {
        PDStructureElement figure = tags.of(im.owner());
        if (boxed.putIfAbsent(figure, Boolean.TRUE) == null) {
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(im.x(), im.y(), im.width(), im.height()));
            figure.addAttribute(layout);
        }
        COSDictionary mcid = new COSDictionary();
        mcid.setInt(COSName.MCID, tags.mark(page, figure));
        cs.beginMarkedContent(COSName.getPDFName("Figure"), PDPropertyList.create(mcid));
        cs.drawImage(xObject(im.image()), upright(im.image().orientation(), im.x(), im.y(), im.width(), im.height()));
        cs.endMarkedContent();
    }

    private PDImageXObject xObject(KitImage image) throws IOException {
        PDImageXObject x = images.get(image);
        if (x == null) {
            if (image.isJpeg()) {
                PDColorSpace colours = JpegStructure.frameComponents(image.bytes()) == 1 ? PDDeviceGray.INSTANCE
                        : PDDeviceRGB.INSTANCE;
                x = new PDImageXObject(doc, new ByteArrayInputStream(image.bytes()), COSName.DCT_DECODE, image.width(),
                        image.height(), 8, colours);
            } else {
                x = LosslessFactory.createFromImage(doc, ImageIO.read(new ByteArrayInputStream(image.bytes())));
            }
            images.put(image, x);
        }
        return x;
    }

    /**
     * The matrix that draws stored pixels upright in the box (x, y, w, h): the image's unit square (u right,
     * v up) goes to the box as EXIF orientation 1–8 says its rows and columns stand.
     */
    static Matrix upright(int orientation, float x, float y, float w, float h) {
        return switch (orientation) {
            case 2 -> new Matrix(-w, 0, 0, h, x + w, y);          // mirrored
            case 3 -> new Matrix(-w, 0, 0, -h, x + w, y + h);     // upside down
            case 4 -> new Matrix(w, 0, 0, -h, x, y + h);          // flipped top to bottom
            case 5 -> new Matrix(0, -h, -w, 0, x + w, y + h);     // transposed
            case 6 -> new Matrix(0, -h, w, 0, x, y + h);          // a quarter turn clockwise
            case 7 -> new Matrix(0, h, w, 0, x, y);               // transversed
            case 8 -> new Matrix(0, h, -w, 0, x + w, y);          // a quarter turn counter-clockwise
            default -> new Matrix(w, 0, 0, h, x, y);
        };
    }

    private static PDAnnotationLink link(Inline.Link target, float x, float y, float w, float h) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, w, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true); // PDF/A: annotations print
        link.setContents(target.description()); // PDF/UA 7.18.5: what the link does, in words
        PDActionURI action = new PDActionURI();
        action.setURI(target.uri());
        link.setAction(action);
        return link;
    }

    /** The outline: each mark under the last mark of the level above it (a version's bookmarks under the version). */
    private static void outline(PDDocument doc, List<PDPage> pages, List<PagedKit.Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem parent = null;
        for (PagedKit.Mark m : marks) {
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(pages.get(m.page()));
            dest.setTop((int) Math.ceil(m.y()));
            dest.setLeft(0);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.title());
            item.setDestination(dest);
            if (m.level() > 0 && parent != null) {
                parent.addLast(item);
            } else {
                outline.addLast(item);
                parent = item;
            }
        }
        for (PDOutlineItem top : outline.children()) {
            if (top.hasChildren()) {
                top.openNode(); // a version's sections shown, not folded away
            }
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }
}
