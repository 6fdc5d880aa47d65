package io.presskit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A media contact from the shared directory. {@code id} is the library's, or null for one not yet stored;
 * releases link to contacts so that fixing a phone number fixes it everywhere.
 * <p>
 * A contact may be named in both scripts, because the language versions of a release list the same people: the
 * name and organisation as first typed, and optionally the same in the other script ({@code 張麗蘭} and
 * {@code Ms Julia Cheung}). Which one is Chinese is read from the text itself, so it does not matter which was
 * typed first; {@link #printedIn} picks the one a version prints.
 *
 * @param otherOrganization the organisation in the other script, or null
 * @param otherName         the name in the other script, or null
 */
public record Contact(Long id, String organization, String name, List<String> phones, List<String> emails,
                      String otherOrganization, String otherName) {
    public Contact {
        organization = Texts.absentIfBlank(organization);
        name = name == null ? "" : name;
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        otherOrganization = Texts.absentIfBlank(otherOrganization);
        otherName = Texts.absentIfBlank(otherName);
    }

    /** A contact named in one script only. */
    public Contact(Long id, String organization, String name, List<String> phones, List<String> emails) {
        this(id, organization, name, phones, emails, null, null);
    }

    public Contact withId(Long newId) {
        return new Contact(newId, organization, name, phones, emails, otherOrganization, otherName);
    }

    /** A copy named in the other script too (null leaves a part out). */
    public Contact withOtherScript(String newOtherOrganization, String newOtherName) {
        return new Contact(id, organization, name, phones, emails, newOtherOrganization, newOtherName);
    }

    /** Same printed content, whatever the ids. */
    public boolean sameContent(Contact other) {
        return Objects.equals(organization, other.organization) && name.equals(other.name)
                && phones.equals(other.phones) && emails.equals(other.emails)
                && Objects.equals(otherOrganization, other.otherOrganization) && Objects.equals(otherName, other.otherName);
    }

    /**
     * The contact as a version in {@code language} prints it: the name and the organisation each in that
     * language's script when the contact has it, else the one it has.
     *
     * @param fallbacks the parts printed in the other script for want of one in the version's ("name",
     *                  "organization"): a kit warns about each
     */
    public record Printed(String organization, String name, List<String> fallbacks) {
        public Printed {
            fallbacks = List.copyOf(fallbacks);
        }
    }

    public Printed printedIn(ReleaseLanguage language) {
        List<String> fallbacks = new ArrayList<>();
        String org = ScriptPair.pick(organization, otherOrganization, language, "organization", fallbacks);
        String n = ScriptPair.pick(name.isBlank() ? null : name, otherName, language, "name", fallbacks);
        return new Printed(org, n == null ? "" : n, fallbacks);
    }
}
