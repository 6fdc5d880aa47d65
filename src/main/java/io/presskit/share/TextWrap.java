package io.presskit.share;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain text for an email body at 72 columns, the way a terminal or a plain-text mail reader shows it: a
 * wide (CJK) character takes two columns, lines break only where Unicode's line-breaking rules (ICU) allow —
 * between Chinese characters, never before closing punctuation such as 」，。 or after an opening bracket —
 * and never inside an email address or a web address, which may stand alone over the width instead.
 */
public final class TextWrap {
    public static final int EMAIL_COLUMNS = 72;

    private static final Pattern UNBREAKABLE = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,63}|(https?://|www\\.)[^\\s\u3000-\u303F\uFF00-\uFFEF]+");

    private TextWrap() {
    }

    /** Columns {@code s} takes: East Asian wide and full-width characters two, others one. */
    public static int columns(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            w += columns(cp);
        }
        return w;
    }

    static int columns(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** {@code text} (one paragraph, or lines separated by \n kept as they are) wrapped at {@code width} columns. */
    public static String wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.addAll(wrapLine(line, width));
        }
        return String.join("\n", out);
    }

    private static List<String> wrapLine(String line, int width) {
        List<String> out = new ArrayList<>();
        if (columns(line) <= width) {
            out.add(line);
            return out;
        }
        boolean[] protectedAt = new boolean[line.length() + 1];
        Matcher m = UNBREAKABLE.matcher(line);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end(); i++) {
                protectedAt[i] = true;
            }
        }
        BreakIterator breaks = BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.ROOT);
        breaks.setText(line);
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < line.length() && protectedAt[end]) {
                continue;
            }
            String segment = line.substring(start, end);
            start = end;
            if (current.length() > 0 && columns(current) + columns(stripTrailing(segment)) > width) {
                out.add(stripTrailing(current.toString()));
                current.setLength(0);
                segment = segment.stripLeading();
            }
            current.append(segment);
        }
        if (current.length() > 0) {
            out.add(stripTrailing(current.toString()));
        }
        return out;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
