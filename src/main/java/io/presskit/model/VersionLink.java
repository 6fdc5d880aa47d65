package io.presskit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What linking two releases of different languages into one family would do ({@code presskit link FIRST SECOND}):
 * the shared parts the family would have, or the conflicts that stop it, one sentence each. The release linked
 * second takes the first one's photos, contacts, boilerplates and status where it has none of its own, and gives
 * its own where the first has none; where both have some that differ, that is a conflict, reported and never
 * resolved by overwriting. A contact listed in both with the same email is one person, named in both scripts.
 */
public final class VersionLink {
    private VersionLink() {
    }

    /** One of the two releases: its id, its content and its workflow status. */
    public record Side(long id, Release release, WorkflowStatus status) {
    }

    /**
     * The outcome: conflicts (empty when the link may go ahead), the shared parts both versions get (as a release
     * whose photos, contacts, boilerplates and timing are the family's), the family's status, and the directory
     * records to update (a contact or boilerplate of the first release that gains its other script from the second).
     */
    public record Plan(List<String> conflicts, Release shared, WorkflowStatus status, List<Contact> contactUpdates,
                       List<Boilerplate> boilerplateUpdates) {
        public Plan {
            conflicts = List.copyOf(conflicts);
            contactUpdates = List.copyOf(contactUpdates);
            boilerplateUpdates = List.copyOf(boilerplateUpdates);
        }

        public boolean linkable() {
            return conflicts.isEmpty();
        }
    }

    /**
     * @param familyLanguages the languages of the first release's family (its own included)
     */
    public static Plan plan(Side first, List<String> familyLanguages, Side second) {
        List<String> conflicts = new ArrayList<>();
        Release a = first.release();
        Release b = second.release();
        String na = "release " + first.id();
        String nb = "release " + second.id();
        for (String language : familyLanguages) {
            if (language.equalsIgnoreCase(b.language())) {
                conflicts.add(nb + " is in " + b.language() + ", and " + na + (language.equalsIgnoreCase(a.language()) ? " is too"
                        : " already has a version in " + language) + "; a release has one version per language");
            }
        }

        // Photos: from the one that has them; both having different ones is a conflict.
        List<Photo> photos = a.photos();
        if (a.photos().isEmpty()) {
            photos = b.photos();
        } else if (!b.photos().isEmpty() && !SharedParts.samePhotos(a, b)) {
            conflicts.add("both have photos (" + na + " " + count(a.photos().size(), "photo") + ", " + nb + " "
                    + count(b.photos().size(), "photo") + "); remove the photos of one, or make them the same files in the "
                    + "same order with the same credits");
        }

        // Contacts: one person a shared email.
        List<Contact> contacts = a.contacts();
        List<Contact> contactUpdates = new ArrayList<>();
        if (a.contacts().isEmpty()) {
            contacts = b.contacts();
        } else if (!b.contacts().isEmpty()) {
            contacts = mergeContacts(a.contacts(), b.contacts(), na, nb, conflicts, contactUpdates);
        }

        List<Boilerplate> boilerplates = a.boilerplates();
        List<Boilerplate> boilerplateUpdates = new ArrayList<>();
        if (a.boilerplates().isEmpty()) {
            boilerplates = b.boilerplates();
        } else if (!b.boilerplates().isEmpty()) {
            boilerplates = mergeBoilerplates(a.boilerplates(), b.boilerplates(), na, nb, conflicts, boilerplateUpdates);
        }

        if (!SharedParts.sameInstant(a.timing(), b.timing())) {
            conflicts.add(na + " is " + timing(a.timing()) + " and " + nb + " is " + timing(b.timing())
                    + "; give both the same embargo first");
        }

        WorkflowStatus status = first.status();
        if (first.status() != second.status()) {
            boolean takesFirst = second.status() == WorkflowStatus.DRAFT
                    && (first.status() == WorkflowStatus.DRAFT || first.status() == WorkflowStatus.IN_REVIEW);
            if (!takesFirst) {
                conflicts.add(na + " is " + status(first.status()) + " and " + nb + " is " + status(second.status())
                        + (second.status() == WorkflowStatus.DRAFT ? "; a version linked to it would be " + status(first.status())
                        + " unread: send " + na + " back to draft or in review first" : "; give both the same status first"));
            }
        }

        Release shared = new Release(a.language(), a.issuer(), a.label(), a.timing(), a.headline(), a.subheadline(),
                a.highlights(), a.dateline(), a.body(), a.endMark(), photos, boilerplates, a.contactsHeading(), contacts);
        return new Plan(conflicts, shared, status, contactUpdates, boilerplateUpdates);
    }

    private static List<Contact> mergeContacts(List<Contact> as, List<Contact> bs, String na, String nb,
                                               List<String> conflicts, List<Contact> updates) {
        List<Contact> merged = new ArrayList<>();
        List<Contact> unmatched = new ArrayList<>(bs);
        for (Contact c : as) {
            Optional<Contact> twin = unmatched.stream().filter(d -> sharesEmail(c, d)).findFirst();
            if (twin.isEmpty()) {
                conflicts.add("the contacts differ: " + name(c) + " of " + na + " has no email in common with a contact of " + nb
                        + "; list the same people in both (one person is one email), or remove the contacts of one");
                merged.add(c);
                continue;
            }
            unmatched.remove(twin.get());
            Contact d = twin.get();
            if (Objects.equals(c.id(), d.id()) && c.id() != null) {
                merged.add(c);
                continue;
            }
            String[] name = inBothScripts(c.name(), c.otherName(), d.name(), d.otherName());
            String[] org = inBothScripts(c.organization(), c.otherOrganization(), d.organization(), d.otherOrganization());
            String email = c.emails().stream().filter(e -> d.emails().stream().anyMatch(e::equalsIgnoreCase)).findFirst()
                    .orElse("");
            if (name == null) {
                conflicts.add("the contact " + email + " is named " + names(c.name(), c.otherName()) + " in " + na + " and "
                        + names(d.name(), d.otherName()) + " in " + nb + "; name them alike first");
                merged.add(c);
            } else if (org == null) {
                conflicts.add("the contact " + email + " is with " + names(c.organization(), c.otherOrganization()) + " in " + na
                        + " and " + names(d.organization(), d.otherOrganization()) + " in " + nb + "; make them alike first");
                merged.add(c);
            } else {
                Contact m = new Contact(c.id(), org[0], name[0], c.phones(), c.emails(), org[1], name[1]);
                if (!m.sameContent(c)) {
                    updates.add(m);
                }
                merged.add(m);
            }
        }
        for (Contact d : unmatched) {
            conflicts.add("the contacts differ: " + name(d) + " of " + nb + " has no email in common with a contact of " + na
                    + "; list the same people in both (one person is one email), or remove the contacts of one");
        }
        return merged;
    }

    /**
     * The first release's text and its other-script text after taking in the second's: {first, other}; null when they
     * disagree (each has a different text in the same script).
     */
    private static String[] inBothScripts(String first, String firstOther, String second, String secondOther) {
        String aZh = inScript(true, first, firstOther);
        String aEn = inScript(false, first, firstOther);
        String bZh = inScript(true, second, secondOther);
        String bEn = inScript(false, second, secondOther);
        if ((aZh != null && bZh != null && !aZh.equals(bZh)) || (aEn != null && bEn != null && !aEn.equals(bEn))) {
            return null;
        }
        String zh = aZh != null ? aZh : bZh;
        String en = aEn != null ? aEn : bEn;
        String kept = first != null && !first.isBlank() ? first : second;
        if (kept == null || kept.isBlank()) {
            return new String[]{first, firstOther};
        }
        String other = Scripts.isChineseText(kept) ? en : zh;
        return new String[]{kept, other};
    }

    private static String inScript(boolean chinese, String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank() && Scripts.isChineseText(t) == chinese) {
                return t;
            }
        }
        return null;
    }

    private static List<Boilerplate> mergeBoilerplates(List<Boilerplate> as, List<Boilerplate> bs, String na, String nb,
                                                       List<String> conflicts, List<Boilerplate> updates) {
        if (as.size() != bs.size()) {
            conflicts.add("both have \"About\" sections (" + na + " " + count(as.size(), "section") + ", " + nb + " "
                    + count(bs.size(), "section") + "); remove those of one, or give both the same sections in their languages");
            return as;
        }
        List<Boilerplate> merged = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            Boilerplate p = as.get(i);
            Boilerplate q = bs.get(i);
            if (Objects.equals(p.id(), q.id()) && p.id() != null || p.sameContent(q)) {
                merged.add(p);
                continue;
            }
            Map<Boolean, Boilerplate.Printed> pv = versions(p);
            Map<Boolean, Boilerplate.Printed> qv = versions(q);
            boolean clash = false;
            for (boolean chinese : new boolean[]{true, false}) {
                Boilerplate.Printed x = pv.get(chinese);
                Boilerplate.Printed y = qv.get(chinese);
                clash |= x != null && y != null && !(x.title().equals(y.title()) && x.body().equals(y.body()));
            }
            boolean pChinese = Scripts.isChineseText(p.title() + "\n" + String.join("\n", p.body()));
            Boilerplate.Printed otherSide = pv.get(!pChinese) != null ? pv.get(!pChinese) : qv.get(!pChinese);
            if (clash || otherSide == null) {
                conflicts.add("the \"About\" sections differ: \"" + p.title() + "\" of " + na + " and \"" + q.title() + "\" of " + nb
                        + (otherSide == null ? " are in the same language" : " say different things")
                        + "; give both the same sections, each in its language");
                merged.add(p);
                continue;
            }
            Boilerplate m = p.withOtherVersion(otherSide.title(), otherSide.body());
            if (!m.sameContent(p)) {
                updates.add(m);
            }
            merged.add(m);
        }
        return merged;
    }

    /** A boilerplate's versions by script (true: Chinese). */
    private static Map<Boolean, Boilerplate.Printed> versions(Boilerplate b) {
        Map<Boolean, Boilerplate.Printed> out = new java.util.HashMap<>();
        out.put(Scripts.isChineseText(b.title() + "\n" + String.join("\n", b.body())), new Boilerplate.Printed(b.title(), b.body(), false));
        if (b.hasOtherVersion()) {
            String title = b.otherTitle() == null ? "" : b.otherTitle();
            out.putIfAbsent(Scripts.isChineseText(title + "\n" + String.join("\n", b.otherBody())),
                    new Boilerplate.Printed(title, b.otherBody(), false));
        }
        return out;
    }

    private static boolean sharesEmail(Contact c, Contact d) {
        for (String e : c.emails()) {
            for (String f : d.emails()) {
                if (e.strip().toLowerCase(Locale.ROOT).equals(f.strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String name(Contact c) {
        return c.name().isBlank() ? (c.emails().isEmpty() ? "a contact without a name" : c.emails().get(0)) : c.name();
    }

    private static String names(String a, String b) {
        return a == null ? String.valueOf(b) : b == null ? a : a + " / " + b;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String timing(ReleaseTiming t) {
        return t instanceof ReleaseTiming.Embargoed e ? "embargoed until " + e.iso() : "for immediate release";
    }

    private static String status(WorkflowStatus s) {
        return switch (s) {
            case DRAFT -> "a draft";
            case IN_REVIEW -> "in review";
            case APPROVED -> "approved";
            case ISSUED -> "issued";
        };
    }
}
