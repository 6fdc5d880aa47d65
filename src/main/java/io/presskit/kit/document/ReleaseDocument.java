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
import io.presskit.model.Scripts;

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
        return of(List.of(new Version(r, photos)), logo, KitDocument.PageNumbering.DOCUMENT);
    }

    /** A language version of a release with the image of each of its photos, in order. */
    public record Version(Release release, List<KitImage> photos) {
        public Version {
            photos = List.copyOf(photos);
        }
    }

    /**
     * The language versions of one release as one document, a section each in the order given: the title,
     * author and document language are the first version's. In a kit of several versions each warning names
     * its version ({@code en-HK: body[2]: …}).
     */
    public static KitDocument of(List<Version> versions, KitImage logo, KitDocument.PageNumbering numbering) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a kit needs at least one language version");
        }
        List<KitDocument.Section> sections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Version v : versions) {
            String prefix = versions.size() > 1 ? v.release().lang().tag() + ": " : "";
            sections.add(section(v.release(), v.photos(), logo, prefix, warnings));
        }
        Release first = versions.get(0).release();
        return new KitDocument(sections.get(0).title(), first.issuer(), first.lang().tag(), sections, numbering, warnings);
    }

    /** One version's section; {@code prefix} goes before every field name (the version's tag in a kit of several). */
    private static KitDocument.Section section(Release r, List<KitImage> photos, KitImage logo, String prefix,
                                               List<String> warnings) {
        ReleaseWording words = ReleaseWording.of(r);
        String lang = r.lang().tag();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Bookmark(words.get("bookmark.release")));
        if (r.issuer() != null || logo != null) {
            Paragraph issuer = r.issuer() == null ? null : new Paragraph(Kind.ISSUER, List.of(Inline.plain(r.issuer())),
                    Scripts.otherLanguage(r.issuer(), lang), prefix + "issuer");
            String alt = words.get("logo.alt", r.issuer() == null ? "" : r.issuer()).strip();
            blocks.add(new Letterhead(logo, alt, issuer));
        }
        blocks.add(new Rule());
        blocks.add(paragraph(Kind.LABEL, words.label(r), lang, prefix + "label"));
        Inline status = Inline.plain(words.status(r.timing()))
                .withTone(r.timing() instanceof ReleaseTiming.Embargoed ? Tone.ALERT : Tone.ACCENT);
        blocks.add(new Paragraph(Kind.STATUS, List.of(status), null, prefix + "release"));
        List<String> headline = r.headline().strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (!headline.isEmpty()) {
            blocks.add(new Headline(headline, Scripts.otherLanguage(r.headline(), lang), prefix + "headline"));
        }
        if (r.subheadline() != null) {
            blocks.add(paragraph(Kind.SUBHEADLINE, r.subheadline().strip(), lang, prefix + "subheadline"));
        }
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < r.highlights().size(); i++) {
            String h = r.highlights().get(i);
            if (!h.isBlank()) {
                items.add(new ListItem(words.get("bullet"), linked(h.strip(), words), Scripts.otherLanguage(h, lang),
                        prefix + "highlights[" + i + "]"));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
        }
        body(r, words, lang, prefix, blocks);
        blocks.add(paragraph(Kind.END_MARK, words.endMark(r), lang, prefix + "endMark"));
        blocks.add(new EndOfRelease());

        if (!r.photos().isEmpty()) {
            blocks.add(new PageBreak());
            blocks.add(new Bookmark(words.photosHeading()));
            blocks.add(new Heading(words.photosHeading(), null, prefix + "photos"));
            for (int i = 0; i < r.photos().size(); i++) {
                blocks.add(figure(i, r.photos().get(i), photos.get(i), words, lang, prefix));
            }
        }
        for (int i = 0; i < r.boilerplates().size(); i++) {
            Boilerplate.Printed b = r.boilerplates().get(i).printedIn(r.lang());
            String field = prefix + "boilerplates[" + i + "]";
            if (b.fallback()) {
                warnings.add(field + ": \"" + b.title().strip() + "\" has no " + languageInEnglish(r) + " version; "
                        + "the kit prints it as it is (add the " + languageInEnglish(r) + " text to the boilerplate)");
            }
            if (b.title() != null && !b.title().isBlank()) {
                blocks.add(new Bookmark(b.title().strip()));
                blocks.add(new Heading(b.title().strip(), Scripts.otherLanguage(b.title(), lang), field + ".title"));
            }
            for (int k = 0; k < b.body().size(); k++) {
                String p = b.body().get(k);
                if (!p.isBlank()) {
                    blocks.add(new Paragraph(Kind.BOILERPLATE, linked(p.strip(), words), Scripts.otherLanguage(p, lang),
                            field + ".body[" + k + "]"));
                }
            }
        }
        if (!r.contacts().isEmpty()) {
            blocks.add(new Bookmark(words.get("bookmark.contacts")));
            String heading = words.contactsHeading(r);
            blocks.add(new Heading(heading, Scripts.otherLanguage(heading, lang), prefix + "contactsHeading"));
            for (int i = 0; i < r.contacts().size(); i++) {
                blocks.add(contact(r, r.contacts().get(i), prefix + "contacts[" + i + "]", words, lang, warnings));
            }
        }
        String title = String.join(" ", headline);
        if (title.isEmpty()) {
            title = words.get("untitled");
        }
        String slug = headline.isEmpty() ? words.label(r) : headline.get(0);
        return new KitDocument.Section(lang, words, slug, blocks, words.languageName(), title);
    }

    /** The version's language as a warning names it: English, Chinese, French … */
    private static String languageInEnglish(Release r) {
        return r.lang().locale().getDisplayLanguage(java.util.Locale.ENGLISH);
    }

    /** The body paragraphs, the first one led by the dateline in bold. */
    private static void body(Release r, ReleaseWording words, String lang, String prefix, List<Block> blocks) {
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
            blocks.add(new Paragraph(Kind.BODY, text, Scripts.otherLanguage(p, lang), prefix + "body[" + i + "]"));
            first = false;
        }
        if (first && dateline != null) {
            blocks.add(new Paragraph(Kind.BODY, List.of(Inline.plain(dateline.strip()).withEmphasis(Emphasis.BOLD)),
                    null, prefix + "dateline"));
        }
    }

    /**
     * A photo and its caption: the number (圖三：/ Photo 3:) kept tight, the caption, the credit after it.
     * A caption in the other script (an English caption in a Chinese kit) is set in its own language, its
     * label and the credit's wording in the kit's.
     */
    private static Figure figure(int i, Photo p, KitImage image, ReleaseWording words, String lang, String prefix) {
        String caption = p.caption() == null ? "" : p.caption().strip();
        String captionLang = Scripts.otherLanguage(caption, lang);
        boolean chineseSet = Scripts.isChineseTag(captionLang != null ? captionLang : lang);
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
        String field = prefix + "photos[" + i + "]";
        Paragraph captionParagraph = new Paragraph(Kind.CAPTION, text, captionLang, field + ".caption");
        String alt = p.altText() != null ? p.altText().strip() : !caption.isEmpty() ? caption
                : words.language().photoNumber(i + 1);
        return new Figure(i + 1, image, alt, captionParagraph, field);
    }

    /**
     * A contact as the version prints it: its name and organisation in the version's script where the contact
     * has them (張麗蘭 in Chinese, Ms Julia Cheung in English), else as they are, with a warning.
     */
    private static Contact contact(Release r, io.presskit.model.Contact c, String field, ReleaseWording words, String lang,
                                   List<String> warnings) {
        io.presskit.model.Contact.Printed printed = c.printedIn(r.lang());
        for (String part : printed.fallbacks()) {
            String shown = part.equals("name") ? printed.name() : printed.organization();
            warnings.add(field + "." + part + ": \"" + shown + "\" has no " + languageInEnglish(r) + " form; the kit prints "
                    + "it as it is (add the " + part + " in " + languageInEnglish(r) + " to the contact)");
        }
        List<Paragraph> lines = new ArrayList<>();
        if (printed.organization() != null) {
            lines.add(new Paragraph(Kind.CONTACT, List.of(Inline.plain(printed.organization()).withEmphasis(Emphasis.BOLD)),
                    Scripts.otherLanguage(printed.organization(), lang), field + ".organization"));
        }
        if (!printed.name().isBlank()) {
            Inline name = Inline.plain(printed.name()).withEmphasis(printed.organization() == null ? Emphasis.BOLD
                    : Emphasis.REGULAR);
            lines.add(new Paragraph(Kind.CONTACT, List.of(name), Scripts.otherLanguage(printed.name(), lang), field + ".name"));
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
