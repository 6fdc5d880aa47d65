package io.presskit.kit;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines: Unicode line breaking (ICU, UAX #14) plus the basic Chinese prohibition
 * rules (W3C clreq), with emails, URLs and phone numbers kept whole unless one alone overflows a line.
 * No hyphen is ever inserted: a word too long for a line is split between grapheme clusters.
 */
final class LineBreaker {
    /** May not start a line (closing brackets, pause and stop marks). */
    static final String NO_START = "，。、；：？！」』）》〉】〕〗〙〛｝］,.;:?!)]}%％·・ー～ゝゞ々…‥—";
    /** May not end a line (opening brackets and quotes). */
    static final String NO_END = "「『（《〈【〔〖〘〚｛［([{";

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'*+,;=%]+[A-Za-z0-9/#=_\\-]");
    static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()\\-./]{5,}\\d");

    /** A styled piece of a paragraph. */
    record Span(String text, KitFonts.Style style, float size, Color color, String link) {
        Span(String text, KitFonts.Style style, float size, Color color) {
            this(text, style, size, color, null);
        }
    }

    /** Consecutive glyphs of one font, size, colour and link, drawn with one showText. */
    record Run(String text, KitFonts.Loaded font, float size, Color color, String link, float width, int glyphs) {
    }

    /**
     * A laid-out line: its runs, natural width, and the extra spacing that justifies it (0 for ragged lines):
     * added after each CJK glyph but the last, and to each space between words; never between Latin letters.
     */
    record Line(List<Run> runs, float width, float spacing, int gaps, float maxAscentSize) {
        /** The width as drawn, justification included. */
        float justifiedWidth() {
            return width + spacing * gaps;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** Characters no face has, for the warning that names them (code point and field). */
    private final Set<Integer> missing = new LinkedHashSet<>();
    private final KitFonts fonts;
    private final boolean chinese;
    private final ULocale locale;

    LineBreaker(KitFonts fonts, String languageTag, boolean chinese) {
        this.fonts = fonts;
        this.chinese = chinese;
        this.locale = ULocale.forLanguageTag(languageTag);
    }

    /** Code points left out since the last call, then forgotten. */
    Set<Integer> drainMissing() {
        Set<Integer> out = new LinkedHashSet<>(missing);
        missing.clear();
        return out;
    }

    /** Breaks styled text into lines no wider than {@code maxWidth}; justified lines for Chinese when asked. */
    List<Line> lines(List<Span> spans, float maxWidth, boolean justify) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        String text = sb.toString();
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        // Per UTF-16 unit: the span, the face and the advance (0 on low surrogates and missing glyphs).
        Span[] spanAt = new Span[n];
        KitFonts.Loaded[] fontAt = new KitFonts.Loaded[n];
        float[] widthAt = new float[n];
        int pos = 0;
        for (Span s : spans) {
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                int len = Character.charCount(cp);
                for (int k = 0; k < len; k++) {
                    spanAt[pos + i + k] = s;
                }
                if (!ignorable(cp)) {
                    KitFonts.Loaded f = fonts.faceFor(cp, s.style(), chinese);
                    if (f == null) {
                        missing.add(cp);
                    } else {
                        fontAt[pos + i] = f;
                        widthAt[pos + i] = f.width(cp) * s.size();
                    }
                }
                i += len;
            }
            pos += s.text().length();
        }
        boolean[] breakBefore = breakOpportunities(text);
        List<int[]> ranges = fill(text, widthAt, breakBefore, maxWidth);
        List<Line> lines = new ArrayList<>();
        for (int li = 0; li < ranges.size(); li++) {
            int[] r = ranges.get(li);
            lines.add(line(text, r[0], r[1], spanAt, fontAt, widthAt, maxWidth,
                    justify && chinese && li < ranges.size() - 1));
        }
        return lines;
    }

    /** Where a line may start: ICU's opportunities, less the prohibited and the protected ones. */
    boolean[] breakOpportunities(String text) {
        int n = text.length();
        boolean[] ok = new boolean[n + 1];
        BreakIterator bi = BreakIterator.getLineInstance(locale);
        bi.setText(text);
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
            ok[b] = true;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            if (NO_START.indexOf(c) >= 0 || NO_END.indexOf(prev) >= 0) {
                ok[i] = false;
            }
            if (Character.isLowSurrogate(c)) {
                ok[i] = false;
            }
        }
        for (Pattern p : List.of(EMAIL, URL, PHONE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start() + 1; i < m.end(); i++) {
                    ok[i] = false;
                }
            }
        }
        ok[0] = true;
        ok[n] = true;
        return ok;
    }

    /** Greedy filling; returns [start, end) per line, end excluding the trailing spaces the line hangs. */
    private List<int[]> fill(String text, float[] w, boolean[] breakBefore, float max) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        float lineWidth = 0;
        int segStart = 0;
        for (int b = 1; b <= n; b++) {
            if (!breakBefore[b]) {
                continue;
            }
            float seg = sum(w, segStart, b);
            float trailing = sum(w, trimEnd(text, segStart, b), b);
            if (lineWidth + seg - trailing <= max + 0.01f) {
                lineWidth += seg;
            } else {
                if (segStart > lineStart) {
                    out.add(new int[]{lineStart, trimEnd(text, lineStart, segStart)});
                    lineStart = segStart;
                    lineWidth = 0;
                }
                if (seg - trailing > max) {
                    // One unbreakable piece wider than the line (a long URL): split it between graphemes.
                    lineStart = splitLong(text, w, lineStart, b, max, out);
                    lineWidth = sum(w, lineStart, b);
                } else {
                    lineWidth = seg;
                }
            }
            segStart = b;
        }
        if (lineStart < n) {
            out.add(new int[]{lineStart, trimEnd(text, lineStart, n)});
        }
        return out;
    }

    private static int splitLong(String text, float[] w, int start, int end, float max, List<int[]> out) {
        BreakIterator g = BreakIterator.getCharacterInstance();
        g.setText(text);
        int lineStart = start;
        float width = 0;
        int prev = start;
        int lastGood = -1;
        for (int b = g.following(start); b != BreakIterator.DONE && b <= end; b = g.next()) {
            float cw = sum(w, prev, b);
            while (width + cw > max && prev > lineStart) {
                int cut = lastGood > lineStart ? lastGood : prev;
                out.add(new int[]{lineStart, cut});
                lineStart = cut;
                while (lineStart < prev && Character.isWhitespace(text.charAt(lineStart))) {
                    lineStart++; // a space the cut lands on hangs at the end of the line before
                }
                width = sum(w, lineStart, prev);
                lastGood = -1;
            }
            width += cw;
            prev = b;
            if (b < text.length() && NO_START.indexOf(text.charAt(b)) < 0 && NO_END.indexOf(text.charAt(b - 1)) < 0) {
                lastGood = b;
            }
        }
        return lineStart;
    }

    private Line line(String text, int start, int end, Span[] spanAt, KitFonts.Loaded[] fontAt, float[] w,
                      float max, boolean justify) {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        KitFonts.Loaded font = null;
        Span span = null;
        float runWidth = 0;
        int glyphs = 0;
        int cjkGlyphs = 0;
        int spaces = 0;
        boolean lastIsCjk = false;
        float natural = 0;
        float maxSize = 0;
        for (int i = start; i < end; i++) {
            KitFonts.Loaded f = fontAt[i];
            if (f == null) {
                continue; // low surrogate (added with its high one), ignorable, or missing glyph
            }
            Span s = spanAt[i];
            if (font != null && (f != font || s != span)) {
                runs.add(new Run(cur.toString(), font, span.size(), span.color(), span.link(), runWidth, glyphs));
                cur.setLength(0);
                runWidth = 0;
                glyphs = 0;
            }
            font = f;
            span = s;
            int cp = text.codePointAt(i);
            cur.appendCodePoint(cp);
            runWidth += w[i];
            natural += w[i];
            glyphs++;
            maxSize = Math.max(maxSize, s.size());
            lastIsCjk = f.face.isTc();
            if (lastIsCjk) {
                cjkGlyphs++;
            } else if (cp == ' ') {
                spaces++;
            }
        }
        if (font != null) {
            runs.add(new Run(cur.toString(), font, span.size(), span.color(), span.link(), runWidth, glyphs));
        }
        int gaps = cjkGlyphs - (lastIsCjk ? 1 : 0) + spaces;
        float spacing = 0;
        if (justify && gaps > 0 && natural < max) {
            // Capped, so that a line shortened by a prohibition rule never opens gaps a reader (or
            // pdftotext) would take for spaces.
            spacing = Math.min((max - natural) / gaps, maxSize * 0.15f);
        }
        return new Line(runs, natural, spacing, gaps, maxSize);
    }

    private static float sum(float[] w, int from, int to) {
        float s = 0;
        for (int i = from; i < to; i++) {
            s += w[i];
        }
        return s;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Default-ignorable code points (ZWJ, variation selectors): zero width, never drawn, never warned about. */
    static boolean ignorable(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x00AD;
    }

    static String describe(int cp) {
        return String.format(Locale.ROOT, "U+%04X %s", cp, new String(Character.toChars(cp)));
    }
}
