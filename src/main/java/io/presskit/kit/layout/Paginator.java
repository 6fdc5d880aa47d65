package io.presskit.kit.layout;

import io.presskit.kit.document.Block.BulletList;
import io.presskit.kit.document.Block.Contact;
import io.presskit.kit.document.Block.Figure;
import io.presskit.kit.document.Block.Heading;
import io.presskit.kit.document.Block.Headline;
import io.presskit.kit.document.Block.Letterhead;
import io.presskit.kit.document.Block.ListItem;
import io.presskit.kit.document.Block.Paragraph;
import io.presskit.kit.document.Block;
import io.presskit.kit.document.Inline;
import io.presskit.kit.document.KitDocument;
import io.presskit.kit.document.KitImage;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LayoutConfig.Align;
import io.presskit.kit.layout.LayoutConfig.BlockStyle;
import io.presskit.kit.layout.LineBreaker.Line;
import io.presskit.kit.layout.LineBreaker.Styled;
import io.presskit.kit.layout.PagedKit.FurnitureKind;
import io.presskit.kit.layout.PagedKit.Mark;
import io.presskit.kit.layout.PagedKit.Page;
import io.presskit.kit.layout.PagedKit.Part;
import io.presskit.kit.layout.PagedKit.Placed;
import io.presskit.kit.layout.PagedKit.PlacedFurniture;
import io.presskit.kit.layout.PagedKit.PlacedImage;
import io.presskit.kit.layout.PagedKit.PlacedRule;
import io.presskit.kit.layout.PagedKit.PlacedText;
import io.presskit.model.Scripts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Distributes a document's blocks over pages, in three steps after Typst's flow layout: collect (each
 * block becomes items with their styles), compose (each text item set into lines, once), distribute
 * (items placed top to bottom, page by page), then the page furniture once the page count is known.
 * <p>
 * The rules: at least two lines of a paragraph on each side of a page break (no widows or orphans); a
 * heading, a label or the headline never ends a page (keep with next); a caption never leaves its photo; a
 * paragraph longer than a page flows on; a photo that almost fits takes the rest of the page at a smaller
 * size; a photo never prints larger than its pixels allow at {@link LayoutConfig#minPpi()}.
 * <p>
 * Pure: every call starts from nothing, and the same document gives the same pages.
 */
public final class Paginator {
    private Paginator() {
    }

    public static PagedKit paginate(KitDocument document, LayoutConfig config, KitFonts fonts) {
        return new Flow(document, config, new LineBreaker(fonts, config.maxSpacing())).run();
    }

    /** One run of the paginator: all its state lives here and dies with it. */
    private static final class Flow {
        private final KitDocument document;
        private final LayoutConfig cfg;
        private final LineBreaker breaker;
        private final List<String> warnings = new ArrayList<>();
        private final List<Mark> marks = new ArrayList<>();
        private final List<PageBuilder> pages = new ArrayList<>();
        private final Map<Block.Text, List<Line>> composed = new IdentityHashMap<>();
        private PageBuilder page;
        private float y;

        Flow(KitDocument document, LayoutConfig cfg, LineBreaker breaker) {
            this.document = document;
            this.cfg = cfg;
            this.breaker = breaker;
        }

        /** A page being filled. */
        private static final class PageBuilder {
            final KitDocument.Section section;
            final List<Placed> content = new ArrayList<>();
            /** Holds release text before the end mark: the "more" marker applies when the text goes on. */
            boolean releaseText;

            PageBuilder(KitDocument.Section section) {
                this.section = section;
            }
        }

        /** A text block to place, with its style; {@code label} a list item's bullet. */
        private record TextItem(Block.Text block, BlockStyle style, boolean keepWithNext, float before, float after,
                                boolean chinese) {
        }

        private record FigureItem(Figure figure) {
        }

        private record LetterheadItem(Letterhead letterhead) {
        }

        private record Marker(Block block) {
        }

        PagedKit run() {
            int[] releaseEnd = new int[document.sections().size()];
            int[] sectionStart = new int[document.sections().size()];
            boolean versions = document.sections().size() > 1;
            for (int s = 0; s < document.sections().size(); s++) {
                KitDocument.Section section = document.sections().get(s);
                newPage(section);
                sectionStart[s] = pages.size() - 1;
                if (versions) {
                    // A bookmark per version, its own bookmarks beneath it.
                    marks.add(new Mark(section.name(), pages.size() - 1, y, 0));
                }
                releaseEnd[s] = Integer.MAX_VALUE;
                boolean inRelease = true;
                List<Object> items = collect(section);
                for (int i = 0; i < items.size(); i++) {
                    Object item = items.get(i);
                    if (item instanceof Marker m) {
                        if (m.block() instanceof Block.PageBreak && !atTop()) {
                            newPage(section);
                        } else if (m.block() instanceof Block.Bookmark b) {
                            marks.add(new Mark(b.title(), pages.size() - 1, y, versions ? 1 : 0));
                        } else if (m.block() instanceof Block.EndOfRelease) {
                            inRelease = false;
                            releaseEnd[s] = pages.size() - 1;
                        } else if (m.block() instanceof Block.Rule) {
                            float t = cfg.letterheadRule();
                            page.content.add(new PlacedRule(cfg.marginX(), cfg.marginX() + cfg.columnWidth(), y - t / 2, t,
                                    cfg.accent()));
                            y -= t + cfg.letterheadRuleAfter();
                        }
                    } else if (item instanceof LetterheadItem l) {
                        placeLetterhead(l.letterhead(), section);
                    } else if (item instanceof FigureItem f) {
                        placeFigure(f.figure(), section);
                    } else if (item instanceof TextItem t) {
                        placeText(t, items, i, inRelease, section);
                    }
                }
            }
            return new PagedKit(finish(sectionStart, releaseEnd), marks, warnings);
        }

        // ------------------------------------------------------------------ collect

        private List<Object> collect(KitDocument.Section section) {
            List<Object> items = new ArrayList<>();
            for (Block b : section.blocks()) {
                if (b instanceof Letterhead l) {
                    items.add(new LetterheadItem(l));
                } else if (b instanceof Headline h) {
                    boolean zh = chinese(h, section);
                    BlockStyle st = cfg.headline(zh);
                    items.add(new TextItem(h, st, true, 0, st.after(), zh));
                } else if (b instanceof Heading h) {
                    BlockStyle st = cfg.heading();
                    items.add(new TextItem(h, st, true, st.before(), st.after(), chinese(h, section)));
                } else if (b instanceof Paragraph p) {
                    items.add(text(p, section));
                } else if (b instanceof BulletList l) {
                    for (int k = 0; k < l.items().size(); k++) {
                        ListItem li = l.items().get(k);
                        boolean zh = chinese(li, section);
                        BlockStyle st = cfg.listItem(zh);
                        items.add(new TextItem(li, st, false, 0, k == l.items().size() - 1 ? cfg.listAfter() : st.after(), zh));
                    }
                } else if (b instanceof Contact c) {
                    for (int k = 0; k < c.lines().size(); k++) {
                        Paragraph p = c.lines().get(k);
                        boolean zh = chinese(p, section);
                        BlockStyle st = cfg.style(p.kind(), zh);
                        boolean lastLine = k == c.lines().size() - 1;
                        items.add(new TextItem(p, st, !lastLine, 0, lastLine ? cfg.contactAfter() : st.after(), zh));
                    }
                } else if (b instanceof Figure f) {
                    items.add(new FigureItem(f));
                } else if (b instanceof ListItem) {
                    throw new IllegalStateException("a list item outside a list");
                } else {
                    items.add(new Marker(b)); // rule, page break, bookmark, end of the release
                }
            }
            return items;
        }

        private TextItem text(Paragraph p, KitDocument.Section section) {
            boolean zh = chinese(p, section);
            BlockStyle st = cfg.style(p.kind(), zh);
            return new TextItem(p, st, st.keepWithNext(), st.before(), st.after(), zh);
        }

        private static boolean chinese(Block.Text b, KitDocument.Section section) {
            return Scripts.isChineseTag(b.language() != null ? b.language() : section.language());
        }

        // ------------------------------------------------------------------ compose

        /** The block's lines at its width, set once per run. */
        private List<Line> lines(TextItem t, KitDocument.Section section) {
            List<Line> cached = composed.get(t.block());
            if (cached != null) {
                return cached;
            }
            String language = t.block().language() != null ? t.block().language() : section.language();
            float width = cfg.columnWidth() - t.style().indent();
            List<Line> lines = new ArrayList<>();
            if (t.block() instanceof Headline h) {
                for (String deliberate : h.lines()) {
                    lines.addAll(breaker.shape(styled(List.of(Inline.plain(deliberate)), t, section), language).balanced(width));
                }
            } else {
                LineBreaker.Shaped shaped = breaker.shape(styled(t.block().text(), t, section), language);
                lines.addAll(t.style().balanced() ? shaped.balanced(width)
                        : shaped.lines(width, t.style().align() == Align.JUSTIFY));
            }
            warnAbout(t.block());
            composed.put(t.block(), lines);
            return lines;
        }

        private List<Styled> styled(List<Inline> inlines, TextItem t, KitDocument.Section section) {
            List<Styled> out = new ArrayList<>(inlines.size());
            String blockLanguage = t.block().language() != null ? t.block().language() : section.language();
            for (Inline in : inlines) {
                Inline.Emphasis e = in.emphasis() != null ? in.emphasis() : t.style().emphasis();
                KitFonts.Style style = switch (e) {
                    case BOLD -> KitFonts.Style.BOLD;
                    case ITALIC -> KitFonts.Style.ITALIC;
                    case REGULAR -> KitFonts.Style.REGULAR;
                };
                String language = in.language() != null ? in.language() : blockLanguage;
                out.add(new Styled(in, style, t.style().size(), cfg.color(in.tone() != null ? in.tone() : t.style().tone()),
                        Scripts.isChineseTag(language)));
            }
            return out;
        }

        private void warnAbout(Block.Text block) {
            boolean rtl = false;
            for (Inline in : block.text()) {
                rtl |= in.text().codePoints().anyMatch(Flow::rightToLeft);
            }
            if (rtl) {
                warn(block.field() + ": right-to-left text (Arabic, Hebrew) is printed left to right and unjoined; "
                        + "Presskit does not set right-to-left scripts yet");
            }
            for (int cp : breaker.drainMissing()) {
                warn(block.field() + ": the character " + LineBreaker.describe(cp)
                        + " is in no font Presskit ships or finds, and was left out");
            }
        }

        private void warn(String sentence) {
            if (!warnings.contains(sentence)) {
                warnings.add(sentence);
            }
        }

        static boolean rightToLeft(int cp) {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        }

        // ------------------------------------------------------------------ distribute

        private void newPage(KitDocument.Section section) {
            page = new PageBuilder(section);
            pages.add(page);
            y = cfg.top();
        }

        private boolean atTop() {
            return y >= cfg.top() - 0.01f;
        }

        private static float lineHeight(TextItem t, Line l) {
            float size = l.maxSize() > 0 ? l.maxSize() : t.style().size();
            return size * t.style().leading();
        }

        private static float height(TextItem t, List<Line> lines, int from, int count) {
            float h = 0;
            for (int i = from; i < from + count && i < lines.size(); i++) {
                h += lineHeight(t, lines.get(i));
            }
            return h;
        }

        /** What must stand with a keep-with-next item below it: the next text's first two lines, or a photo. */
        private float followerHeight(List<Object> items, int i, KitDocument.Section section) {
            for (int k = i + 1; k < items.size(); k++) {
                Object item = items.get(k);
                if (item instanceof TextItem t) {
                    List<Line> l = lines(t, section);
                    float h = t.before() + height(t, l, 0, Math.min(2, l.size()));
                    return t.keepWithNext() ? h + t.after() + followerHeight(items, k, section) : h;
                }
                if (item instanceof FigureItem f) {
                    return figureSize(f.figure())[1] + 60;
                }
                if (item instanceof Marker m && m.block() instanceof Block.PageBreak) {
                    return 0;
                }
            }
            return 0;
        }

        private void placeText(TextItem t, List<Object> items, int index, boolean inRelease, KitDocument.Section section) {
            List<Line> lines = lines(t, section);
            if (lines.isEmpty()) {
                return;
            }
            float before = atTop() ? 0 : t.before();
            if (t.keepWithNext()) {
                float need = before + height(t, lines, 0, lines.size()) + t.after() + followerHeight(items, index, section);
                if (y - need < cfg.bottom() && !atTop() && need <= cfg.top() - cfg.bottom()) {
                    newPage(section);
                    before = 0;
                }
            }
            y -= before;
            int at = 0;
            while (at < lines.size()) {
                int fit = fitting(t, lines, at);
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
                        fit = Math.max(1, Math.min(left, fitting(t, lines, at))); // a page can hold no more
                    }
                }
                for (int k = 0; k < fit; k++) {
                    placeLine(t, lines.get(at + k), at + k == 0);
                }
                if (fit > 0 && inRelease) {
                    page.releaseText = true;
                }
                at += fit;
                if (at < lines.size()) {
                    newPage(section);
                }
            }
            y -= t.after();
        }

        private int fitting(TextItem t, List<Line> lines, int at) {
            float h = 0;
            int n = 0;
            while (at + n < lines.size() && y - h - lineHeight(t, lines.get(at + n)) >= cfg.bottom() - 0.01f) {
                h += lineHeight(t, lines.get(at + n));
                n++;
            }
            return n;
        }

        private void placeLine(TextItem t, Line l, boolean firstLine) {
            float lh = lineHeight(t, l);
            float size = l.maxSize() > 0 ? l.maxSize() : t.style().size();
            // The line's box centred on the type: half the leading above the text, half below.
            float baseline = y - (lh - size * 1.2f) / 2 - size * 0.95f;
            float left = cfg.marginX() + t.style().indent();
            float avail = cfg.columnWidth() - t.style().indent();
            float x = t.style().align() == Align.CENTER ? left + (avail - l.width()) / 2 : left;
            if (firstLine && t.block() instanceof ListItem li) {
                Line bullet = breaker.lines(List.of(new Styled(Inline.plain(li.label()), KitFonts.Style.REGULAR,
                        t.style().size(), cfg.accent(), t.chinese())), null, t.style().indent(), false).get(0);
                page.content.add(new PlacedText(li, Part.LABEL, cfg.marginX() + 2, baseline, bullet));
            }
            page.content.add(new PlacedText(t.block(), Part.TEXT, x, baseline, l));
            y -= lh;
        }

        /**
         * A photo's printed size: the column's width, or {@link LayoutConfig#photoHeightShare()} of the text
         * height for tall ones, aspect kept; never larger than its pixels allow at {@link LayoutConfig#minPpi()}.
         */
        private float[] figureSize(Figure f) {
            KitImage img = f.image();
            float w = img.displayWidth();
            float h = img.displayHeight();
            float maxH = (cfg.top() - cfg.bottom()) * cfg.photoHeightShare();
            float scale = Math.min(cfg.columnWidth() / w, maxH / h);
            float ppiScale = (float) (72 / cfg.minPpi());
            return new float[]{w * Math.min(scale, ppiScale), h * Math.min(scale, ppiScale), scale > ppiScale ? 1 : 0};
        }

        private void placeFigure(Figure f, KitDocument.Section section) {
            float[] size = figureSize(f);
            boolean zh = chinese(f.caption(), section);
            BlockStyle st = cfg.style(Paragraph.Kind.CAPTION, zh);
            TextItem caption = new TextItem(f.caption(), st, false, st.before(), st.after(), zh);
            List<Line> lines = lines(caption, section);
            float captionHeight = caption.before() + height(caption, lines, 0, lines.size());
            float need = size[1] + captionHeight;
            float scale = 1;
            if (y - need < cfg.bottom() && !atTop()) {
                // Slightly smaller here rather than a page with one photo and a gap.
                float fits = (y - cfg.bottom() - captionHeight) / size[1];
                if (fits >= cfg.photoShrinkToFit()) {
                    scale = fits;
                } else {
                    newPage(section);
                }
            }
            if (need > cfg.top() - cfg.bottom()) {
                scale = (cfg.top() - cfg.bottom() - captionHeight) / size[1]; // a caption never leaves its photo
            }
            float w = size[0] * scale;
            float h = size[1] * scale;
            page.content.add(new PlacedImage(f, f.image(), cfg.marginX() + (cfg.columnWidth() - w) / 2, y - h, w, h));
            y -= h;
            if (size[2] > 0) {
                KitImage img = f.image();
                double fullWidth = Math.ceil(Math.min(cfg.columnWidth(), (cfg.top() - cfg.bottom()) * cfg.photoHeightShare()
                        * img.displayWidth() / img.displayHeight()) / 72 * cfg.minPpi());
                warn(String.format(Locale.ROOT, "%s: %s is %d × %d pixels, too few to fill its place in print: it prints "
                                + "%.1f cm wide (%.0f ppi); %,.0f pixels across would fill it", f.field(), img.name(),
                        img.displayWidth(), img.displayHeight(), w / 72 * 2.54, img.displayWidth() / (w / 72), fullWidth));
            }
            placeText(caption, List.of(), 0, false, section);
        }

        /** The letterhead: the logo at its print size on the left, the issuer's name beside it, centred on it. */
        private void placeLetterhead(Letterhead l, KitDocument.Section section) {
            TextItem issuer = null;
            if (l.issuer() != null) {
                boolean zh = chinese(l.issuer(), section);
                BlockStyle st = cfg.style(Paragraph.Kind.ISSUER, zh);
                issuer = new TextItem(l.issuer(), st, false, 0, st.after(), zh);
            }
            if (l.logo() == null) {
                if (issuer != null) {
                    placeText(issuer, List.of(), 0, true, section);
                }
                return;
            }
            KitImage logo = l.logo();
            float scale = Math.min(cfg.logoHeight() / logo.displayHeight(), cfg.columnWidth() * 0.4f / logo.displayWidth());
            float ppiScale = (float) (72 / cfg.logoPpi());
            if (scale > ppiScale) {
                warn(String.format(Locale.ROOT, "the letterhead logo %s is %d × %d pixels: it prints %.1f cm tall to keep "
                                + "%.0f ppi; %d pixels tall would fill its place", logo.name(), logo.displayWidth(),
                        logo.displayHeight(), logo.displayHeight() * ppiScale / 72 * 2.54, cfg.logoPpi(),
                        (int) Math.ceil(cfg.logoHeight() / 72 * cfg.logoPpi())));
                scale = ppiScale;
            }
            float w = logo.displayWidth() * scale;
            float h = logo.displayHeight() * scale;
            float top = y;
            page.content.add(new PlacedImage(l, logo, cfg.marginX(), top - h, w, h));
            float textHeight = 0;
            if (issuer != null) {
                float gap = 12;
                List<Line> lines = breaker.shape(styled(issuer.block().text(), issuer, section),
                        section.language()).lines(cfg.columnWidth() - w - gap, false);
                warnAbout(issuer.block());
                textHeight = height(issuer, lines, 0, lines.size());
                y = top - Math.max(0, (h - textHeight) / 2);
                for (Line line : lines) {
                    float lh = lineHeight(issuer, line);
                    float size = line.maxSize();
                    float baseline = y - (lh - size * 1.2f) / 2 - size * 0.95f;
                    page.content.add(new PlacedText(issuer.block(), Part.TEXT, cfg.marginX() + w + gap, baseline, line));
                    y -= lh;
                }
            }
            y = top - Math.max(h, textHeight) - 6;
        }

        // ------------------------------------------------------------------ furniture

        /**
         * The page furniture, now that the page count is known: "Page X of Y" over the whole kit (or over each
         * section, as the document asks), the slug line from a section's second page on, "more" at the foot of
         * release pages that continue.
         */
        private List<Page> finish(int[] sectionStart, int[] releaseEnd) {
            List<Page> out = new ArrayList<>();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                PageBuilder p = pages.get(i);
                int s = document.sections().indexOf(p.section);
                List<Placed> furniture = new ArrayList<>();
                boolean chinese = Scripts.isChineseTag(p.section.language());
                if (i > sectionStart[s]) {
                    Line slug = furnitureLine(shortened(p.section.slug(), chinese), KitFonts.Style.REGULAR, 8, cfg.muted(), chinese);
                    float baseline = cfg.top() + cfg.slugRise();
                    furniture.add(new PlacedFurniture(FurnitureKind.SLUG, cfg.marginX(), baseline, slug));
                    furniture.add(new PlacedRule(cfg.marginX(), cfg.pageWidth() - cfg.marginX(), baseline - 6, 0.5f, cfg.rule()));
                }
                if (p.releaseText && i < releaseEnd[s]) {
                    Line more = furnitureLine(p.section.words().get("more"), KitFonts.Style.BOLD, 9, cfg.ink(), chinese);
                    furniture.add(new PlacedFurniture(FurnitureKind.MORE, cfg.pageWidth() - cfg.marginX() - more.width(),
                            cfg.moreBaseline(), more));
                }
                boolean perSection = document.numbering() == KitDocument.PageNumbering.VERSION;
                int sectionEnd = s + 1 < sectionStart.length ? sectionStart[s + 1] : total;
                Line footer = furnitureLine(perSection ? p.section.words().footer(i - sectionStart[s] + 1, sectionEnd - sectionStart[s])
                        : p.section.words().footer(i + 1, total), KitFonts.Style.REGULAR, 8, cfg.muted(), chinese);
                furniture.add(new PlacedFurniture(FurnitureKind.FOOTER, (cfg.pageWidth() - footer.width()) / 2,
                        cfg.footerBaseline(), footer));
                out.add(new Page(p.section, p.content, furniture));
            }
            return out;
        }

        /** The slug shortened with an ellipsis to fit the column. */
        private String shortened(String slug, boolean chinese) {
            String base = slug;
            String s = slug;
            while (base.length() > 1 && furnitureLine(s, KitFonts.Style.REGULAR, 8, cfg.muted(), chinese).width() > cfg.columnWidth()) {
                base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
                s = base.strip() + "…";
            }
            return s;
        }

        /** One line of page furniture, never wrapped. */
        private Line furnitureLine(String text, KitFonts.Style style, float size, java.awt.Color color, boolean chinese) {
            List<Line> lines = breaker.lines(List.of(new Styled(Inline.plain(text), style, size, color, chinese)), null,
                    Float.MAX_VALUE, false);
            breaker.drainMissing();
            return lines.get(0);
        }
    }
}
