package io.presskit.app.directory;

import io.presskit.app.editor.ParagraphText;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.model.Contact;
import io.presskit.model.Problem;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The shared media-contact directory. Phones and emails are edited one per line. */
public final class ContactDirectoryViewModel extends SharedRecordsViewModel<Contact> {
    public final StringProperty organization = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty phones = new SimpleStringProperty("");
    public final StringProperty emails = new SimpleStringProperty("");

    public ContactDirectoryViewModel(LibraryStore store, Background background) {
        super(store, background);
        watch(organization, name, phones, emails);
    }

    @Override
    protected List<Contact> loadAll() throws Exception {
        return store.directory().contacts();
    }

    @Override
    protected Contact saveRecord(Contact c) throws Exception {
        return store.directory().saveContact(c);
    }

    @Override
    protected void deleteRecord(long id) throws Exception {
        store.directory().deleteContact(id);
    }

    @Override
    protected List<ReleaseSummary> releasesUsing(long id) throws Exception {
        return store.directory().releasesUsingContact(id);
    }

    @Override
    protected Long id(Contact c) {
        return c.id();
    }

    @Override
    protected boolean matches(Contact c, String q) {
        return c.name().toLowerCase().contains(q)
                || (c.organization() != null && c.organization().toLowerCase().contains(q))
                || c.emails().stream().anyMatch(e -> e.toLowerCase().contains(q))
                || c.phones().stream().anyMatch(p -> p.contains(q));
    }

    @Override
    protected Contact fromForm(Long id) {
        return new Contact(id, blankToNull(organization.get()), name.get().strip(), lines(phones.get()), lines(emails.get()));
    }

    @Override
    protected void fillForm(Contact c) {
        organization.set(c == null || c.organization() == null ? "" : c.organization());
        name.set(c == null ? "" : c.name());
        phones.set(c == null ? "" : ParagraphText.joinLines(c.phones()));
        emails.set(c == null ? "" : ParagraphText.joinLines(c.emails()));
    }

    @Override
    protected List<Problem> validate(Contact c) {
        return ReleaseRules.validateContact(c, "");
    }

    @Override
    protected List<Problem> hardLimits(Contact c) {
        return ReleaseRules.contactHardLimits(c, "");
    }

    @Override
    protected boolean isBlank(Contact c) {
        return c.organization() == null && c.name().isBlank() && c.phones().isEmpty() && c.emails().isEmpty();
    }
}
