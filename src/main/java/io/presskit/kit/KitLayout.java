package io.presskit.kit;

import io.presskit.image.PhotoRendition;
import io.presskit.kit.LineBreaker.Line;
import io.presskit.kit.LineBreaker.Span;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a release into positioned pages: the release (letterhead, label and status, headline,
 * sub-headline, highlights, dateline and body, end mark), then the photos from a new page, then the
 * "About" sections and the media contacts. Contacts close the kit in both languages: Hong Kong and
 * Taiwan releases put 傳媒查詢 after the boilerplate, and AP-style English releases accept either place,
 * so one order keeps the two language versions of a release page-for-page alike.
 * <p>
 * Pagination keeps at least two lines of a paragraph on each side of a page break (no widows or
 * orphans), never ends a page with a heading, never separates a caption from its photo, and lets a
 * paragraph longer than a page flow on. Page furniture (slug line, footer, "more") is added by the
 * writer once the page count is known.
 */
final class KitLayout {
    static final Color INK = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5F6368);
    static final Color ACCENT = new Color(0x1F4E79);
    static final Color EMBARGO = new Color(0xB3261E);
    static final Color RULE = new Color(0xC9D3DE);

    static final float MARGIN_X = 64;
    static final float MARGIN_TOP = 62;
    static final float MARGIN_BOTTOM = 72;

    enum Align { LEFT, CENTER, JUSTIFY }

    /** Something drawn on a page. */
    sealed interface Op {
    }

    /** A line of text; {@code baseline} in PDF points from the page bottom. */
    record TextOp(float x, float baseline, Line line, String field) implements Op {
    }

    record ImageOp(int photo, float x, float y, float width, float height) implements Op {
    }

    record RuleOp(float x1, float x2, float y, float thickness, Color color) implements Op {
    }

    /** A bookmark target. */
    record Mark(String title, int page, float y) {
    }

    /** One laid-out page; {@code releaseText} when it holds release text before the end mark. */
    static final class Page {
        final List<Op> ops = new ArrayList<>();
        boolean releaseText;
    }

    /** The laid-out kit. */
    record Result(List<Page> pages, List<Mark> marks, List<String> warnings, int endMarkPage) {
    }

    private sealed interface Block {
    }

    private record Para(List<Span> spans, Align align, float leading, float before, float after, boolean keepWithNext,
                        float indent, Span bullet, String field) implements Block {
    }

    private record PhotoBlock(int index, Photo photo, PhotoRendition rendition, Para caption) implements Block {
    }

    private record Rule(float thickness, Color color, float after) implements Block {
    }

    private record NewPage() implements Block {
    }

    private record Bookmark(String title) implements Block {
    }

    private record EndOfRelease() implements Block {
    }

    private final KitFonts fonts;
    private final KitText words;
    private final LineBreaker breaker;
    private final float pageWidth;
    private final float pageHeight;
    private final float width;
    private final List<String> warnings = new ArrayList<>();

    KitLayout(KitFonts fonts, Release release, PaperSize paper) {
        this.fonts = fonts;
        this.words = new KitText(release.lang());
        this.breaker = new LineBreaker(fonts, release.lang().tag(), words.chinese());
        this.pageWidth = paper.width();
        this.pageHeight = paper.height();
        this.width = pageWidth - 2 * MARGIN_X;
    }

    // ------------------------------------------------------------------ the document, as blocks

    Result layout(Release r, List<PhotoRendition> renditions) {
        boolean zh = words.chinese();
        float body = zh ? 10.5f : 10.5f;
        float bodyLeading = zh ? 1.75f : 1.5f;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Bookmark(words.releaseBookmark()));
        if (r.issuer() != null) {
            blocks.add(para("issuer", List.of(span(r.issuer(), KitFonts.Style.BOLD, 12.5f, ACCENT)), Align.LEFT, 1.3f, 0, 4, true));
        }
        blocks.add(new Rule(1.2f, ACCENT, 14));
        blocks.add(para("label", List.of(span(words.label(r), KitFonts.Style.BOLD, 20, INK)), Align.LEFT, 1.25f, 0, 2, true));
        boolean embargoed = r.timing() instanceof io.presskit.model.ReleaseTiming.Embargoed;
        blocks.add(para("release", List.of(span(words.status(r.timing()), KitFonts.Style.BOLD, 9.5f,
                embargoed ? EMBARGO : ACCENT)), Align.LEFT, 1.4f, 0, 20, true));
        String[] headlineLines = r.headline().strip().split("\n");
        for (int i = 0; i < headlineLines.length; i++) {
            blocks.add(para("headline", List.of(span(headlineLines[i].strip(), KitFonts.Style.BOLD, zh ? 17 : 19, INK)),
                    Align.CENTER, 1.35f, 0, i == headlineLines.length - 1 ? 8 : 0, true));
        }
        if (r.subheadline() != null) {
            blocks.add(para("subheadline", List.of(span(r.subheadline(), zh ? KitFonts.Style.REGULAR : KitFonts.Style.ITALIC,
                    12, MUTED)), Align.CENTER, 1.45f, 0, 16, true));
        }
        for (int i = 0; i < r.highlights().size(); i++) {
            Span bullet = span("•", KitFonts.Style.REGULAR, body, ACCENT);
            blocks.add(new Para(List.of(span(r.highlights().get(i), KitFonts.Style.REGULAR, body, INK)),
                    zh ? Align.JUSTIFY : Align.LEFT, bodyLeading, 0, i == r.highlights().size() - 1 ? 14 : 4, false,
                    14, bullet, "highlights[" + i + "]"));
        }
        for (int i = 0; i < r.body().size(); i++) {
            List<Span> spans = new ArrayList<>();
            if (i == 0 && r.dateline() != null) {
                spans.add(span(words.dateline(r.dateline()), KitFonts.Style.BOLD, body, INK));
            }
            spans.addAll(linked(r.body().get(i), KitFonts.Style.REGULAR, body, INK));
            blocks.add(para("body[" + i + "]", spans, zh ? Align.JUSTIFY : Align.LEFT, bodyLeading, 0, zh ? 9 : 8, false));
        }
        blocks.add(para("endMark", List.of(span(words.endMark(r), KitFonts.Style.BOLD, body, INK)), Align.CENTER, 1.5f, 6, 0, false));
        blocks.add(new EndOfRelease());

        if (!r.photos().isEmpty()) {
            blocks.add(new NewPage());
            blocks.add(new Bookmark(words.photosHeading()));
            blocks.add(heading(words.photosHeading(), "photos"));
            for (int i = 0; i < r.photos().size(); i++) {
                Photo p = r.photos().get(i);
                List<Span> caption = new ArrayList<>();
                caption.add(span(words.photoNumber(i + 1), KitFonts.Style.BOLD, 9.5f, INK));
                caption.add(span(p.caption(), KitFonts.Style.REGULAR, 9.5f, INK));
                if (p.credit() != null) {
                    caption.add(span(words.credit(p.credit()), zh ? KitFonts.Style.REGULAR : KitFonts.Style.ITALIC, 9.5f, MUTED));
                }
                Para cap = new Para(caption, zh ? Align.JUSTIFY : Align.LEFT, 1.55f, 6, 20, false, 0, null,
                        "photos[" + i + "].caption");
                blocks.add(new PhotoBlock(i, p, renditions.get(i), cap));
            }
        }
        boolean first = true;
        for (int i = 0; i < r.boilerplates().size(); i++) {
            Boilerplate b = r.boilerplates().get(i);
            blocks.add(new Bookmark(b.title()));
            Para h = heading(b.title(), "boilerplates[" + i + "].title");
            blocks.add(first && r.photos().isEmpty() ? h : new Para(h.spans(), h.align(), h.leading(), 18, h.after(),
                    true, 0, null, h.field()));
            first = false;
            for (int k = 0; k < b.body().size(); k++) {
                blocks.add(new Para(linked(b.body().get(k), KitFonts.Style.REGULAR, 9.5f, INK),
                        zh ? Align.JUSTIFY : Align.LEFT, zh ? 1.7f : 1.45f, 0, 7, false, 0, null,
                        "boilerplates[" + i + "].body[" + k + "]"));
            }
        }
        if (!r.contacts().isEmpty()) {
            blocks.add(new Bookmark(words.contactsBookmark()));
            Para h = heading(words.contactsHeading(r), "contactsHeading");
            blocks.add(new Para(h.spans(), h.align(), h.leading(), 18, h.after(), true, 0, null, h.field()));
            for (int i = 0; i < r.contacts().size(); i++) {
                blocks.addAll(contact(r.contacts().get(i), "contacts[" + i + "]"));
            }
        }
        return paginate(blocks);
    }

    private List<Block> contact(Contact c, String field) {
        List<Block> out = new ArrayList<>();
        float size = 9.5f;
        if (c.organization() != null) {
            out.add(para(field + ".organization", List.of(span(c.organization(), KitFonts.Style.BOLD, size, INK)),
                    Align.LEFT, 1.5f, 0, 0, true));
        }
        out.add(para(field + ".name", List.of(span(c.name(), c.organization() == null ? KitFonts.Style.BOLD
                : KitFonts.Style.REGULAR, size, INK)), Align.LEFT, 1.5f, 0, 0, true));
        if (!c.phones().isEmpty()) {
            List<Span> s = new ArrayList<>();
            s.add(span(words.phoneLabel(), KitFonts.Style.REGULAR, size, MUTED));
            for (int i = 0; i < c.phones().size(); i++) {
                if (i > 0) {
                    s.add(span(" / ", KitFonts.Style.REGULAR, size, MUTED));
                }
                String phone = c.phones().get(i);
                s.add(new Span(phone, KitFonts.Style.REGULAR, size, ACCENT, "tel:" + phone.replaceAll("[^+0-9]", "")));
            }
            out.add(para(field + ".phones", s, Align.LEFT, 1.5f, 0, 0, !c.emails().isEmpty()));
        }
        if (!c.emails().isEmpty()) {
            List<Span> s = new ArrayList<>();
            s.add(span(words.emailLabel(), KitFonts.Style.REGULAR, size, MUTED));
            for (int i = 0; i < c.emails().size(); i++) {
                if (i > 0) {
                    s.add(span(" / ", KitFonts.Style.REGULAR, size, MUTED));
                }
                String email = c.emails().get(i);
                s.add(new Span(email, KitFonts.Style.REGULAR, size, ACCENT, "mailto:" + email));
            }
            out.add(para(field + ".emails", s, Align.LEFT, 1.5f, 0, 0, false));
        }
        // The space after a contact: on its last line.
        Para last = (Para) out.remove(out.size() - 1);
        out.add(new Para(last.spans(), last.align(), last.leading(), last.before(), 12, false, 0, null, last.field()));
        return out;
    }

    private Para heading(String text, String field) {
        return new Para(List.of(span(text, KitFonts.Style.BOLD, 12.5f, ACCENT)), Align.LEFT, 1.4f, 0, 8, true, 0, null, field);
    }

    private static Para para(String field, List<Span> spans, Align align, float leading, float before, float after,
                             boolean keepWithNext) {
        return new Para(spans, align, leading, before, after, keepWithNext, 0, null, field);
    }

    private static Span span(String text, KitFonts.Style style, float size, Color color) {
        return new Span(text, style, size, color);
    }

    /** Text with its URLs and emails as links (mailto: for emails). */
    static List<Span> linked(String text, KitFonts.Style style, float size, Color color) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        java.util.regex.Matcher url = LineBreaker.URL.matcher(text);
        java.util.regex.Matcher email = LineBreaker.EMAIL.matcher(text);
        while (true) {
            boolean u = url.find(at);
            int us = u ? url.start() : Integer.MAX_VALUE;
            boolean e = email.find(at);
            int es = e ? email.start() : Integer.MAX_VALUE;
            if (!u && !e) {
                break;
            }
            boolean takeUrl = us <= es;
            int s = takeUrl ? us : es;
            int end = takeUrl ? url.end() : email.end();
            String found = text.substring(s, end);
            if (s > at) {
                out.add(new Span(text.substring(at, s), style, size, color));
            }
            String target = takeUrl ? (found.startsWith("www.") ? "https://" + found : found) : "mailto:" + found;
            out.add(new Span(found, style, size, ACCENT, target));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), style, size, color));
        }
        return out;
    }

    // ------------------------------------------------------------------ pagination

    private final List<Page> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private Page page;
    private float y;
    private boolean inRelease = true;
    private int endMarkPage = -1;

    private float top() {
        return pageHeight - MARGIN_TOP;
    }

    private float bottom() {
        return MARGIN_BOTTOM;
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = top();
    }

    private boolean atTop() {
        return y >= top() - 0.01f;
    }

    private Result paginate(List<Block> blocks) {
        newPage();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof NewPage) {
                if (!atTop()) {
                    newPage();
                }
            } else if (b instanceof Bookmark bm) {
                marks.add(new Mark(bm.title(), pages.size() - 1, y));
            } else if (b instanceof EndOfRelease) {
                inRelease = false;
                endMarkPage = pages.size() - 1;
            } else if (b instanceof Rule rule) {
                page.ops.add(new RuleOp(MARGIN_X, MARGIN_X + width, y - rule.thickness() / 2, rule.thickness(), rule.color()));
                y -= rule.thickness() + rule.after();
            } else if (b instanceof PhotoBlock pb) {
                placePhoto(pb);
            } else if (b instanceof Para p) {
                placePara(p, blocks, i);
            }
        }
        return new Result(pages, marks, warnings, endMarkPage);
    }

    private List<Line> lines(Para p) {
        float avail = width - p.indent();
        List<Line> lines = breaker.lines(p.spans(), avail, p.align() == Align.JUSTIFY);
        if (p.spans().stream().anyMatch(sp -> sp.text().codePoints().anyMatch(KitLayout::rightToLeft))) {
            String w = p.field() + ": right-to-left text (Arabic, Hebrew) is printed left to right and unjoined; "
                    + "Presskit does not set right-to-left scripts yet";
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
        for (int cp : breaker.drainMissing()) {
            String w = p.field() + ": the character " + LineBreaker.describe(cp) + " is in no font Presskit ships or finds, and was left out";
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
        return lines;
    }

    static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static float lineHeight(Para p, Line l) {
        float size = l.maxAscentSize() > 0 ? l.maxAscentSize() : p.spans().get(0).size();
        return size * p.leading();
    }

    /** Height the first {@code k} lines of a paragraph take. */
    private static float height(Para p, List<Line> lines, int k) {
        float h = 0;
        for (int i = 0; i < k && i < lines.size(); i++) {
            h += lineHeight(p, lines.get(i));
        }
        return h;
    }

    /** What must stand with a keep-with-next block below it: the next paragraph's first two lines, or a photo. */
    private float followerHeight(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b instanceof Para p) {
                List<Line> l = breaker.lines(p.spans(), width - p.indent(), false);
                breaker.drainMissing();
                float h = p.before() + height(p, l, Math.min(2, l.size()));
                return p.keepWithNext() ? h + p.after() + followerHeight(blocks, k) : h;
            }
            if (b instanceof PhotoBlock pb) {
                return photoSize(pb)[1] + 60;
            }
            if (b instanceof NewPage) {
                return 0;
            }
        }
        return 0;
    }

    private void placePara(Para p, List<Block> blocks, int index) {
        List<Line> lines = lines(p);
        if (lines.isEmpty()) {
            return;
        }
        float before = atTop() ? 0 : p.before();
        float whole = height(p, lines, lines.size());
        if (p.keepWithNext()) {
            float need = before + whole + p.after() + followerHeight(blocks, index);
            if (y - need < bottom() && !atTop() && need <= top() - bottom()) {
                newPage();
                before = 0;
            }
        }
        y -= before;
        int at = 0;
        while (at < lines.size()) {
            int fit = 0;
            float h = 0;
            while (at + fit < lines.size() && y - h - lineHeight(p, lines.get(at + fit)) >= bottom() - 0.01f) {
                h += lineHeight(p, lines.get(at + fit));
                fit++;
            }
            int left = lines.size() - at;
            if (fit < left) {
                // A break inside the paragraph: at least two lines on each side, or none here.
                if (left >= 4) {
                    fit = Math.min(fit, left - 2);
                    if (fit < 2) {
                        fit = 0;
                    }
                } else {
                    fit = 0;
                }
                if (fit == 0 && atTop()) {
                    fit = Math.max(1, Math.min(left, countFitting(p, lines, at))); // a page can hold no more
                }
            }
            for (int k = 0; k < fit; k++) {
                Line l = lines.get(at + k);
                float lh = lineHeight(p, l);
                float size = l.maxAscentSize();
                float baseline = y - (lh - size * 1.2f) / 2 - size * 0.95f;
                float x = MARGIN_X + p.indent();
                float lineWidth = l.justifiedWidth();
                if (p.align() == Align.CENTER) {
                    x = MARGIN_X + (width - lineWidth) / 2;
                }
                if (k == 0 && at == 0 && p.bullet() != null) {
                    Line bullet = breaker.lines(List.of(p.bullet()), 20, false).get(0);
                    page.ops.add(new TextOp(MARGIN_X + 2, baseline, bullet, p.field()));
                }
                page.ops.add(new TextOp(x, baseline, l, p.field()));
                y -= lh;
            }
            if (fit > 0 && inRelease) {
                page.releaseText = true;
            }
            at += fit;
            if (at < lines.size()) {
                newPage();
            }
        }
        y -= p.after();
    }

    private int countFitting(Para p, List<Line> lines, int at) {
        float h = 0;
        int n = 0;
        while (at + n < lines.size() && y - h - lineHeight(p, lines.get(at + n)) >= bottom() - 0.01f) {
            h += lineHeight(p, lines.get(at + n));
            n++;
        }
        return n;
    }

    /** Printed size of a photo: the text width, or half the text height for tall ones, aspect kept. */
    private float[] photoSize(PhotoBlock pb) {
        float w = pb.rendition().width();
        float h = pb.rendition().height();
        // Half the text height, less room for a caption: two landscape photos and their captions share a page.
        float maxH = (top() - bottom()) * 0.42f;
        float scale = Math.min(width / w, maxH / h);
        return new float[]{w * scale, h * scale};
    }

    private void placePhoto(PhotoBlock pb) {
        float[] size = photoSize(pb);
        List<Line> caption = lines(pb.caption());
        float captionHeight = pb.caption().before() + height(pb.caption(), caption, caption.size());
        float need = size[1] + captionHeight;
        float scale = 1;
        if (y - need < bottom() && !atTop()) {
            // Slightly smaller here rather than a page with one photo and a gap: down to 80 %.
            float fits = (y - bottom() - captionHeight) / size[1];
            if (fits >= 0.8f) {
                scale = fits;
            } else {
                newPage();
            }
        }
        if (need > top() - bottom()) {
            scale = (top() - bottom() - captionHeight) / size[1]; // a caption never leaves its photo
        }
        float w = size[0] * scale;
        float h = size[1] * scale;
        page.ops.add(new ImageOp(pb.index(), MARGIN_X + (width - w) / 2, y - h, w, h));
        y -= h;
        double dpi = pb.photo().displayWidth() / (w / 72.0);
        if (dpi < 150) {
            warnings.add(String.format(Locale.ROOT, "photos[%d]: %s prints at %.0f dpi (%d px across %.1f cm), under the "
                    + "150 dpi a print needs", pb.index(), pb.photo().fileName(), dpi, pb.photo().displayWidth(), w / 72 * 2.54));
        }
        Para cap = pb.caption();
        placePara(new Para(cap.spans(), cap.align(), cap.leading(), cap.before(), cap.after(), false, 0, null, cap.field()),
                List.of(), 0);
    }
}
