package io.presskit.model;

import java.util.List;

/**
 * A media contact from the shared directory. {@code id} is the library's, or null for one not yet stored;
 * releases link to contacts so that fixing a phone number fixes it everywhere.
 */
public record Contact(Long id, String organization, String name, List<String> phones, List<String> emails) {
    public Contact {
        organization = Texts.absentIfBlank(organization);
        name = name == null ? "" : name;
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }

    public Contact withId(Long newId) {
        return new Contact(newId, organization, name, phones, emails);
    }

    /** Same printed content, whatever the ids. */
    public boolean sameContent(Contact other) {
        return java.util.Objects.equals(organization, other.organization) && name.equals(other.name)
                && phones.equals(other.phones) && emails.equals(other.emails);
    }
}
