package io.presskit.library;

import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link Directory} in SQL, and the ordered links from releases to photos and shared records. */
final class SqlDirectory implements Directory {
    /** Names looked up per statement when a release brings contacts without ids (databases cap parameters). */
    private static final int LOOKUP_CHUNK = 500;

    private static final String CONTACT_COLUMNS = "id, organization, name, phones, emails, other_organization, other_name";
    private static final String BOILERPLATE_COLUMNS = "id, title, body, other_title, other_body";

    private final SqlLibrary lib;

    SqlDirectory(SqlLibrary lib) {
        this.lib = lib;
    }

    @Override
    public List<Contact> contacts() throws LibraryException {
        return lib.tx.read(h -> h.createQuery("SELECT " + CONTACT_COLUMNS + " FROM contact ORDER BY lower(name), id").map((rs, ctx) -> contact(rs)).list());
    }

    @Override
    public Contact saveContact(Contact c) throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.contactHardLimits(c, ""));
        return lib.tx.write(h -> {
            if (c.id() == null) {
                return c.withId(insertContact(h, c));
            }
            updateContact(h, c);
            return c;
        });
    }

    /** Inside a transaction: a directory contact's new content; every release listing it counts as edited. */
    void updateContact(Handle h, Contact c) throws LibraryException {
        if (h.createUpdate("UPDATE contact SET organization = :org, name = :name, phones = :phones, emails = :emails, "
                        + "other_organization = :otherOrg, other_name = :otherName, updated_at = :now WHERE id = :id")
                .bind("org", c.organization()).bind("name", c.name()).bind("phones", SqlLibrary.json(c.phones()))
                .bind("emails", SqlLibrary.json(c.emails())).bind("otherOrg", c.otherOrganization())
                .bind("otherName", c.otherName()).bind("now", lib.now()).bind("id", c.id()).execute() != 1) {
            throw new LibraryException("Contact " + c.id() + " is not in the directory.");
        }
        touchReleasesUsing(h, "release_contact", "contact_id", c.id());
    }

    @Override
    public void deleteContact(long id) throws LibraryException {
        lib.tx.write(h -> {
            touchReleasesUsing(h, "release_contact", "contact_id", id);
            unlink(h, "release_contact", "contact_id", id);
            h.createUpdate("DELETE FROM contact WHERE id = :id").bind("id", id).execute();
            return null;
        });
    }

    @Override
    public List<ReleaseSummary> releasesUsingContact(long id) throws LibraryException {
        return lib.releases.using("release_contact", "contact_id", id);
    }

    @Override
    public List<Boilerplate> boilerplates() throws LibraryException {
        return lib.tx.read(h -> h.createQuery("SELECT " + BOILERPLATE_COLUMNS + " FROM boilerplate ORDER BY lower(title), id")
                .map((rs, ctx) -> boilerplate(rs)).list());
    }

    @Override
    public Boilerplate saveBoilerplate(Boilerplate b) throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.boilerplateHardLimits(b, ""));
        return lib.tx.write(h -> {
            if (b.id() == null) {
                return b.withId(insertBoilerplate(h, b));
            }
            updateBoilerplate(h, b);
            return b;
        });
    }

    /** Inside a transaction: a boilerplate's new content; every release linking it counts as edited. */
    void updateBoilerplate(Handle h, Boilerplate b) throws LibraryException {
        if (h.createUpdate("UPDATE boilerplate SET title = :title, body = :body, other_title = :otherTitle, "
                        + "other_body = :otherBody, updated_at = :now WHERE id = :id")
                .bind("title", b.title()).bind("body", SqlLibrary.json(b.body())).bind("otherTitle", b.otherTitle())
                .bind("otherBody", SqlLibrary.json(b.otherBody())).bind("now", lib.now())
                .bind("id", b.id()).execute() != 1) {
            throw new LibraryException("Boilerplate " + b.id() + " is not in the library.");
        }
        touchReleasesUsing(h, "release_boilerplate", "boilerplate_id", b.id());
    }

    @Override
    public void deleteBoilerplate(long id) throws LibraryException {
        lib.tx.write(h -> {
            touchReleasesUsing(h, "release_boilerplate", "boilerplate_id", id);
            unlink(h, "release_boilerplate", "boilerplate_id", id);
            h.createUpdate("DELETE FROM boilerplate WHERE id = :id").bind("id", id).execute();
            return null;
        });
    }

    @Override
    public List<ReleaseSummary> releasesUsingBoilerplate(long id) throws LibraryException {
        return lib.releases.using("release_boilerplate", "boilerplate_id", id);
    }

    // ---------------------------------------------------------------- inside transactions

    /**
     * Writes a release's ordered links: photos (each image must be stored), contacts and boilerplates (a record's
     * own id when it has one, else the directory entry with the same content, else a new entry, so importing a
     * release twice does not duplicate its contacts). {@code lenient}: an id no longer in the directory (a restore
     * of an old revision) is matched by content like a record without one, instead of refused.
     */
    void writeLinks(Handle h, long id, Release r, boolean lenient) throws LibraryException {
        Set<String> present = lib.images.present(h, r.photos().stream().map(Photo::sha256).toList());
        PreparedBatch photos = h.prepareBatch("""
                INSERT INTO release_photo (release_id, position, image_sha256, file_name, caption, credit, alt_text)
                VALUES (:release, :position, :sha, :file, :caption, :credit, :alt)""");
        for (int i = 0; i < r.photos().size(); i++) {
            Photo p = r.photos().get(i);
            if (!present.contains(p.sha256())) {
                throw new LibraryException("photos[" + i + "]: the image of " + p.fileName() + " is not in the library");
            }
            photos.bind("release", id).bind("position", i).bind("sha", p.sha256()).bind("file", p.fileName())
                    .bind("caption", p.caption()).bind("credit", p.credit()).bind("alt", p.altText()).add();
        }
        if (photos.size() > 0) {
            photos.execute();
        }
        insertLinks(h, "release_contact", "contact_id", id, contactIds(h, r.contacts(), lenient));
        insertLinks(h, "release_boilerplate", "boilerplate_id", id, boilerplateIds(h, r.boilerplates(), lenient));
    }

    /** A release's ordered links to shared records, one batch (a bundle may bring 20,000 contacts). */
    private static void insertLinks(Handle h, String table, String column, long releaseId, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO " + table + " (release_id, position, " + column
                + ") VALUES (:release, :position, :target)");
        for (int i = 0; i < ids.size(); i++) {
            batch.bind("release", releaseId).bind("position", i).bind("target", ids.get(i)).add();
        }
        batch.execute();
    }

    private List<Long> contactIds(Handle h, List<Contact> contacts, boolean lenient) throws LibraryException {
        Set<Long> known = existing(h, "contact", contacts.stream().map(Contact::id).toList());
        List<Contact> byContent = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.id() != null && !known.contains(c.id())) {
                if (!lenient) {
                    throw new LibraryException("Contact " + c.id() + " is not in the directory.");
                }
            }
            if (c.id() == null || !known.contains(c.id())) {
                byContent.add(c);
            }
        }
        Map<String, List<Contact>> candidates = new HashMap<>();
        if (!byContent.isEmpty()) {
            lib.dialect.lockDirectory(h);
            List<String> names = new ArrayList<>(new LinkedHashSet<>(byContent.stream().map(Contact::name).toList()));
            for (int i = 0; i < names.size(); i += LOOKUP_CHUNK) {
                h.createQuery("SELECT " + CONTACT_COLUMNS + " FROM contact WHERE name IN (<names>) ORDER BY id")
                        .bindList("names", names.subList(i, Math.min(names.size(), i + LOOKUP_CHUNK)))
                        .map((rs, ctx) -> contact(rs))
                        .forEach(c -> candidates.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.id() != null && known.contains(c.id())) {
                ids.add(c.id());
                continue;
            }
            List<Contact> same = candidates.computeIfAbsent(c.name(), n -> new ArrayList<>());
            Long found = same.stream().filter(s -> s.sameContent(c)).map(Contact::id).findFirst().orElse(null);
            if (found == null) {
                found = insertContact(h, c);
                same.add(c.withId(found));
            }
            ids.add(found);
        }
        return ids;
    }

    private List<Long> boilerplateIds(Handle h, List<Boilerplate> boilerplates, boolean lenient) throws LibraryException {
        Set<Long> known = existing(h, "boilerplate", boilerplates.stream().map(Boilerplate::id).toList());
        List<Long> ids = new ArrayList<>();
        for (Boilerplate b : boilerplates) {
            if (b.id() != null && known.contains(b.id())) {
                ids.add(b.id());
                continue;
            }
            if (b.id() != null && !lenient) {
                throw new LibraryException("Boilerplate " + b.id() + " is not in the library.");
            }
            lib.dialect.lockDirectory(h);
            Long found = h.createQuery("SELECT " + BOILERPLATE_COLUMNS + " FROM boilerplate WHERE title = :title ORDER BY id")
                    .bind("title", b.title()).map((rs, ctx) -> boilerplate(rs)).stream()
                    .filter(s -> s.sameContent(b)).map(Boilerplate::id).findFirst().orElse(null);
            ids.add(found != null ? found : insertBoilerplate(h, b));
        }
        return ids;
    }

    /** Which of {@code ids} (nulls skipped) are rows of {@code table}. */
    private static Set<Long> existing(Handle h, String table, List<Long> ids) {
        List<Long> given = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < given.size(); i += LOOKUP_CHUNK) {
            out.addAll(h.createQuery("SELECT id FROM " + table + " WHERE id IN (<ids>)")
                    .bindList("ids", given.subList(i, Math.min(given.size(), i + LOOKUP_CHUNK))).mapTo(Long.class).list());
        }
        return out;
    }

    long insertContact(Handle h, Contact c) {
        Instant now = lib.now();
        return h.createQuery("INSERT INTO contact (organization, name, phones, emails, other_organization, other_name, "
                        + "created_at, updated_at) VALUES (:org, :name, :phones, :emails, :otherOrg, :otherName, :now, :now) "
                        + "RETURNING id")
                .bind("org", c.organization()).bind("name", c.name()).bind("phones", SqlLibrary.json(c.phones()))
                .bind("emails", SqlLibrary.json(c.emails())).bind("otherOrg", c.otherOrganization())
                .bind("otherName", c.otherName()).bind("now", now).mapTo(Long.class).one();
    }

    long insertBoilerplate(Handle h, Boilerplate b) {
        return h.createQuery("INSERT INTO boilerplate (title, body, other_title, other_body, created_at, updated_at) "
                        + "VALUES (:title, :body, :otherTitle, :otherBody, :now, :now) RETURNING id")
                .bind("title", b.title()).bind("body", SqlLibrary.json(b.body())).bind("otherTitle", b.otherTitle())
                .bind("otherBody", SqlLibrary.json(b.otherBody())).bind("now", lib.now())
                .mapTo(Long.class).one();
    }

    List<Contact> contactsOf(Handle h, long releaseId) {
        return h.createQuery("SELECT c.id, c.organization, c.name, c.phones, c.emails, c.other_organization, c.other_name "
                        + "FROM release_contact l "
                        + "JOIN contact c ON c.id = l.contact_id WHERE l.release_id = :id ORDER BY l.position")
                .bind("id", releaseId).map((rs, ctx) -> contact(rs)).list();
    }

    List<Boilerplate> boilerplatesOf(Handle h, long releaseId) {
        return h.createQuery("SELECT b.id, b.title, b.body, b.other_title, b.other_body FROM release_boilerplate l "
                        + "JOIN boilerplate b ON b.id = l.boilerplate_id WHERE l.release_id = :id ORDER BY l.position")
                .bind("id", releaseId).map((rs, ctx) -> boilerplate(rs)).list();
    }

    /** A shared record changed: the releases showing it count as edited now. */
    private void touchReleasesUsing(Handle h, String linkTable, String column, long id) {
        h.createUpdate("UPDATE release SET updated_at = :now WHERE id IN (SELECT release_id FROM " + linkTable
                + " WHERE " + column + " = :id)").bind("now", lib.now()).bind("id", id).execute();
    }

    /** Removes every link to a shared record and closes the gaps in the order of each release that had one. */
    private static void unlink(Handle h, String linkTable, String column, long id) {
        List<Long> releases = h.createQuery("SELECT DISTINCT release_id FROM " + linkTable + " WHERE " + column + " = :id")
                .bind("id", id).mapTo(Long.class).list();
        h.createUpdate("DELETE FROM " + linkTable + " WHERE " + column + " = :id").bind("id", id).execute();
        if (releases.isEmpty()) {
            return;
        }
        // Renumber 0..n-1 via negative positions, so that no step meets the primary key of another row.
        h.createUpdate("UPDATE " + linkTable + " SET position = -1 - (SELECT count(*) FROM " + linkTable + " o "
                + "WHERE o.release_id = " + linkTable + ".release_id AND o.position < " + linkTable + ".position) "
                + "WHERE release_id IN (<releases>)").bindList("releases", releases).execute();
        h.createUpdate("UPDATE " + linkTable + " SET position = -1 - position WHERE release_id IN (<releases>)")
                .bindList("releases", releases).execute();
    }

    private static Contact contact(java.sql.ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getString("organization"), rs.getString("name"),
                SqlLibrary.strings(rs.getString("phones")), SqlLibrary.strings(rs.getString("emails")),
                rs.getString("other_organization"), rs.getString("other_name"));
    }

    private static Boilerplate boilerplate(java.sql.ResultSet rs) throws SQLException {
        return new Boilerplate(rs.getLong("id"), rs.getString("title"), SqlLibrary.strings(rs.getString("body")),
                rs.getString("other_title"), SqlLibrary.strings(rs.getString("other_body")));
    }
}
