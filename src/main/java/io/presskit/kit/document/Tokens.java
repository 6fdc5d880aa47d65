package io.presskit.kit.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emails, web addresses and phone numbers inside text: linked by the document, kept whole by the line
 * breaker. Each pattern starts only where a token can start (a look-behind), so that finding them in a run
 * of 100,000 letters is one pass, not one scan from every position.
 */
public final class Tokens {
    public static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)+");
    public static final Pattern URL = Pattern.compile(
            "(?<![A-Za-z0-9])(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'*+,;=%]*[A-Za-z0-9/#=_\\-]");
    public static final Pattern PHONE = Pattern.compile("(?<![\\d+])\\+?\\d[\\d ()\\-./]{5,}\\d");

    /** A token found in text: [start, end), and the link it opens. */
    public record Token(int start, int end, String uri, boolean email) {
    }

    private Tokens() {
    }

    /** The URLs and emails of {@code text} in order, none overlapping (a URL wins over an email inside it). */
    public static List<Token> links(String text) {
        List<Token> found = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String u = url.group();
            found.add(new Token(url.start(), url.end(), u.startsWith("www.") ? "https://" + u : u, false));
        }
        Matcher email = EMAIL.matcher(text);
        List<Token> emails = new ArrayList<>();
        while (email.find()) {
            emails.add(new Token(email.start(), email.end(), "mailto:" + email.group(), true));
        }
        // Merge the two ordered lists, leaving out an email that overlaps a URL.
        List<Token> out = new ArrayList<>();
        int u = 0;
        for (Token e : emails) {
            while (u < found.size() && found.get(u).end() <= e.start()) {
                out.add(found.get(u++));
            }
            boolean overlaps = u < found.size() && found.get(u).start() < e.end();
            if (!overlaps) {
                out.add(e);
            }
        }
        while (u < found.size()) {
            out.add(found.get(u++));
        }
        return out;
    }
}
