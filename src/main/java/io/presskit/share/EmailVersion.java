package io.presskit.share;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseWording;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The release as an email: HTML that Outlook and Gmail render (a centred 600-px table, every style inline, no
 * style sheet, no script; photos as small thumbnails, linked where there is something to link to) and plain text
 * wrapped at 72 columns. The same HTML, with the thumbnails inline as data, is what "Copy as rich text" puts on
 * the clipboard. No JavaFX, no storage: the caller says where each photo's thumbnail is.
 */
public final class EmailVersion {
    /** Width of a photo thumbnail in the email, in CSS pixels (the stored thumbnails are twice that, for sharp screens). */
    public static final int THUMBNAIL_WIDTH = 160;

    /**
     * How a photo shows in the HTML.
     *
     * @param src  the thumbnail's address: a relative file, a {@code cid:} part of an email, or a {@code data:} URI
     * @param href where the thumbnail links to (the print-quality photo), or null for no link
     */
    public record PhotoRef(String src, String href) {
    }

    private static final String INK = "#1a1a1a";
    private static final String MUTED = "#5f6368";
    private static final String RULE = "#d0d4d9";

    private EmailVersion() {
    }

    /** The HTML email of {@code r}; {@code photos} has one entry per photo of the release, in order. */
    public static String html(Release r, List<PhotoRef> photos) {
        ReleaseWording w = ReleaseWording.of(r);
        String font = r.lang().isChinese()
                ? "'Noto Sans TC','Microsoft JhengHei','PingFang TC','Heiti TC',Arial,sans-serif"
                : "Arial,Helvetica,sans-serif";
        String text = "font-family:" + font + ";color:" + INK + ";";
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(r.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(oneLine(r.headline()))).append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:0;background-color:#f2f3f5;\">\n")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"background-color:#f2f3f5;\"><tr><td align=\"center\" style=\"padding:24px 8px;\">\n")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"width:600px;max-width:600px;background-color:#ffffff;border-collapse:collapse;\">\n");
        if (r.issuer() != null) {
            row(b, "padding:28px 32px 0 32px;" + text + "font-size:15px;font-weight:bold;", esc(r.issuer()));
        }
        row(b, "padding:" + (r.issuer() == null ? "28px" : "6px") + " 32px 0 32px;" + text + "font-size:13px;color:" + MUTED
                + ";letter-spacing:0.5px;", esc(w.label(r)) + " &middot; " + esc(w.status(r.timing())));
        row(b, "padding:20px 32px 0 32px;", "<h1 style=\"margin:0;" + text + "font-size:24px;line-height:1.35;font-weight:bold;\">"
                + lines(r.headline()) + "</h1>");
        if (r.subheadline() != null) {
            row(b, "padding:10px 32px 0 32px;" + text + "font-size:17px;line-height:1.5;color:" + MUTED + ";",
                    esc(r.subheadline()));
        }
        if (!r.highlights().isEmpty()) {
            StringBuilder ul = new StringBuilder("<ul style=\"margin:0;padding:0 0 0 22px;\">");
            for (String h : r.highlights()) {
                ul.append("<li style=\"margin:0 0 6px 0;").append(text).append("font-size:15px;line-height:1.6;\">")
                        .append(esc(h)).append("</li>");
            }
            row(b, "padding:18px 32px 0 32px;", ul.append("</ul>").toString());
        }
        String para = "margin:0 0 14px 0;" + text + "font-size:15px;line-height:1.7;";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < r.body().size(); i++) {
            body.append("<p style=\"").append(para).append("\">");
            if (i == 0 && r.dateline() != null) {
                body.append("<strong>").append(esc(w.dateline(r.dateline()).strip())).append("</strong> ");
            }
            body.append(esc(r.body().get(i))).append("</p>\n");
        }
        body.append("<p style=\"margin:4px 0 0 0;text-align:center;").append(text).append("font-size:15px;\">")
                .append(esc(w.endMark(r))).append("</p>");
        row(b, "padding:20px 32px 8px 32px;", body.toString());
        if (!r.photos().isEmpty()) {
            heading(b, text, w.photosHeading());
            StringBuilder t = new StringBuilder("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">");
            for (int i = 0; i < r.photos().size(); i++) {
                Photo p = r.photos().get(i);
                PhotoRef ref = i < photos.size() ? photos.get(i) : null;
                int height = Math.max(1, Math.round((float) THUMBNAIL_WIDTH * p.displayHeight() / Math.max(1, p.displayWidth())));
                String img = ref == null ? "" : "<img src=\"" + esc(ref.src()) + "\" width=\"" + THUMBNAIL_WIDTH + "\" height=\""
                        + height + "\" alt=\"" + esc(p.altText() != null ? p.altText() : p.caption())
                        + "\" style=\"display:block;border:0;width:" + THUMBNAIL_WIDTH + "px;height:auto;\">";
                if (ref != null && ref.href() != null) {
                    img = "<a href=\"" + esc(ref.href()) + "\" style=\"text-decoration:none;\">" + img + "</a>";
                }
                t.append("<tr><td width=\"").append(THUMBNAIL_WIDTH).append("\" valign=\"top\" style=\"padding:0 16px 16px 0;\">")
                        .append(img).append("</td><td valign=\"top\" style=\"padding:0 0 16px 0;").append(text)
                        .append("font-size:13px;line-height:1.6;\">")
                        .append(esc(PrintPhotos.captionLine(w, i + 1, p))).append("</td></tr>");
            }
            row(b, "padding:0 32px 4px 32px;", t.append("</table>").toString());
        }
        for (Boilerplate about : r.boilerplates()) {
            Boilerplate.Printed bp = about.printedIn(r.lang());
            heading(b, text, bp.title());
            StringBuilder s = new StringBuilder();
            for (String p : bp.body()) {
                s.append("<p style=\"margin:0 0 10px 0;").append(text).append("font-size:13px;line-height:1.6;color:")
                        .append(MUTED).append(";\">").append(linkUrls(p)).append("</p>");
            }
            row(b, "padding:0 32px 6px 32px;", s.toString());
        }
        if (!r.contacts().isEmpty()) {
            heading(b, text, w.contactsHeading(r));
            StringBuilder s = new StringBuilder();
            for (Contact c : r.contacts()) {
                Contact.Printed named = c.printedIn(r.lang());
                s.append("<p style=\"margin:0 0 12px 0;").append(text).append("font-size:13px;line-height:1.6;\">");
                if (named.organization() != null) {
                    s.append(esc(named.organization())).append("<br>");
                }
                s.append("<strong>").append(esc(named.name())).append("</strong>");
                for (String phone : c.phones()) {
                    s.append("<br>").append(esc(w.phoneLabel())).append("<a href=\"tel:").append(esc(telUri(phone)))
                            .append("\" style=\"color:").append(INK).append(";text-decoration:none;\">").append(esc(phone)).append("</a>");
                }
                for (String email : c.emails()) {
                    s.append("<br>").append(esc(w.emailLabel())).append("<a href=\"mailto:").append(esc(email))
                            .append("\" style=\"color:#0b57d0;\">").append(esc(email)).append("</a>");
                }
                s.append("</p>");
            }
            row(b, "padding:0 32px 20px 32px;", s.toString());
        }
        b.append("</table>\n</td></tr></table>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The rich text "Copy as rich text" puts on the clipboard: the email HTML with each photo's thumbnail inline
     * as a {@code data:} URI, so that pasting into a mail or a document carries the pictures along.
     */
    public static String clipboardHtml(Release r, List<byte[]> jpegThumbnails) {
        return clipboardHtmlOf(r, jpegThumbnails.stream()
                .map(t -> new io.presskit.image.PhotoRendition("image/jpeg", 0, 0, t)).toList());
    }

    /** As {@link #clipboardHtml}, from the library's thumbnails, each in its own type (a PNG stays a PNG). */
    public static String clipboardHtmlOf(Release r, List<io.presskit.image.PhotoRendition> thumbnails) {
        List<PhotoRef> refs = new ArrayList<>();
        for (io.presskit.image.PhotoRendition t : thumbnails) {
            refs.add(new PhotoRef("data:" + t.mediaType() + ";base64," + Base64.getEncoder().encodeToString(t.bytes()), null));
        }
        return html(r, refs);
    }

    /**
     * The plain-text email, wrapped at 72 columns; {@code photoFiles} names each photo's file in the photo pack
     * (or is empty).
     */
    public static String text(Release r, List<String> photoFiles) {
        ReleaseWording w = ReleaseWording.of(r);
        int width = TextWrap.EMAIL_COLUMNS;
        List<String> blocks = new ArrayList<>();
        StringBuilder top = new StringBuilder();
        if (r.issuer() != null) {
            top.append(r.issuer()).append('\n');
        }
        top.append(w.label(r)).append('\n').append(TextWrap.wrap(w.status(r.timing()), width));
        blocks.add(top.toString());
        blocks.add(TextWrap.wrap(r.headline().strip(), width));
        if (r.subheadline() != null) {
            blocks.add(TextWrap.wrap(r.subheadline(), width));
        }
        if (!r.highlights().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (String h : r.highlights()) {
                items.add(hanging("- ", h, width));
            }
            blocks.add(String.join("\n", items));
        }
        for (int i = 0; i < r.body().size(); i++) {
            String p = r.body().get(i);
            if (i == 0 && r.dateline() != null) {
                p = w.dateline(r.dateline()) + p;
            }
            blocks.add(TextWrap.wrap(p, width));
        }
        blocks.add(w.endMark(r));
        if (!r.photos().isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add(w.photosHeading());
            for (int i = 0; i < r.photos().size(); i++) {
                String file = i < photoFiles.size() ? " [" + photoFiles.get(i) + "]" : "";
                lines.add(TextWrap.wrap(PrintPhotos.captionLine(w, i + 1, r.photos().get(i)) + file, width));
            }
            blocks.add(String.join("\n\n", lines));
        }
        for (Boilerplate about : r.boilerplates()) {
            Boilerplate.Printed bp = about.printedIn(r.lang());
            List<String> parts = new ArrayList<>();
            parts.add(bp.title());
            for (String p : bp.body()) {
                parts.add(TextWrap.wrap(p, width));
            }
            blocks.add(String.join("\n\n", parts));
        }
        if (!r.contacts().isEmpty()) {
            List<String> parts = new ArrayList<>();
            parts.add(w.contactsHeading(r));
            for (Contact c : r.contacts()) {
                Contact.Printed named = c.printedIn(r.lang());
                StringBuilder s = new StringBuilder();
                if (named.organization() != null) {
                    s.append(named.organization()).append('\n');
                }
                s.append(named.name());
                for (String phone : c.phones()) {
                    s.append('\n').append(w.phoneLabel()).append(phone);
                }
                for (String email : c.emails()) {
                    s.append('\n').append(w.emailLabel()).append(email);
                }
                parts.add(s.toString());
            }
            blocks.add(String.join("\n\n", parts));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** A list item: the marker on the first line, the text's later lines indented under its start. */
    private static String hanging(String marker, String text, int width) {
        String indent = " ".repeat(TextWrap.columns(marker));
        String[] lines = TextWrap.wrap(text, width - indent.length()).split("\n");
        StringBuilder sb = new StringBuilder(marker).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            sb.append('\n').append(indent).append(lines[i]);
        }
        return sb.toString();
    }

    private static void row(StringBuilder b, String style, String content) {
        b.append("<tr><td style=\"").append(style).append("\">").append(content).append("</td></tr>\n");
    }

    private static void heading(StringBuilder b, String text, String title) {
        row(b, "padding:18px 32px 10px 32px;", "<h2 style=\"margin:0;padding-top:14px;border-top:1px solid " + RULE + ";"
                + text + "font-size:16px;font-weight:bold;\">" + esc(title) + "</h2>");
    }

    private static String lines(String headline) {
        List<String> out = new ArrayList<>();
        for (String l : headline.strip().split("\n")) {
            out.add(esc(l.strip()));
        }
        return String.join("<br>", out);
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\n\\s*", " ");
    }

    /** "www.hkstp.org" and "https://…" in a boilerplate become links; everything else is escaped text. */
    private static String linkUrls(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(https?://|www\\.)[A-Za-z0-9./?=&%#_~+:-]*[A-Za-z0-9/]")
                .matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(esc(s.substring(last, m.start())));
            String url = m.group();
            String href = url.startsWith("www.") ? "https://" + url : url;
            out.append("<a href=\"").append(esc(href)).append("\" style=\"color:#0b57d0;\">").append(esc(url)).append("</a>");
            last = m.end();
        }
        return out.append(esc(s.substring(last))).toString();
    }

    /** tel: takes the digits and a leading plus only. */
    static String telUri(String phone) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isDigit(c) || c == '+' && sb.length() == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
