package io.presskit.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Recognises the parts of a Chinese or English press release in a source document and returns them as
 * pieces with roles. The document is read in three zones:
 * <ol>
 *   <li>the <b>header</b>, up to the dateline (or, without one, the first paragraph of prose): letterhead,
 *   label, status, headline, sub-headline and highlights, one line at a time;</li>
 *   <li>the <b>body</b>: paragraphs (lines of a hard-wrapped paragraph put together again, a paragraph that a
 *   PDF page break cut in two rejoined), until the end mark or the first caption, "About" or contacts heading;</li>
 *   <li>the <b>trailer</b>: numbered captions and their credits, "About" sections, the media contacts.</li>
 * </ol>
 * Page furniture from a PDF (page numbers, "more" marks, the slug repeating the headline) is set apart. Text
 * that fits no rule is body text: nothing is dropped.
 */
final class ReleaseRecognizer {
    /** Wider than this (in columns, CJK = 2) a paragraph is prose, not a headline. */
    private static final int PROSE_WIDTH = 100;
    /** Lines of a hard-wrapped paragraph are at most this wide; wider lines are paragraphs of their own. */
    private static final int WRAP_WIDTH = 130;
    /** A paragraph shorter than this that ends without punctuation is a heading, not half a paragraph. */
    private static final int RUN_ON_WIDTH = 40;

    private enum Zone { BODY, CAPTIONS, ABOUT, CONTACTS, AFTER_END }

    private final SourceDocument doc;
    private final List<Piece> pieces = new ArrayList<>();
    private String headlineFirstLine;
    private boolean bodySeen;
    private int headlineBlock = -1;

    private ReleaseRecognizer(SourceDocument doc) {
        this.doc = doc;
    }

    static Recognition recognize(SourceDocument source, String languageTag) {
        SourceDocument doc = splitAtMarkers(source);
        ReleaseRecognizer r = new ReleaseRecognizer(doc);
        int bodyStart = r.bodyStart();
        r.header(bodyStart);
        r.body(bodyStart);
        List<Piece> joined = rejoinAcrossPages(r.pieces);
        List<String> notes = new ArrayList<>(doc.notes());
        List<SourceImage> photos = new ArrayList<>();
        for (SourceImage img : doc.images()) {
            if (r.headlineBlock >= 0 && img.beforeBlock() <= r.headlineBlock) {
                notes.add("The image " + img.fileName() + " before the headline was taken as the letterhead logo and left out.");
            } else {
                photos.add(img);
            }
        }
        String language = languageTag != null ? languageTag : Languages.detect(joined);
        return new Recognition(doc.fileName(), language, joined, photos, notes);
    }

    /**
     * Text taken out of a PDF often has no blank line between parts: the headline runs into the bullets, the
     * dateline paragraph follows on. Split each block before a line that starts a part (a dateline, a label, a
     * status, a photo number, an end mark, an "About" or contacts heading, page furniture) and after a heading
     * line, so that each part starts a block of its own. Embedded images keep their place.
     */
    static SourceDocument splitAtMarkers(SourceDocument doc) {
        List<SourceBlock> out = new ArrayList<>();
        int[] firstPart = new int[doc.blocks().size() + 1];
        boolean datelineSeen = false;
        for (int i = 0; i < doc.blocks().size(); i++) {
            SourceBlock b = doc.blocks().get(i);
            firstPart[i] = out.size();
            int start = 0;
            for (int j = 0; j < b.lines().size(); j++) {
                String line = b.lines().get(j);
                boolean dateline = !datelineSeen && Datelines.find(line).isPresent();
                datelineSeen |= dateline;
                boolean opens = dateline || isHeading(line) || isFurniture(line) || Markers.whole(Markers.CAPTION, line);
                if (opens && j > start) {
                    out.add(b.part(start, j));
                    start = j;
                }
                if (isHeading(line) || isFurniture(line)) {
                    out.add(b.part(start, j + 1));
                    start = j + 1;
                }
            }
            if (start < b.lines().size()) {
                out.add(b.part(start, b.lines().size()));
            }
        }
        firstPart[doc.blocks().size()] = out.size();
        List<SourceImage> images = new ArrayList<>();
        for (SourceImage img : doc.images()) {
            images.add(new SourceImage(img.fileName(), img.bytes(), img.altText(), firstPart[img.beforeBlock()]));
        }
        return new SourceDocument(doc.fileName(), out, images, doc.notes());
    }

    /** A line that is a part of its own: nothing before or after it belongs to its paragraph. */
    private static boolean isHeading(String line) {
        return Markers.whole(Markers.LABEL, line) || Markers.whole(Markers.IMMEDIATE, line)
                || Markers.whole(Markers.EMBARGO, line) || Markers.whole(Markers.END_MARK, line)
                || isContactsHeading(line) || isAboutTitle(line);
    }

    private static boolean isFurniture(String line) {
        return Markers.whole(Markers.PAGE_FURNITURE, line) || Markers.whole(Markers.KIT_HEADING, line);
    }

    // ------------------------------------------------------------------ zones

    private int bodyStart() {
        List<SourceBlock> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            String first = firstRealLine(blocks.get(i));
            if (first == null) {
                continue;
            }
            if (isTrailerMarker(first)) {
                break;
            }
            if (Datelines.find(first).isPresent()) {
                return i;
            }
        }
        boolean headlineSeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            String first = firstRealLine(b);
            if (first == null) {
                continue;
            }
            if (isHeaderMarker(first) || b.style() == SourceBlock.Style.LIST_ITEM) {
                continue;
            }
            if (b.style() == SourceBlock.Style.TITLE || b.style() == SourceBlock.Style.SUBTITLE
                    || b.style() == SourceBlock.Style.HEADING || b.bold()) {
                headlineSeen = true;
                continue;
            }
            String text = String.join(" ", b.lines());
            boolean prose = DocText.width(text) >= PROSE_WIDTH && DocText.endsSentence(text);
            if (prose && (headlineSeen || i > 0)) {
                return i;
            }
            headlineSeen = true;
        }
        return blocks.size();
    }

    private static String firstRealLine(SourceBlock b) {
        for (String line : b.lines()) {
            if (!isFurniture(line)) {
                return line;
            }
        }
        return null;
    }

    private static boolean isHeaderMarker(String line) {
        return Markers.whole(Markers.LABEL, line) || Markers.whole(Markers.IMMEDIATE, line)
                || Markers.whole(Markers.EMBARGO, line) || Markers.whole(Markers.BULLET, line);
    }

    private static boolean isTrailerMarker(String line) {
        return Markers.whole(Markers.END_MARK, line) || Markers.whole(Markers.CAPTION, line)
                || isContactsHeading(line) || isAboutTitle(line);
    }

    private static boolean isContactsHeading(String line) {
        return DocText.width(line) <= 60 && (Markers.whole(Markers.CONTACTS_HEADING, line)
                || Markers.whole(Markers.CONTACTS_HEADING_INLINE, line));
    }

    private static boolean isAboutTitle(String line) {
        return DocText.width(line) <= 80 && !DocText.endsSentence(line.replaceAll("[:：]\\s*$", ""))
                && Markers.whole(Markers.ABOUT, line);
    }

    // ------------------------------------------------------------------ header

    private record HeaderLine(String text, SourceBlock block, int blockIndex, boolean joinsNext, String where) {
        boolean emphasised(double bodySize) {
            return block.bold() || block.style() == SourceBlock.Style.HEADING
                    || bodySize > 0 && block.fontSize() > bodySize + 0.5;
        }

        HeaderLine append(String more, boolean joins) {
            return new HeaderLine(text + DocText.joiner(text, more) + more, block, blockIndex, joins, where);
        }
    }

    private void header(int bodyStart) {
        List<HeaderLine> lines = new ArrayList<>();
        String lastPhysical = null;
        for (int i = 0; i < bodyStart; i++) {
            SourceBlock b = doc.blocks().get(i);
            for (int j = 0; j < b.lines().size(); j++) {
                String line = b.lines().get(j);
                if (isFurniture(line)) {
                    pieces.add(new Piece(line, PieceRole.PAGE_FURNITURE, b.where(j), null));
                    continue;
                }
                boolean joins = j + 1 < b.lines().size();
                HeaderLine prev = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (prev != null && prev.joinsNext() && continuesBullet(prev, lastPhysical, line)) {
                    lines.set(lines.size() - 1, prev.append(line, joins));
                } else {
                    lines.add(new HeaderLine(line, b, i, joins, b.where(j)));
                }
                lastPhysical = line;
            }
        }
        PieceRole[] roles = new PieceRole[lines.size()];
        int firstMarker = -1;
        for (int i = 0; i < lines.size(); i++) {
            HeaderLine l = lines.get(i);
            String t = l.text();
            if (Markers.whole(Markers.LABEL, t)) {
                roles[i] = PieceRole.LABEL;
            } else if (Markers.whole(Markers.IMMEDIATE, t) || Markers.whole(Markers.EMBARGO, t)) {
                roles[i] = PieceRole.STATUS;
            } else if (l.block().style() == SourceBlock.Style.LIST_ITEM || Markers.whole(Markers.BULLET, t)) {
                roles[i] = PieceRole.HIGHLIGHT;
            } else if (l.block().style() == SourceBlock.Style.TITLE) {
                roles[i] = PieceRole.HEADLINE;
            } else if (l.block().style() == SourceBlock.Style.SUBTITLE) {
                roles[i] = PieceRole.SUBHEADLINE;
            }
            if (firstMarker < 0 && (roles[i] == PieceRole.LABEL || roles[i] == PieceRole.STATUS
                    || roles[i] == PieceRole.HEADLINE)) {
                firstMarker = i;
            }
        }
        // Letterhead: the lines above the label, status or styled title.
        for (int i = 0; i < Math.max(firstMarker, 0); i++) {
            if (roles[i] == null) {
                roles[i] = PieceRole.ISSUER;
            }
        }
        headlines(lines, roles);
        for (int i = 0; i < lines.size(); i++) {
            HeaderLine l = lines.get(i);
            PieceRole role = roles[i] == null ? PieceRole.BODY : roles[i];
            boolean joins = l.joinsNext() && i + 1 < lines.size() && roles[i + 1] == role
                    && role != PieceRole.HIGHLIGHT;
            pieces.add(new Piece(l.text(), role, l.where(), joins ? (role == PieceRole.HEADLINE ? "\n"
                    : DocText.joiner(l.text(), lines.get(i + 1).text())) : null, roles[i] == PieceRole.BODY));
            if (role == PieceRole.HEADLINE && headlineFirstLine == null) {
                headlineFirstLine = l.text();
                headlineBlock = l.blockIndex();
            }
        }
    }

    /**
     * A bullet that a PDF wrapped over lines goes on in the next line of the same block: the bullet's last line
     * is nearly full and does not end a sentence, and the next line is no marker of its own.
     */
    private static boolean continuesBullet(HeaderLine bullet, String lastPhysical, String line) {
        boolean isBullet = bullet.block().style() == SourceBlock.Style.LIST_ITEM || Markers.whole(Markers.BULLET, bullet.text());
        return isBullet && lastPhysical != null && DocText.width(lastPhysical) >= 60 && !DocText.endsSentence(lastPhysical)
                && !Markers.whole(Markers.BULLET, line) && !isHeaderMarker(line);
    }

    /**
     * The headline and sub-headline among the header's unmarked lines: Word's Title and Subtitle when used;
     * else the bold or larger lines then the next plain one; else, in plain text, the lines before the
     * highlights: the last of two or more is the sub-headline.
     */
    private static void headlines(List<HeaderLine> lines, PieceRole[] roles) {
        boolean styled = false;
        boolean subSeen = false;
        for (PieceRole r : roles) {
            styled |= r == PieceRole.HEADLINE;
            subSeen |= r == PieceRole.SUBHEADLINE;
        }
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        boolean highlightsSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == PieceRole.HIGHLIGHT) {
                highlightsSeen = true;
            } else if (roles[i] == null) {
                (highlightsSeen ? after : before).add(i);
            }
        }
        if (styled) {
            for (int i : before) {
                roles[i] = subSeen ? PieceRole.BODY : PieceRole.SUBHEADLINE;
                subSeen = true;
            }
        } else {
            double bodySize = 0;
            for (HeaderLine l : lines) {
                if (!l.block().bold() && l.block().fontSize() > 0) {
                    bodySize = bodySize == 0 ? l.block().fontSize() : Math.min(bodySize, l.block().fontSize());
                }
            }
            int emphasised = 0;
            for (int i : before) {
                if (lines.get(i).emphasised(bodySize)) {
                    emphasised++;
                }
            }
            if (emphasised > 0 && emphasised < before.size() && lines.get(before.get(0)).emphasised(bodySize)) {
                boolean inHeadline = true;
                for (int i : before) {
                    if (inHeadline && lines.get(i).emphasised(bodySize)) {
                        roles[i] = PieceRole.HEADLINE;
                    } else {
                        inHeadline = false;
                        roles[i] = subSeen ? PieceRole.BODY : PieceRole.SUBHEADLINE;
                        subSeen = true;
                    }
                }
            } else {
                for (int k = 0; k < before.size(); k++) {
                    boolean last = k == before.size() - 1 && before.size() >= 2 && !subSeen;
                    roles[before.get(k)] = last ? PieceRole.SUBHEADLINE : PieceRole.HEADLINE;
                }
                subSeen |= before.size() >= 2;
            }
        }
        for (int i : after) {
            roles[i] = subSeen ? PieceRole.BODY : PieceRole.SUBHEADLINE;
            subSeen = true;
        }
    }

    // ------------------------------------------------------------------ body and trailer

    private void body(int bodyStart) {
        Zone zone = Zone.BODY;
        for (int i = bodyStart; i < doc.blocks().size(); i++) {
            SourceBlock b = doc.blocks().get(i);
            List<String> lines = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int j = 0; j < b.lines().size(); j++) {
                String line = b.lines().get(j);
                if (isFurniture(line) || line.equals(headlineFirstLine)) {
                    pieces.add(new Piece(line, PieceRole.PAGE_FURNITURE, b.where(j), null));
                } else {
                    lines.add(line);
                    index.add(j);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            for (Para para : paragraphs(lines)) {
                if (zone == Zone.CONTACTS && !isTrailerMarker(para.text())) {
                    contactLines(lines.subList(para.firstLine(), lines.size()), b, index.get(para.firstLine()));
                    break;
                }
                zone = paragraph(para.text(), b, b.where(index.get(para.firstLine())), zone);
            }
        }
    }

    /** One paragraph of the body or trailer; returns the zone after it. */
    private Zone paragraph(String para, SourceBlock b, String where, Zone zone) {
        if (Markers.whole(Markers.END_MARK, para)) {
            pieces.add(new Piece(para, PieceRole.END_MARK, where, null));
            return Zone.AFTER_END;
        }
        if (Markers.whole(Markers.CAPTION, para)) {
            pieces.add(new Piece(para, PieceRole.CAPTION, where, null));
            return Zone.CAPTIONS;
        }
        if (zone == Zone.CAPTIONS && DocText.width(para) <= 80 && Markers.whole(Markers.CREDIT_LINE, para)) {
            pieces.add(new Piece(para, PieceRole.CREDIT, where, null));
            return zone;
        }
        if (isContactsHeading(para)) {
            Matcher inline = Markers.CONTACTS_HEADING_INLINE.matcher(para.strip());
            if (inline.matches() && !inline.group("rest").isBlank()) {
                String heading = inline.group("heading");
                pieces.add(new Piece(heading, PieceRole.CONTACTS_HEADING, where, " "));
                contactLines(List.of(inline.group("rest")), null, 0, where);
            } else {
                pieces.add(new Piece(para, PieceRole.CONTACTS_HEADING, where, null));
            }
            return Zone.CONTACTS;
        }
        if (isAboutTitle(para)) {
            pieces.add(new Piece(para, PieceRole.ABOUT_TITLE, where, null));
            return Zone.ABOUT;
        }
        if (b.style() == SourceBlock.Style.HEADING && zone == Zone.AFTER_END && DocText.width(para) <= 80) {
            pieces.add(new Piece(para, PieceRole.ABOUT_TITLE, where, null));
            return Zone.ABOUT;
        }
        switch (zone) {
            case ABOUT -> pieces.add(new Piece(para, PieceRole.ABOUT_BODY, where, null));
            case BODY -> {
                Optional<Datelines.Found> dl = bodySeen ? Optional.empty() : Datelines.find(para);
                bodySeen = true;
                if (dl.isPresent()) {
                    String rest = para.substring(dl.get().end()).strip();
                    if (rest.isEmpty()) {
                        pieces.add(new Piece(dl.get().text(), PieceRole.DATELINE, where, null));
                    } else {
                        String between = para.substring(dl.get().text().length(), dl.get().end()).isEmpty() ? "" : " ";
                        pieces.add(new Piece(dl.get().text(), PieceRole.DATELINE, where, between));
                        pieces.add(new Piece(rest, PieceRole.BODY, where, null));
                    }
                } else {
                    pieces.add(new Piece(para, PieceRole.BODY, where, null));
                }
            }
            default -> pieces.add(new Piece(para, PieceRole.BODY, where, null, true));
        }
        return zone;
    }

    /**
     * Puts the lines of a block together into paragraphs. A hard-wrapped block (every line at most
     * {@link #WRAP_WIDTH} columns) is one paragraph, except where a line starts with a marker (bullet, photo
     * number, end mark …) or a short line ends a sentence; wider lines are paragraphs of their own.
     */
    /** A paragraph put together from a block's lines, and the index of its first line. */
    record Para(String text, int firstLine) {
    }

    static List<Para> paragraphs(List<String> lines) {
        int max = 0;
        for (String l : lines) {
            max = Math.max(max, DocText.width(l));
        }
        boolean wrapped = lines.size() > 1 && max <= WRAP_WIDTH;
        // Chinese text is justified: every line but a paragraph's last is as wide as the widest all-CJK line.
        int cjkFull = 0;
        for (String l : lines) {
            if (allCjk(l)) {
                cjkFull = Math.max(cjkFull, DocText.width(l));
            }
        }
        List<Para> out = new ArrayList<>();
        StringBuilder current = null;
        int first = 0;
        String previous = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean starts = current == null || !wrapped || startsUnit(line) || endsUnit(previous)
                    || endsParagraph(previous, max, cjkFull) || opensQuote(previous, line);
            if (starts) {
                if (current != null) {
                    out.add(new Para(current.toString(), first));
                }
                current = new StringBuilder(line);
                first = i;
            } else {
                current.append(DocText.joiner(current.toString(), line)).append(line);
            }
            previous = line;
        }
        if (current != null) {
            out.add(new Para(current.toString(), first));
        }
        return out;
    }

    /**
     * A line ends its paragraph when it ends a sentence short of the full width: for Chinese, shorter than a
     * full justified line; for Latin text, ragged on the right, clearly shorter than the longest line.
     */
    private static boolean endsParagraph(String line, int max, int cjkFull) {
        if (!DocText.endsSentence(line)) {
            return false;
        }
        int w = DocText.width(line);
        if (cjkFull > 0 && allCjk(line)) {
            return w < cjkFull;
        }
        return w < max * 0.7;
    }

    /** In English a quotation usually opens a paragraph: a sentence's end, then a line opening a quote. */
    private static boolean opensQuote(String previous, String line) {
        return DocText.endsSentence(previous) && !allCjk(previous) && !line.isEmpty() && "\"“‘".indexOf(line.charAt(0)) >= 0;
    }

    private static boolean allCjk(String line) {
        return !line.isEmpty() && line.codePoints().allMatch(io.presskit.model.Scripts::isCjk);
    }

    /** A heading line is a paragraph of its own: what follows it starts anew. */
    private static boolean endsUnit(String line) {
        return isHeading(line);
    }

    private static boolean startsUnit(String line) {
        return Markers.whole(Markers.BULLET, line) || isTrailerMarker(line) || Markers.whole(Markers.LABEL, line)
                || Markers.whole(Markers.CREDIT_LINE, line) && DocText.width(line) <= 80;
    }

    // ------------------------------------------------------------------ contacts

    /**
     * The lines of a contact block, each a name, an organisation, phones or emails. A line ending with (or
     * the next starting with) "/" continues; a line holding several labelled parts ("Tel: … | Email: …")
     * is split into them.
     */
    private void contactLines(List<String> lines, SourceBlock b, int firstIndex) {
        contactLines(lines, b, firstIndex, null);
    }

    private void contactLines(List<String> lines, SourceBlock b, int firstIndex, String fixedWhere) {
        List<String> merged = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!merged.isEmpty() && (merged.get(merged.size() - 1).endsWith("/") || line.startsWith("/"))) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + line);
            } else {
                merged.add(line);
                wheres.add(fixedWhere != null ? fixedWhere : b.where(firstIndex + j));
            }
        }
        boolean nameInGroup = false;
        boolean orgInGroup = false;
        for (int m = 0; m < merged.size(); m++) {
            String line = merged.get(m);
            String where = wheres.get(m);
            List<String> parts = contactParts(line);
            for (int k = 0; k < parts.size(); k++) {
                String part = parts.get(k);
                PieceRole role = contactRole(part, nameInGroup, orgInGroup);
                if (role == PieceRole.CONTACT_PHONE || role == PieceRole.CONTACT_EMAIL) {
                    nameInGroup = false;
                    orgInGroup = false;
                } else if (role == PieceRole.CONTACT_NAME) {
                    nameInGroup = true;
                } else {
                    orgInGroup = true;
                }
                String joiner = k + 1 < parts.size() ? " " : null;
                pieces.add(new Piece(part, role, where, joiner));
            }
        }
    }

    private static List<String> contactParts(String line) {
        String[] bars = line.split("\\s+[|｜]\\s+|[｜；;]\\s*");
        List<String> out = new ArrayList<>();
        for (String bar : bars) {
            String p = bar.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean hasContactData = Markers.EMAIL_IN_TEXT.matcher(p).find() || Markers.whole(Markers.PHONE_LABEL, p)
                    || Markers.whole(Markers.EMAIL_LABEL, p);
            String[] commas = p.split(",\\s+");
            if (hasContactData && commas.length > 1 && !Markers.whole(Markers.PHONE_LABEL, p)
                    && !Markers.whole(Markers.EMAIL_LABEL, p)) {
                for (String c : commas) {
                    out.add(c.strip());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static PieceRole contactRole(String part, boolean nameInGroup, boolean orgInGroup) {
        if (Markers.whole(Markers.PHONE_LABEL, part) || Markers.whole(Markers.FAX_LABEL, part)) {
            return PieceRole.CONTACT_PHONE;
        }
        if (Markers.whole(Markers.EMAIL_LABEL, part) || Markers.EMAIL_IN_TEXT.matcher(part).find()) {
            return PieceRole.CONTACT_EMAIL;
        }
        if (Markers.isPhoneLike(part)) {
            return PieceRole.CONTACT_PHONE;
        }
        if (Markers.whole(Markers.NAME_LABEL, part)) {
            return PieceRole.CONTACT_NAME;
        }
        if (Markers.whole(Markers.ORG_LABEL, part) || Markers.looksLikeOrganisation(part)) {
            return PieceRole.CONTACT_ORGANIZATION;
        }
        if (nameInGroup) {
            return PieceRole.CONTACT_ORGANIZATION;
        }
        if (orgInGroup || Markers.looksLikePersonName(part)) {
            return PieceRole.CONTACT_NAME;
        }
        return PieceRole.CONTACT_ORGANIZATION;
    }

    // ------------------------------------------------------------------ page breaks

    /**
     * A paragraph that a PDF page break cut in two comes out as two: the first ends without punctuation and
     * the second goes on ("…他強" / "調，InnoHK…"). Put them together again, across the page furniture
     * between them, which stays as its own piece after the paragraph.
     */
    static List<Piece> rejoinAcrossPages(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        List<Piece> furniture = new ArrayList<>();
        int last = -1;
        for (Piece p : in) {
            if (p.role() == PieceRole.PAGE_FURNITURE) {
                furniture.add(p);
                continue;
            }
            Piece prev = last < 0 ? null : out.get(last);
            if (prev != null && continues(prev, p)) {
                out.set(last, new Piece(DocText.join(prev.text(), p.text()), prev.role(), prev.where(), p.joiner(),
                        prev.unplaced()));
                out.addAll(furniture);
            } else {
                out.addAll(furniture);
                out.add(p);
                last = out.size() - 1;
            }
            furniture.clear();
        }
        out.addAll(furniture);
        return out;
    }

    private static boolean continues(Piece prev, Piece next) {
        boolean prose = prev.role() == PieceRole.BODY || prev.role() == PieceRole.ABOUT_BODY
                || prev.role() == PieceRole.CAPTION;
        if (!prose || prev.runsOn() || next.role() != prev.role() || DocText.endsSentence(prev.text())) {
            return false;
        }
        if (startsUnit(next.text())) {
            return false;
        }
        return DocText.width(prev.text()) >= RUN_ON_WIDTH || DocText.startsLowercase(next.text());
    }
}
