package io.presskit.kit.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.presskit.kit.document.Inline;
import io.presskit.kit.document.Tokens;
import io.presskit.kit.font.KitFonts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a paragraph's text into lines, in time linear in its length: Unicode line breaking (ICU, UAX #14)
 * plus the basic Chinese prohibition rules (W3C clreq), emails, URLs and phone numbers kept whole unless one
 * alone overflows a line, a run that cannot fit cut between grapheme clusters in one pass (never with a
 * hyphen); adjacent full-width punctuation compressed and Chinese lines justified as clreq describes.
 * <p>
 * Each line knows the position of every glyph, so that the painter draws exactly what was measured.
 */
public final class LineBreaker {
    /** May not start a line (closing brackets, pause and stop marks). */
    public static final String NO_START = "，。、；：？！」』）》〉】〕〗〙〛｝］,.;:?!)]}%％·・ー～ゝゞ々…‥—";
    /** May not end a line (opening brackets and quotes). */
    public static final String NO_END = "「『（《〈【〔〖〘〚｛［([{";

    /** Full-width punctuation whose ink sits on the left half (closing brackets): its right half may go. */
    private static final String CLOSING = "」』）》〉】〕〗〙〛｝］”’";
    /** Full-width punctuation whose ink sits on the right half (opening brackets): its left half may go. */
    private static final String OPENING = "「『（《〈【〔〖〘〚｛［“‘";
    /**
     * Full-width pause and stop marks set in the middle of their box, as Hong Kong and Taiwan (CNS) fonts
     * draw them: a quarter may go on each side.
     */
    private static final String CENTERED = "，。、：；．·・";
    /** Full-width marks that are punctuation but keep their whole width. */
    private static final String FIXED = "？！";

    /** Widths agree to this much (points): sums of floats may differ in the last bits. */
    private static final float EPSILON = 0.01f;

    /** A run of a paragraph's text with its look resolved: font style, size, colour, set as Chinese or not. */
    public record Styled(Inline inline, KitFonts.Style style, float size, Color color, boolean chinese) {
    }

    /**
     * Consecutive glyphs of one font and one inline, drawn together. {@code x} holds each code point's
     * origin from the line's start (compression and justification included), {@code end} where the run
     * ends.
     */
    public record Run(String text, KitFonts.Loaded font, float size, Color color, Inline inline, float[] x, float end) {
    }

    /**
     * A set line: its runs (trailing spaces included, so that the text read back is whole), its width as
     * drawn (trailing spaces excluded) and its largest type size.
     */
    public record Line(List<Run> runs, float width, float maxSize) {
        /** The line's text as printed (a trailing space it hangs included). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    private final KitFonts fonts;
    private final float maxSpacing;
    private final Map<String, BreakIterator> lineIterators = new HashMap<>();
    /** Made the first time a run must be cut between characters (loading its rules costs a cold JVM ~0.1 s). */
    private BreakIterator graphemes;
    /** Characters no face has, for the warning that names them; drained per block. */
    private final Set<Integer> missing = new LinkedHashSet<>();

    /**
     * @param maxSpacing the most a justified line adds after a glyph, as a share of the type size
     */
    public LineBreaker(KitFonts fonts, float maxSpacing) {
        this.fonts = fonts;
        this.maxSpacing = maxSpacing;
    }

    /** Code points left out since the last call, then forgotten. */
    public Set<Integer> drainMissing() {
        Set<Integer> out = new LinkedHashSet<>(missing);
        missing.clear();
        return out;
    }

    /** Breaks styled text into lines no wider than {@code maxWidth}; justified (all but the last) when asked. */
    public List<Line> lines(List<Styled> text, String language, float maxWidth, boolean justify) {
        return shape(text, language).lines(maxWidth, justify);
    }

    /** Measures the text once, for setting it at one or several widths. */
    public Shaped shape(List<Styled> text, String language) {
        return new Shaped(text, language);
    }

    /** A paragraph measured and with its break opportunities found: set it at any width in linear time. */
    public final class Shaped {
        private final String text;
        private final int n;
        private final Styled[] styledAt;
        private final KitFonts.Loaded[] fontAt;
        /** Advance after compression, per UTF-16 unit (0 on low surrogates, missing and ignorable ones). */
        private final float[] width;
        private final float[] shrinkLeft;
        private final float[] shrinkRight;
        /** The half of the glyph's box that may still go at a line start / end, when justifying. */
        private final float[] roomLeft;
        private final float[] roomRight;
        private final boolean[] breakBefore;
        /** prefix[i]: the width of text[0, i). */
        private final float[] prefix;

        private Shaped(List<Styled> spans, String language) {
            StringBuilder sb = new StringBuilder();
            for (Styled s : spans) {
                sb.append(s.inline().text());
            }
            text = sb.toString();
            n = text.length();
            styledAt = new Styled[n];
            fontAt = new KitFonts.Loaded[n];
            width = new float[n];
            shrinkLeft = new float[n];
            shrinkRight = new float[n];
            roomLeft = new float[n];
            roomRight = new float[n];
            int pos = 0;
            for (Styled s : spans) {
                String t = s.inline().text();
                for (int i = 0; i < t.length(); ) {
                    int cp = t.codePointAt(i);
                    int len = Character.charCount(cp);
                    for (int k = 0; k < len; k++) {
                        styledAt[pos + i + k] = s;
                    }
                    if (!ignorable(cp)) {
                        KitFonts.Loaded f = fonts.faceFor(cp, s.style(), s.chinese());
                        if (f == null) {
                            missing.add(cp);
                        } else {
                            fontAt[pos + i] = f;
                            width[pos + i] = f.width(cp) * s.size();
                        }
                    }
                    i += len;
                }
                pos += t.length();
            }
            compressPunctuation();
            prefix = new float[n + 1];
            for (int i = 0; i < n; i++) {
                prefix[i + 1] = prefix[i] + width[i] - shrinkLeft[i] - shrinkRight[i];
            }
            breakBefore = breakOpportunities(text, language);
        }

        /** Whether the glyph at {@code i} is full-width punctuation in Chinese text, drawn with a CJK face. */
        private boolean cjkPunctuation(int i) {
            return fontAt[i] != null && fontAt[i].face.isTc() && styledAt[i].chinese();
        }

        /**
         * clreq 3.1.6.1: where two full-width punctuation marks meet, the blank halves between them close
         * to half a character ("」，" and "）。" leave no hole). The left mark gives up its blank right side
         * first, the right mark its blank left side for the rest.
         */
        private void compressPunctuation() {
            for (int i = 0; i < n; i++) {
                if (cjkPunctuation(i)) {
                    char c = text.charAt(i);
                    float half = width[i] / 2;
                    roomLeft[i] = OPENING.indexOf(c) >= 0 ? half : CENTERED.indexOf(c) >= 0 ? half / 2 : 0;
                    roomRight[i] = CLOSING.indexOf(c) >= 0 ? half : CENTERED.indexOf(c) >= 0 ? half / 2 : 0;
                }
            }
            for (int i = 0; i + 1 < n; i++) {
                int j = i + 1;
                if (!cjkPunctuation(i) || !cjkPunctuation(j) || !isPunctuation(text.charAt(i)) || !isPunctuation(text.charAt(j))) {
                    continue;
                }
                float delta = width[i] / 2;
                if (roomRight[i] + roomLeft[j] + EPSILON >= delta) {
                    float left = Math.min(roomRight[i], delta);
                    shrinkRight[i] += left;
                    roomRight[i] -= left;
                    shrinkLeft[j] += delta - left;
                    roomLeft[j] -= delta - left;
                }
            }
        }

        private static boolean isPunctuation(char c) {
            return CLOSING.indexOf(c) >= 0 || OPENING.indexOf(c) >= 0 || CENTERED.indexOf(c) >= 0 || FIXED.indexOf(c) >= 0;
        }

        public String text() {
            return text;
        }

        /** The lines at {@code max}; all but the last justified when {@code justify}. */
        public List<Line> lines(float max, boolean justify) {
            List<int[]> ranges = fill(max);
            if (justify) {
                keepCompany(ranges, max);
            }
            List<Line> lines = new ArrayList<>(ranges.size());
            for (int li = 0; li < ranges.size(); li++) {
                int[] r = ranges.get(li);
                lines.add(line(r[0], r[1], max, justify && li < ranges.size() - 1, justify));
            }
            return lines;
        }

        /**
         * Lines as even as possible (for centred display lines): the narrowest width that needs no more lines
         * than {@code max} does, found by halving; and never one word, or one or two Chinese characters, left
         * alone on the last line when one more line avoids it.
         */
        public List<Line> balanced(float max) {
            List<Line> lines = lines(max, false);
            if (lines.size() < 2) {
                return lines;
            }
            List<Line> even = narrowest(lines.size(), max);
            if (!alone(even.get(even.size() - 1).text()) || lines.size() > 4) {
                return even;
            }
            List<Line> more = narrowest(lines.size() + 1, max);
            return more.stream().noneMatch(l -> alone(l.text())) ? more : even;
        }

        /** The lines at the narrowest width that still sets the text in {@code count} lines or fewer. */
        private List<Line> narrowest(int count, float max) {
            float lo = 0;
            float hi = max;
            // Twenty halvings take the width to within a thousandth of a point.
            for (int i = 0; i < 20; i++) {
                float mid = (lo + hi) / 2;
                if (fill(mid).size() <= count) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return lines(hi, false);
        }

        /** A last line of one Chinese character and its punctuation, no Latin. */
        private static boolean lonelyCharacter(String lineText) {
            int han = 0;
            for (int i = 0; i < lineText.length(); ) {
                int cp = lineText.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                } else if (Character.isLetterOrDigit(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return han == 1;
        }

        /** A line that is a single word, or at most two Chinese characters and punctuation. */
        private boolean alone(String lineText) {
            String t = lineText.strip();
            int han = 0;
            boolean latin = false;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                } else if (Character.isLetterOrDigit(cp)) {
                    latin = true;
                }
                i += Character.charCount(cp);
            }
            if (latin) {
                return han == 0 && t.indexOf(' ') < 0 && text.strip().indexOf(' ') >= 0;
            }
            return han <= 2;
        }

        /**
         * A justified paragraph never ends with one Chinese character alone on its last line (孤字):
         * the line before gives up the few characters that keep them company (at most half of it), and is
         * justified a little wider instead.
         */
        private void keepCompany(List<int[]> ranges, float max) {
            if (ranges.size() < 2) {
                return;
            }
            int[] last = ranges.get(ranges.size() - 1);
            int[] before = ranges.get(ranges.size() - 2);
            if (!lonelyCharacter(text.substring(last[0], last[1]))) {
                return;
            }
            for (int p = last[0] - 1; p > before[0] + (last[0] - before[0]) / 2; p--) {
                if (breakBefore[p]) {
                    if (prefix[trimEnd(p, n)] - prefix[p] > max + EPSILON) {
                        return;
                    }
                    if (!lonelyCharacter(text.substring(p, n))) {
                        before[1] = p;
                        last[0] = p;
                        return;
                    }
                }
            }
        }

        /** Greedy filling; [start, end) per line, trailing spaces included (they hang in the margin). */
        private List<int[]> fill(float max) {
            List<int[]> out = new ArrayList<>();
            int lineStart = 0;
            float lineWidth = 0;
            int segStart = 0;
            for (int b = 1; b <= n; b++) {
                if (!breakBefore[b]) {
                    continue;
                }
                int visibleEnd = trimEnd(segStart, b);
                float seg = prefix[b] - prefix[segStart];
                float trailing = prefix[b] - prefix[visibleEnd];
                if (lineWidth + seg - trailing <= max + EPSILON) {
                    lineWidth += seg;
                } else {
                    if (seg - trailing > max + EPSILON) {
                        // One unbreakable piece wider than a whole line (a long URL, a word of 100,000
                        // letters): it is cut anyway, so it starts on this line rather than leave it short.
                        lineStart = cut(lineStart, segStart, visibleEnd, max, out);
                    } else if (segStart > lineStart) {
                        out.add(new int[]{lineStart, segStart});
                        lineStart = segStart;
                    }
                    lineWidth = prefix[b] - prefix[lineStart];
                }
                segStart = b;
            }
            if (lineStart < n) {
                out.add(new int[]{lineStart, n});
            }
            return out;
        }

        /**
         * Cuts the piece [pieceStart, end), which follows [lineStart, pieceStart) on the current line, into
         * full lines between grapheme clusters, in one pass: at the last cluster boundary the prohibition
         * rules allow (the break before the piece included), else at the last one that fits. Returns where
         * the remainder (at most one line) starts.
         */
        private int cut(int lineStart, int pieceStart, int end, float max, List<int[]> out) {
            if (graphemes == null) {
                graphemes = BreakIterator.getCharacterInstance();
            }
            graphemes.setText(text);
            int prev = pieceStart;
            int lastGood = pieceStart > lineStart ? pieceStart : -1;
            for (int g = graphemes.following(pieceStart); g != BreakIterator.DONE && g <= end; g = graphemes.next()) {
                while (prefix[g] - prefix[lineStart] > max + EPSILON && prev > lineStart) {
                    int at = lastGood > lineStart ? lastGood : prev;
                    out.add(new int[]{lineStart, at});
                    lineStart = at;
                    lastGood = -1;
                }
                prev = g;
                if (g < n && NO_START.indexOf(text.charAt(g)) < 0 && NO_END.indexOf(text.charAt(g - 1)) < 0) {
                    lastGood = g;
                }
            }
            return lineStart;
        }

        private int trimEnd(int from, int to) {
            int e = to;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        /**
         * One line: each glyph's origin, with the line-start and line-end compression clreq allows when
         * justifying (an opening bracket starting the line, a closing one ending it, lose their blank half)
         * and the justification: extra space after each Chinese glyph and at each space, never between
         * Latin letters, capped so that it never reads as a space.
         */
        private Line line(int start, int end, float max, boolean justify, boolean justifiedParagraph) {
            int visibleEnd = trimEnd(start, end);
            int first = -1;
            int last = -1;
            for (int i = start; i < visibleEnd; i++) {
                if (fontAt[i] != null) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            float startShrink = 0;
            float endShrink = 0;
            if (justifiedParagraph && first >= 0 && cjkPunctuation(first) && OPENING.indexOf(text.charAt(first)) >= 0) {
                startShrink = roomLeft[first];
            }
            if (justify && last >= 0 && cjkPunctuation(last) && CLOSING.indexOf(text.charAt(last)) >= 0) {
                endShrink = roomRight[last];
            }
            float natural = 0;
            int gaps = 0;
            float maxSize = 0;
            for (int i = start; i < end; i++) {
                if (fontAt[i] == null) {
                    continue;
                }
                maxSize = Math.max(maxSize, styledAt[i].size());
                if (i < visibleEnd) {
                    natural += advance(i, first, last, startShrink, endShrink);
                    if (i != last && stretches(i)) {
                        gaps++;
                    }
                }
            }
            if (maxSize == 0 && start < end) {
                maxSize = styledAt[start].size();
            }
            float extra = 0;
            if (justify && gaps > 0 && natural < max) {
                extra = Math.min((max - natural) / gaps, maxSize * maxSpacing);
            }
            List<Run> runs = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            float[] xs = new float[Math.max(1, end - start)];
            int count = 0;
            KitFonts.Loaded font = null;
            Styled styled = null;
            float pen = 0;
            float visibleWidth = 0;
            for (int i = start; i < end; i++) {
                KitFonts.Loaded f = fontAt[i];
                if (f == null) {
                    continue;
                }
                Styled s = styledAt[i];
                if (font != null && (f != font || s != styled)) {
                    runs.add(run(cur, font, styled, xs, count, pen));
                    cur.setLength(0);
                    count = 0;
                }
                font = f;
                styled = s;
                float leftCut = shrinkLeft[i] + (i == first ? startShrink : 0);
                xs[count++] = pen - leftCut;
                cur.appendCodePoint(text.codePointAt(i));
                pen += advance(i, first, last, startShrink, endShrink);
                if (i < visibleEnd) {
                    if (i != last && stretches(i)) {
                        pen += extra;
                    }
                    visibleWidth = pen;
                }
            }
            if (font != null) {
                runs.add(run(cur, font, styled, xs, count, pen));
            }
            return new Line(runs, visibleWidth, maxSize);
        }

        private float advance(int i, int first, int last, float startShrink, float endShrink) {
            return width[i] - shrinkLeft[i] - shrinkRight[i] - (i == first ? startShrink : 0) - (i == last ? endShrink : 0);
        }

        /** Whether justification may add space after this glyph: a Chinese glyph or a space, not in a label. */
        private boolean stretches(int i) {
            Styled s = styledAt[i];
            if (s.inline().tight()) {
                return false;
            }
            return text.charAt(i) == ' ' || (s.chinese() && fontAt[i].face.isTc());
        }

        private Run run(StringBuilder cur, KitFonts.Loaded font, Styled s, float[] xs, int count, float end) {
            return new Run(cur.toString(), font, s.size(), s.color(), s.inline(), java.util.Arrays.copyOf(xs, count), end);
        }
    }

    /** Where a line may start: ICU's opportunities, less the prohibited and the protected ones. */
    boolean[] breakOpportunities(String text, String language) {
        int n = text.length();
        boolean[] ok = new boolean[n + 1];
        BreakIterator bi = lineIterators.computeIfAbsent(language == null ? "und" : language,
                tag -> BreakIterator.getLineInstance(ULocale.forLanguageTag(tag)));
        bi.setText(text);
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) {
            ok[b] = true;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            char prev = text.charAt(i - 1);
            if (NO_START.indexOf(c) >= 0 || NO_END.indexOf(prev) >= 0 || Character.isLowSurrogate(c)) {
                ok[i] = false;
            }
        }
        for (Pattern p : List.of(Tokens.EMAIL, Tokens.URL, Tokens.PHONE)) {
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

    /** Default-ignorable code points (ZWJ, variation selectors): zero width, never drawn, never warned about. */
    static boolean ignorable(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x00AD;
    }

    static String describe(int cp) {
        return String.format(Locale.ROOT, "U+%04X %s", cp, new String(Character.toChars(cp)));
    }
}
