package io.presskit.app.editor;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;

import java.util.List;

/**
 * The release form as typed, field by field: dates and times as the text in their boxes (which may not be a
 * date yet), lists in order. What the undo history keeps, and what {@link DraftReading} turns into a release.
 */
public record EditorState(String language, String issuer, String label, boolean embargoed, String embargoDate,
                          String embargoTime, String embargoZone, String headline, String subheadline,
                          List<String> highlights, String datelinePlace, String datelineDate, String body,
                          String endMark, String contactsHeading, List<Photo> photos, List<Contact> contacts,
                          List<Boilerplate> boilerplates) {
    public EditorState {
        highlights = List.copyOf(highlights);
        photos = List.copyOf(photos);
        contacts = List.copyOf(contacts);
        boilerplates = List.copyOf(boilerplates);
    }
}
