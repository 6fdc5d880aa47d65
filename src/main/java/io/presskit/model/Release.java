package io.presskit.model;

import java.util.List;

/**
 * The content of one press release, exactly what a bundle carries. Optional text is null when not set
 * (so that the language's default applies and a round trip writes nothing for it); lists are never null.
 * Construction does not validate: {@link ReleaseRules#validate} does, once, for the editor, the importer
 * and the exporter alike.
 */
public record Release(
        String language,
        String issuer,
        String label,
        ReleaseTiming timing,
        String headline,
        String subheadline,
        List<String> highlights,
        Dateline dateline,
        List<String> body,
        String endMark,
        List<Photo> photos,
        List<Boilerplate> boilerplates,
        String contactsHeading,
        List<Contact> contacts) {

    public Release {
        timing = timing == null ? ReleaseTiming.IMMEDIATE : timing;
        issuer = Texts.absentIfBlank(issuer);
        label = Texts.absentIfBlank(label);
        subheadline = Texts.absentIfBlank(subheadline);
        endMark = Texts.absentIfBlank(endMark);
        contactsHeading = Texts.absentIfBlank(contactsHeading);
        headline = headline == null ? "" : headline;
        highlights = List.copyOf(highlights);
        body = List.copyOf(body);
        photos = List.copyOf(photos);
        boilerplates = List.copyOf(boilerplates);
        contacts = List.copyOf(contacts);
    }

    /** The first line of the headline, as lists and slug lines show it. */
    public String headlineFirstLine() {
        return firstLine(headline);
    }

    /** The first line of a headline (it may hold a deliberate line break), stripped. */
    public static String firstLine(String headline) {
        String h = headline == null ? "" : headline.strip();
        int nl = h.indexOf('\n');
        return nl < 0 ? h : h.substring(0, nl).strip();
    }

    public ReleaseLanguage lang() {
        return ReleaseLanguage.of(language);
    }

    /** A copy with new contacts (ids included), e.g. after the library linked them. */
    public Release withContacts(List<Contact> newContacts) {
        return new Release(language, issuer, label, timing, headline, subheadline, highlights, dateline, body,
                endMark, photos, boilerplates, contactsHeading, newContacts);
    }

    public Release withBoilerplates(List<Boilerplate> newBoilerplates) {
        return new Release(language, issuer, label, timing, headline, subheadline, highlights, dateline, body,
                endMark, photos, newBoilerplates, contactsHeading, contacts);
    }

    public Release withPhotos(List<Photo> newPhotos) {
        return new Release(language, issuer, label, timing, headline, subheadline, highlights, dateline, body,
                endMark, newPhotos, boilerplates, contactsHeading, contacts);
    }

    public Release withHeadline(String newHeadline) {
        return new Release(language, issuer, label, timing, newHeadline, subheadline, highlights, dateline, body,
                endMark, photos, boilerplates, contactsHeading, contacts);
    }

    public Release withBody(List<String> newBody) {
        return new Release(language, issuer, label, timing, headline, subheadline, highlights, dateline, newBody,
                endMark, photos, boilerplates, contactsHeading, contacts);
    }

    /** A new, empty release in the given language; its blank headline must be filled before it validates. */
    public static Release blank(String language) {
        return new Release(language, null, null, ReleaseTiming.IMMEDIATE, "", null, List.of(), null, List.of(),
                null, List.of(), List.of(), null, List.of());
    }
}
