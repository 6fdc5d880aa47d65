package io.presskit.kit.document;

import io.presskit.kit.document.Block.Bookmark;
import io.presskit.kit.document.Block.BulletList;
import io.presskit.kit.document.Block.Contact;
import io.presskit.kit.document.Block.EndOfRelease;
import io.presskit.kit.document.Block.Figure;
import io.presskit.kit.document.Block.Heading;
import io.presskit.kit.document.Block.Headline;
import io.presskit.kit.document.Block.Letterhead;
import io.presskit.kit.document.Block.ListItem;
import io.presskit.kit.document.Block.PageBreak;
import io.presskit.kit.document.Block.Paragraph;
import io.presskit.kit.document.Block.Paragraph.Kind;
import io.presskit.kit.document.Block.Rule;
import io.presskit.kit.document.Inline.Emphasis;
import io.presskit.kit.document.Inline.Tone;
import io.presskit.model.Boilerplate;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.ReleaseWording;

import java.util.ArrayList;
import java.util.List;

/**
 * A release as a kit document: the release (letterhead, label and status, headline, sub-headline,
 * highlights, dateline and body, end mark), then the photos from a new page, then the "About" sections
 * and the media contacts. Contacts close the kit in both languages: Hong Kong and Taiwan releases put
 * 傳媒查詢 after the boilerplate, and AP-style English releases accept either place, so one order keeps
 * two language versions of a release page for page alike.
 * <p>
 * A draft becomes a document too (the editor previews releases as they are typed): a blank headline,
 * caption or paragraph is left out, never refused; refusing an incomplete release is the caller's
 * ({@code ReleaseRules.validate}).
 */
public final class ReleaseDocument {
    private ReleaseDocument() {
    }

    /**
     * @param photos the image of each of the release's photos, in order
     * @param logo   the letterhead logo, or null
     */
    public static KitDocument of(Release r, List<KitImage> photos, KitImage logo) {
        ReleaseWording words = ReleaseWording.of(r);
        String lang = r.lang().tag();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Bookmark(words.get("bookmark.release")));
        if (r.issuer() != null || logo != null) {
            Paragraph issuer = r.issuer() == null ? null : new Paragraph(Kind.ISSUER, List.of(Inline.plain(r.issuer())),
                    Scripts.otherLanguage(r.issuer(), lang), "issuer");
            String alt = words.get("logo.alt", r.issuer() == null ? "" : r.issuer()).strip();
            blocks.add(new Letterhead(logo, alt, issuer));
        }
        blocks.add(new Rule());
        blocks.add(paragraph(Kind.LABEL, words.label(r), lang, "label"));
        Inline status = Inline.plain(words.status(r.timing()))
                .withTone(r.timing() instanceof ReleaseTiming.Embargoed ? Tone.ALERT : Tone.ACCENT);
        blocks.add(new Paragraph(Kind.STATUS, List.of(status), null, "release"));
        List<String> headline = r.headline().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (!headline.isEmpty()) {
            blocks.add(new Headline(headline, Scripts.otherLanguage(r.headline(), lang), "headline"));
        }
        if (r.subheadline() != null) {
            blocks.add(paragraph(Kind.SUBHEADLINE, r.subheadline().strip(), lang, "subheadline"));
        }
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < r.highlights().size(); i++) {
            String h = r.highlights().get(i);
            if (!h.isBlank()) {
                items.add(new ListItem(words.get("bullet"), linked(h.strip(), words), Scripts.otherLanguage(h, lang),
                        "highlights[" + i + "]"));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        body(r, words, lang, blocks);
        blocks.add(paragraph(Kind.END_MARK, words.endMark(r), lang, "endMark"));
        blocks.add(new EndOfRelease());

        if (!r.photos().isEmpty()) {
            blocks.add(new PageBreak());
            blocks.add(new Bookmark(words.photosHeading()));
            blocks.add(new Heading(words.photosHeading(), null, "photos"));
            for (int i = 0; i < r.photos().size(); i++) {
                blocks.add(figure(i, r.photos().get(i), photos.get(i), words, lang));
            }
        }
        for (int i = 0; i < r.boilerplates().size(); i++) {
            Boilerplate b = r.boilerplates().get(i);
            if (b.title() != null && !b.title().isBlank()) {
                blocks.add(new Bookmark(b.title().strip()));
                blocks.add(new Heading(b.title().strip(), Scripts.otherLanguage(b.title(), lang), "boilerplates[" + i + "].title"));
            }
            for (int k = 0; k < b.body().size(); k++) {
                String p = b.body().get(k);
                if (!p.isBlank()) {
                    blocks.add(new Paragraph(Kind.BOILERPLATE, linked(p.strip(), words), Scripts.otherLanguage(p, lang),
                            "boilerplates[" + i + "].body[" + k + "]"));
                }
            }
        }
        if (!r.contacts().isEmpty()) {
            blocks.add(new Bookmark(words.get("bookmark.contacts")));
            String heading = words.contactsHeading(r);
            blocks.add(new Heading(heading, Scripts.otherLanguage(heading, lang), "contactsHeading"));
            for (int i = 0; i < r.contacts().size(); i++) {
                blocks.add(contact(r.contacts().get(i), "contacts[" + i + "]", words, lang));
            }
        }
        String title = String.join(" ", headline);
        if (title.isEmpty()) {
            title = words.get("untitled");
        }
        String slug = headline.isEmpty() ? words.label(r) : headline.get(0);
        KitDocument.Section section = new KitDocument.Section(lang, words, slug, blocks);
        return new KitDocument(title, r.issuer(), lang, List.of(section));
    }

    /** The body paragraphs, the first one led by the dateline in bold. */
    private static void body(Release r, ReleaseWording words, String lang, List<Block> blocks) {
        String dateline = r.dateline() != null && r.dateline().date() != null && r.dateline().place() != null
                && !r.dateline().place().isBlank() ? words.dateline(r.dateline()) : null;
        boolean first = true;
        for (int i = 0; i < r.body().size(); i++) {
            String p = r.body().get(i);
            if (p.isBlank()) {
                continue;
            }
            List<Inline> text = new ArrayList<>();
            if (first && dateline != null) {
                text.add(Inline.plain(dateline).withEmphasis(Emphasis.BOLD));
            }
            text.addAll(linked(p.strip(), words));
            blocks.add(new Paragraph(Kind.BODY, text, Scripts.otherLanguage(p, lang), "body[" + i + "]"));
            first = false;
        }
        if (first && dateline != null) {
            blocks.add(new Paragraph(Kind.BODY, List.of(Inline.plain(dateline.strip()).withEmphasis(Emphasis.BOLD)),
                    null, "dateline"));
        }
    }

    /**
     * A photo and its caption: the number (圖三：/ Photo 3:) kept tight, the caption, the credit after it.
     * A caption in the other script (an English caption in a Chinese kit) is set in its own language, its
     * label and the credit's wording in the kit's.
     */
    private static Figure figure(int i, Photo p, KitImage image, ReleaseWording words, String lang) {
        String caption = p.caption() == null ? "" : p.caption().strip();
        String captionLang = Scripts.otherLanguage(caption, lang);
        boolean chineseSet = Scripts.isChinese(captionLang != null ? captionLang : lang);
        List<Inline> text = new ArrayList<>();
        text.add(Inline.plain(words.photoNumber(i + 1)).withEmphasis(Emphasis.BOLD).withLanguage(captionLang != null ? lang : null)
                .tightened());
        if (!caption.isEmpty()) {
            text.add(Inline.plain(caption));
        }
        if (p.credit() != null) {
            text.add(new Inline(words.credit(p.credit()), chineseSet ? Emphasis.REGULAR : Emphasis.ITALIC, Tone.MUTED,
                    captionLang != null ? lang : null, null, false));
        }
        String field = "photos[" + i + "]";
        Paragraph captionParagraph = new Paragraph(Kind.CAPTION, text, captionLang, field + ".caption");
        String alt = p.altText() != null ? p.altText().strip() : !caption.isEmpty() ? caption
                : words.language().photoNumber(i + 1);
        return new Figure(i + 1, image, alt, captionParagraph, field);
    }

    private static Contact contact(io.presskit.model.Contact c, String field, ReleaseWording words, String lang) {
        List<Paragraph> lines = new ArrayList<>();
        if (c.organization() != null) {
            lines.add(new Paragraph(Kind.CONTACT, List.of(Inline.plain(c.organization()).withEmphasis(Emphasis.BOLD)),
                    Scripts.otherLanguage(c.organization(), lang), field + ".organization"));
        }
        if (!c.name().isBlank()) {
            Inline name = Inline.plain(c.name()).withEmphasis(c.organization() == null ? Emphasis.BOLD : Emphasis.REGULAR);
            lines.add(new Paragraph(Kind.CONTACT, List.of(name), Scripts.otherLanguage(c.name(), lang), field + ".name"));
        }
        linkLine(words.phoneLabel(), c.phones(), phone -> new Inline.Link("tel:" + phone.replaceAll("[^+0-9]", ""),
                words.get("link.phone", phone)), words, field + ".phones", lines);
        linkLine(words.emailLabel(), c.emails(), email -> new Inline.Link("mailto:" + email, words.get("link.email", email)),
                words, field + ".emails", lines);
        return new Contact(lines, field);
    }

    /** "Tel: a / b" or "Email: a / b": a tight label, then each value as its link. */
    private static void linkLine(String label, List<String> values, java.util.function.Function<String, Inline.Link> link,
                                 ReleaseWording words, String field, List<Paragraph> lines) {
        List<String> shown = values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
        if (shown.isEmpty()) {
            return;
        }
        List<Inline> text = new ArrayList<>();
        text.add(Inline.plain(label).withTone(Tone.MUTED).tightened());
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                text.add(Inline.plain(words.get("contact.separator")).withTone(Tone.MUTED));
            }
            text.add(new Inline(shown.get(i), null, Tone.ACCENT, null, link.apply(shown.get(i)), false));
        }
        lines.add(new Paragraph(Kind.CONTACT, text, null, field));
    }

    private static Paragraph paragraph(Kind kind, String text, String lang, String field) {
        return new Paragraph(kind, List.of(Inline.plain(text)), Scripts.otherLanguage(text, lang), field);
    }

    /** Text with its web addresses and emails as links. */
    static List<Inline> linked(String text, ReleaseWording words) {
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (Tokens.Token t : Tokens.links(text)) {
            if (t.start() > at) {
                out.add(Inline.plain(text.substring(at, t.start())));
            }
            String shown = text.substring(t.start(), t.end());
            String description = words.get(t.email() ? "link.email" : "link.web", shown);
            out.add(new Inline(shown, null, Tone.ACCENT, null, new Inline.Link(t.uri(), description), false));
            at = t.end();
        }
        if (at < text.length()) {
            out.add(Inline.plain(text.substring(at)));
        }
        return out;
    }
}
