package io.presskit.library;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.ReleaseSummary;

import java.util.List;

/**
 * The shared records: the media-contact directory and the boilerplate library. Releases link to them in order,
 * so fixing a phone number fixes it in every release; removing a record removes it from every release and closes
 * the gap in each one's order.
 */
public interface Directory {
    /** The contact directory, by name. */
    List<Contact> contacts() throws LibraryException;

    /** Adds (id null) or updates a contact; every release linking to it changes with it. */
    Contact saveContact(Contact contact) throws LibraryException;

    /** Removes a contact from the directory and from every release that listed it. */
    void deleteContact(long id) throws LibraryException;

    /** The releases that list this contact: shown before a shared record is changed. */
    List<ReleaseSummary> releasesUsingContact(long id) throws LibraryException;

    /** The boilerplate library, by title. */
    List<Boilerplate> boilerplates() throws LibraryException;

    Boilerplate saveBoilerplate(Boilerplate boilerplate) throws LibraryException;

    void deleteBoilerplate(long id) throws LibraryException;

    List<ReleaseSummary> releasesUsingBoilerplate(long id) throws LibraryException;
}
