package io.presskit.kit.pdf;

import io.presskit.kit.document.Block;
import io.presskit.kit.document.Block.BulletList;
import io.presskit.kit.document.Block.Contact;
import io.presskit.kit.document.Block.Figure;
import io.presskit.kit.document.Block.Heading;
import io.presskit.kit.document.Block.Headline;
import io.presskit.kit.document.Block.Letterhead;
import io.presskit.kit.document.Block.ListItem;
import io.presskit.kit.document.Block.Paragraph;
import io.presskit.kit.document.Inline;
import io.presskit.kit.document.KitDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagged structure of a kit (PDF/UA): made from the document before a page is drawn, so that its
 * order is the reading order whatever the pages; the painter then hangs each piece of marked content on
 * its element. A paragraph split over two pages is one element with content on both.
 * <pre>
 * Document
 *   Sect (one a language version; /Lang where it differs from the document's, on every Sect of a kit of several)
 *     Figure (letterhead logo), P (issuer), P (label; H1 in a draft without a headline), P (status),
 *     H1 (headline), P (sub-headline)
 *     L  LI  Lbl LBody …  (highlights)
 *     P … (dateline and body), P (end mark)
 *     H2 (Photos)  Figure Caption …
 *     H2 (About …)  P …
 *     H2 (contacts)  Div  P …
 * </pre>
 * Inside a block, a link is a Link element (its text and an object reference to its annotation) and text
 * in another language a Span with its /Lang.
 */
final class StructureTree {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final String documentLanguage;
    /** The element a text block's lines belong to (a list item's: its LBody). */
    private final Map<Block, PDStructureElement> elements = new IdentityHashMap<>();
    /** A list item's label element. */
    private final Map<ListItem, PDStructureElement> labels = new IdentityHashMap<>();
    /** The Link or Span element of an inline, made when its text is first drawn. */
    private final Map<Inline, PDStructureElement> inlines = new IdentityHashMap<>();
    /** Per page: the element of each MCID, in MCID order. */
    private final Map<PDPage, List<PDStructureElement>> marked = new HashMap<>();
    private final List<PDPage> pageOrder = new ArrayList<>();
    /** Link annotations and their Link elements, in the order drawn (the parent tree's keys follow it). */
    private final List<Map.Entry<PDAnnotation, PDStructureElement>> annotations = new ArrayList<>();

    StructureTree(KitDocument document) {
        this.documentLanguage = document.language();
        PDStructureElement doc = new PDStructureElement("Document", root);
        root.appendKid(doc);
        boolean versions = document.sections().size() > 1;
        for (KitDocument.Section section : document.sections()) {
            // In a kit of several language versions every version's Sect says its language, the first one's too.
            PDStructureElement sect = element("Sect", doc, section.language(), versions ? null : documentLanguage);
            // PDF/UA 7.4.2: headings start at H1. A draft without its headline yet has its label as H1.
            boolean headline = section.blocks().stream().anyMatch(b -> b instanceof Headline);
            for (Block b : section.blocks()) {
                if (!headline && b instanceof Paragraph p && p.kind() == Paragraph.Kind.LABEL) {
                    elements.put(p, element("H1", sect, p.language(), section.language()));
                } else {
                    add(b, sect, section.language());
                }
            }
        }
    }

    private static PDStructureElement element(String type, PDStructureNode parent, String language, String parentLanguage) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        if (language != null && !language.equals(parentLanguage)) {
            e.setLanguage(language);
        }
        return e;
    }

    private void add(Block b, PDStructureElement sect, String lang) {
        if (b instanceof Letterhead l) {
            if (l.logo() != null) {
                PDStructureElement figure = element("Figure", sect, null, lang);
                figure.setAlternateDescription(l.logoAlt());
                elements.put(l, figure);
            }
            if (l.issuer() != null) {
                elements.put(l.issuer(), element("P", sect, l.issuer().language(), lang));
            }
        } else if (b instanceof Paragraph p) {
            elements.put(p, element("P", sect, p.language(), lang));
        } else if (b instanceof Headline h) {
            elements.put(h, element("H1", sect, h.language(), lang));
        } else if (b instanceof Heading h) {
            elements.put(h, element("H2", sect, h.language(), lang));
        } else if (b instanceof BulletList list) {
            PDStructureElement l = element("L", sect, null, lang);
            for (ListItem item : list.items()) {
                PDStructureElement li = element("LI", l, item.language(), lang);
                String itemLang = item.language() != null ? item.language() : lang;
                labels.put(item, element("Lbl", li, null, itemLang));
                elements.put(item, element("LBody", li, null, itemLang));
            }
        } else if (b instanceof Figure f) {
            PDStructureElement figure = element("Figure", sect, null, lang);
            figure.setAlternateDescription(f.alt());
            elements.put(f, figure);
            elements.put(f.caption(), element("Caption", sect, f.caption().language(), lang));
        } else if (b instanceof Contact c) {
            PDStructureElement div = element("Div", sect, null, lang);
            for (Paragraph p : c.lines()) {
                elements.put(p, element("P", div, p.language(), lang));
            }
        }
        // Rules, page breaks, bookmarks and the end of the release have no element.
    }

    /** The element of a block (a figure's picture, a text block's text). */
    PDStructureElement of(Block block) {
        PDStructureElement e = elements.get(block);
        if (e == null) {
            throw new IllegalStateException("no structure element for " + block);
        }
        return e;
    }

    PDStructureElement labelOf(ListItem item) {
        return labels.get(item);
    }

    /**
     * The element an inline's text belongs to: the block's own, or a Link (for a link) or Span (for text in
     * another language) inside it, made the first time, so that its place among the block's kids is its
     * place in the text.
     */
    PDStructureElement of(Inline inline, PDStructureElement block, String blockLanguage) {
        if (!ownElement(inline, blockLanguage)) {
            return block;
        }
        boolean otherLanguage = inline.language() != null && !inline.language().equals(blockLanguage);
        return inlines.computeIfAbsent(inline, in -> {
            PDStructureElement e = new PDStructureElement(in.link() != null ? "Link" : "Span", block);
            block.appendKid(e);
            if (otherLanguage) {
                e.setLanguage(in.language());
            }
            return e;
        });
    }

    /** Whether an inline's text goes in an element of its own: a link, or text in another language. */
    boolean ownElement(Inline inline, String blockLanguage) {
        return inline.link() != null || (inline.language() != null && !inline.language().equals(blockLanguage));
    }

    /** Hangs the next marked content of {@code page} on {@code element}; returns its MCID. */
    int mark(PDPage page, PDStructureElement element) {
        List<PDStructureElement> list = marked.computeIfAbsent(page, p -> {
            pageOrder.add(p);
            return new ArrayList<>();
        });
        int mcid = list.size();
        list.add(element);
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        element.appendKid(ref);
        return mcid;
    }

    /** A link annotation, as a kid of its Link element. */
    void annotation(PDPage page, PDAnnotation annotation, PDStructureElement link) {
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        ref.setPage(page);
        link.appendKid(ref);
        annotations.add(Map.entry(annotation, link));
    }

    /** Writes the tree into the catalog: the parent tree (content and annotations back to their elements). */
    void finish(PDDocument doc) {
        Map<Integer, COSObjectable> numbers = new java.util.TreeMap<>();
        int key = 0;
        for (PDPage page : pageOrder) {
            COSArray array = new COSArray();
            for (PDStructureElement e : marked.get(page)) {
                array.add(e);
            }
            page.setStructParents(key);
            numbers.put(key++, new PDParentTreeValue(array));
        }
        for (var e : annotations) {
            e.getKey().setStructParent(key);
            numbers.put(key++, new PDParentTreeValue(e.getValue().getCOSObject()));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(numbers);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(key);
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
    }

    static COSDictionary artifact(String type, String subtype) {
        COSDictionary d = new COSDictionary();
        d.setName(COSName.TYPE, type);
        if (subtype != null) {
            d.setName(COSName.SUBTYPE, subtype);
        }
        return d;
    }
}
