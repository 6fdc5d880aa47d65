package io.presskit.kit;

import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.kit.KitLayout.ImageOp;
import io.presskit.kit.KitLayout.Op;
import io.presskit.kit.KitLayout.RuleOp;
import io.presskit.kit.KitLayout.TextOp;
import io.presskit.kit.LineBreaker.Line;
import io.presskit.kit.LineBreaker.Run;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import javax.imageio.ImageIO;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CancellationException;

/**
 * Writes the press-kit PDF of a release: laid out by {@link KitLayout}, then drawn with page furniture
 * (slug line from page 2, "Page X of Y" over the whole kit, "more" at the foot of release pages that
 * continue), photos embedded as their renditions (JPEG as-is, PNG lossless with its alpha), fonts
 * subset and embedded, links, bookmarks, Info and XMP metadata, an sRGB output intent: PDF/A-2b.
 */
public final class KitExporter {
    private static final String PRODUCER = "Presskit (Apache PDFBox)";
    private static volatile KitExporter shared;

    private final KitFonts fonts;

    private KitExporter(KitFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Starts parsing the fonts (and loading the line-break rules) in the background, so that a command or
     * a window can do its own start-up meanwhile; {@link #shared()} then waits only for what is left.
     */
    public static void warmUp(String languageTag) {
        Thread t = new Thread(() -> {
            shared();
            com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.forLanguageTag(languageTag));
        }, "presskit-kit-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The exporter of this process: the fonts are parsed once and reused by every export. */
    public static KitExporter shared() {
        KitExporter e = shared;
        if (e == null) {
            synchronized (KitExporter.class) {
                if (shared == null) {
                    shared = new KitExporter(KitFonts.shared());
                }
                e = shared;
            }
        }
        return e;
    }

    /**
     * Typesets {@code release} into {@code out}. Exports are serialised (the parsed fonts are shared);
     * throws {@link CancellationException} when {@code progress} asks to stop.
     */
    public synchronized KitResult export(Release release, PhotoSource photos, KitOptions options, OutputStream out,
                                         KitProgress progress) throws IOException {
        List<PhotoRendition> renditions = new ArrayList<>();
        int steps = release.photos().size() + 3;
        for (Photo p : release.photos()) {
            check(progress);
            renditions.add(photos.rendition(p));
            progress.progress((double) renditions.size() / steps);
        }
        KitLayout.Result laid = new KitLayout(fonts, release, options.paper()).layout(release, renditions);
        check(progress);
        KitText words = new KitText(release.lang());
        try (PDDocument doc = new PDDocument()) {
            Map<KitFonts.Loaded, PDType0Font> pdfFonts = new java.util.IdentityHashMap<>();
            List<PDImageXObject> images = new ArrayList<>();
            for (PhotoRendition r : renditions) {
                images.add(r.isPng() ? LosslessFactory.createFromImage(doc, ImageIO.read(new ByteArrayInputStream(r.bytes())))
                        : JPEGFactory.createFromByteArray(doc, r.bytes()));
            }
            List<PDPage> pages = new ArrayList<>();
            int total = laid.pages().size();
            String slug = slug(release);
            for (int i = 0; i < total; i++) {
                check(progress);
                PDPage page = new PDPage(new PDRectangle(options.paper().width(), options.paper().height()));
                doc.addPage(page);
                pages.add(page);
                List<PDAnnotationLink> links = new ArrayList<>();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    // Slug first and footer last, so that copied text reads slug, page, footer.
                    header(doc, cs, i, slug, words, options.paper(), pdfFonts);
                    for (Op op : laid.pages().get(i).ops) {
                        draw(doc, cs, op, pdfFonts, images, links);
                    }
                    footer(doc, cs, i, total, words, laid, options.paper(), pdfFonts);
                }
                page.getAnnotations().addAll(links);
                progress.progress((renditions.size() + 2.0 * (i + 1) / total) / steps);
            }
            outline(doc, pages, laid.marks());
            metadata(doc, release, options.createdAt());
            check(progress);
            doc.save(out);
            progress.progress(1);
        }
        return new KitResult(laid.pages().size(), laid.warnings());
    }

    private static void check(KitProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("the export was cancelled");
        }
    }

    private static String slug(Release r) {
        String s = r.headlineFirstLine();
        return s.length() > 70 ? s.substring(0, 69) + "…" : s;
    }

    private PDType0Font font(PDDocument doc, KitFonts.Loaded f, Map<KitFonts.Loaded, PDType0Font> cache) throws IOException {
        PDType0Font pdf = cache.get(f);
        if (pdf == null) {
            pdf = PDType0Font.load(doc, f.ttf, true);
            cache.put(f, pdf);
        }
        return pdf;
    }

    private void draw(PDDocument doc, PDPageContentStream cs, Op op, Map<KitFonts.Loaded, PDType0Font> fonts,
                      List<PDImageXObject> images, List<PDAnnotationLink> links) throws IOException {
        if (op instanceof TextOp t) {
            drawLine(doc, cs, t.x(), t.baseline(), t.line(), fonts, links);
        } else if (op instanceof ImageOp im) {
            cs.drawImage(images.get(im.photo()), im.x(), im.y(), im.width(), im.height());
        } else if (op instanceof RuleOp r) {
            cs.setStrokingColor(r.color());
            cs.setLineWidth(r.thickness());
            cs.moveTo(r.x1(), r.y());
            cs.lineTo(r.x2(), r.y());
            cs.stroke();
        }
    }

    /**
     * Draws a line run by run. CJK runs carry the justification as character spacing (Tc); other runs take
     * it at their spaces, drawn word by word, so that Latin letters are never spaced out.
     */
    private void drawLine(PDDocument doc, PDPageContentStream cs, float x, float baseline, Line line,
                          Map<KitFonts.Loaded, PDType0Font> fonts, List<PDAnnotationLink> links) throws IOException {
        float at = x;
        for (Run run : line.runs()) {
            boolean cjk = run.font().face.isTc();
            float start = at;
            if (cjk || line.spacing() == 0 || run.text().indexOf(' ') < 0) {
                float tc = cjk ? line.spacing() : 0;
                show(doc, cs, run, run.text(), at, baseline, tc, fonts);
                at += run.width() + tc * run.glyphs();
            } else {
                int from = 0;
                String t = run.text();
                while (from < t.length()) {
                    int space = t.indexOf(' ', from);
                    int to = space < 0 ? t.length() : space + 1;
                    String piece = t.substring(from, to);
                    show(doc, cs, run, piece, at, baseline, 0, fonts);
                    at += width(run, piece) + (space < 0 ? 0 : line.spacing());
                    from = to;
                }
            }
            if (run.link() != null) {
                links.add(link(run.link(), start, baseline - run.size() * 0.25f, at - start, run.size() * 1.2f));
            }
        }
    }

    private void show(PDDocument doc, PDPageContentStream cs, Run run, String text, float x, float baseline, float tc,
                      Map<KitFonts.Loaded, PDType0Font> fonts) throws IOException {
        cs.beginText();
        cs.setFont(font(doc, run.font(), fonts), run.size());
        cs.setNonStrokingColor(run.color());
        cs.setCharacterSpacing(tc);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private static float width(Run run, String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += run.font().width(cp) * run.size();
            i += Character.charCount(cp);
        }
        return w;
    }

    private static PDAnnotationLink link(String uri, float x, float y, float w, float h) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, w, h));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true); // PDF/A: annotations print
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        return link;
    }

    private void header(PDDocument doc, PDPageContentStream cs, int index, String slug, KitText words, PaperSize paper,
                        Map<KitFonts.Loaded, PDType0Font> fonts) throws IOException {
        if (index == 0 || slug.isBlank()) {
            return; // a draft without a headline yet (the app previews drafts) has no slug line
        }
        float w = paper.width();
        Line s = furnitureLine(slug, KitFonts.Style.REGULAR, 8, KitLayout.MUTED, words, w);
        float y = paper.height() - KitLayout.MARGIN_TOP + 22;
        drawLine(doc, cs, KitLayout.MARGIN_X, y, s, fonts, new ArrayList<>());
        cs.setStrokingColor(KitLayout.RULE);
        cs.setLineWidth(0.5f);
        cs.moveTo(KitLayout.MARGIN_X, y - 6);
        cs.lineTo(w - KitLayout.MARGIN_X, y - 6);
        cs.stroke();
    }

    private void footer(PDDocument doc, PDPageContentStream cs, int index, int total, KitText words,
                        KitLayout.Result laid, PaperSize paper, Map<KitFonts.Loaded, PDType0Font> fonts) throws IOException {
        float w = paper.width();
        if (laid.pages().get(index).releaseText && index < laid.endMarkPage()) {
            Line more = furnitureLine(words.more(), KitFonts.Style.BOLD, 9, KitLayout.INK, words, w);
            drawLine(doc, cs, w - KitLayout.MARGIN_X - more.width(), KitLayout.MARGIN_BOTTOM - 20, more, fonts, new ArrayList<>());
        }
        Line footer = furnitureLine(words.footer(index + 1, total), KitFonts.Style.REGULAR, 8, KitLayout.MUTED, words, w);
        drawLine(doc, cs, (w - footer.width()) / 2, 34, footer, fonts, new ArrayList<>());
    }

    /** One line of page furniture (never wrapped: the slug was shortened to fit). */
    private Line furnitureLine(String text, KitFonts.Style style, float size, java.awt.Color color, KitText words,
                               float pageWidth) {
        LineBreaker small = new LineBreaker(fonts, words.chinese() ? "zh-Hant" : "en", words.chinese());
        return small.lines(List.of(new LineBreaker.Span(text, style, size, color)), Float.MAX_VALUE, false).get(0);
    }

    private static void outline(PDDocument doc, List<PDPage> pages, List<KitLayout.Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (KitLayout.Mark m : marks) {
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(pages.get(m.page()));
            dest.setTop((int) Math.ceil(m.y()));
            dest.setLeft(0);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(m.title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Info and matching XMP, /Lang, the title shown by viewers, and the sRGB output intent of PDF/A-2b. */
    private static void metadata(PDDocument doc, Release r, Instant created) throws IOException {
        String title = r.headline().strip().replaceAll("\\s*\n\\s*", " ");
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (r.issuer() != null) {
            info.setAuthor(r.issuer());
        }
        info.setCreator("Presskit");
        info.setProducer(PRODUCER);
        info.setCreationDate(cal);
        info.setModificationDate(cal);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(r.lang().tag());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        catalog.setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);

        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (r.issuer() == null ? "" : "   <dc:creator><rdf:Seq><rdf:li>" + xml(r.issuer()) + "</rdf:li></rdf:Seq></dc:creator>\n")
                + "   <dc:language><rdf:Bag><rdf:li>" + xml(r.lang().tag()) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:CreatorTool>Presskit</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "   <pdfaid:part>2</pdfaid:part>\n"
                + "   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // A document ID from the content, not the clock: the same release and options give the same bytes.
        byte[] id;
        try {
            id = java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((r + "\n" + created + "\n" + doc.getNumberOfPages()).getBytes(StandardCharsets.UTF_8)), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
