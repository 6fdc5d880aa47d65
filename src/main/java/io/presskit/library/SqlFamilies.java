package io.presskit.library;

import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseRules;
import io.presskit.model.SharedParts;
import io.presskit.model.TextUnits;
import io.presskit.model.VersionLink;
import io.presskit.model.WorkflowStatus;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link Families} in SQL: families are rows of {@code release_family}; the versions' shared parts live in their own rows. */
final class SqlFamilies implements Families {
    private final SqlLibrary lib;

    SqlFamilies(SqlLibrary lib) {
        this.lib = lib;
    }

    @Override
    public List<Version> versions(long id) throws LibraryException {
        return lib.tx.read(h -> versions(h, family(h, id)));
    }

    private List<Version> versions(Handle h, long family) {
        return lib.releases.members(h, family, false).stream()
                .map(m -> new Version(m.id(), language(h, m.id()), m.deleted())).toList();
    }

    private static String language(Handle h, long id) {
        return h.createQuery("SELECT language FROM release WHERE id = :id").bind("id", id).mapTo(String.class).one();
    }

    private static long family(Handle h, long id) throws LibraryException {
        return h.createQuery("SELECT family_id FROM release WHERE id = :id").bind("id", id).mapTo(Long.class).findOne()
                .orElseThrow(() -> SqlLibrary.notInLibrary(id));
    }

    @Override
    public Map<Long, List<Version>> withSeveralVersions() throws LibraryException {
        return lib.tx.read(h -> {
            Map<Long, List<Version>> out = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT r.family_id, r.id, r.language FROM release r
                            WHERE r.deleted_at IS NULL AND r.family_id IN (SELECT family_id FROM release
                                WHERE deleted_at IS NULL GROUP BY family_id HAVING count(*) > 1)
                            ORDER BY r.family_id, r.family_position, r.id""")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), new Version(rs.getLong(2), rs.getString(3), false)))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return out;
        });
    }

    @Override
    public List<VersionText> texts(long id) throws LibraryException {
        return lib.tx.read(h -> {
            List<VersionText> out = new ArrayList<>();
            for (SqlReleases.Member m : lib.releases.members(h, family(h, id), false)) {
                if (m.deleted() && m.id() != id) {
                    continue;
                }
                SqlReleases.Stored s = lib.releases.stored(h, m);
                if (s != null) {
                    out.add(new VersionText(m.id(), m.version(), m.status(), s.release(), s.units()));
                }
            }
            return out;
        });
    }

    @Override
    public long saveVersion(long id, long expectedVersion, Release release, List<String> highlightKeys, List<String> bodyKeys,
                            Collection<PreparedImage> newImages) throws LibraryException {
        SqlLibrary.refuse(ReleaseRules.hardLimits(release));
        if (highlightKeys.size() != release.highlights().size() || bodyKeys.size() != release.body().size()) {
            throw new IllegalArgumentException("a key (or null) for every highlight and paragraph");
        }
        return lib.tx.write(h -> lib.releases.replace(h, id, expectedVersion, release, highlightKeys, bodyKeys, newImages,
                Revision.Event.EDITED, null, false));
    }

    @Override
    public List<Long> insert(List<Release> versions, Collection<PreparedImage> images) throws LibraryException {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a family has at least one version");
        }
        for (Release r : versions) {
            SqlLibrary.refuse(ReleaseRules.hardLimits(r));
        }
        requireOneVersionALanguage(versions.stream().map(Release::language).toList());
        for (Release r : versions.subList(1, versions.size())) {
            if (!SharedParts.same(versions.get(0), r)) {
                throw new IllegalArgumentException("the versions of a family share their photos, contacts, boilerplates and embargo");
            }
        }
        return lib.tx.write(h -> {
            long family = lib.releases.newFamily(h);
            List<Long> ids = new ArrayList<>();
            java.time.Instant now = lib.now();
            for (int i = 0; i < versions.size(); i++) {
                // The first version stores the images and makes the directory entries; the others link to the same ones.
                Release r = i == 0 ? versions.get(0) : SharedParts.of(lib.releases.readRelease(h, ids.get(0)), versions.get(i));
                ids.add(lib.releases.insert(h, r, i == 0 ? images : List.of(), lib.user(), family, i,
                        TextUnits.positional(r, now)));
            }
            return ids;
        });
    }

    private static void requireOneVersionALanguage(List<String> languages) throws LibraryException {
        for (int i = 0; i < languages.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (languages.get(i).equalsIgnoreCase(languages.get(k))) {
                    throw new LibraryException("Two versions are in " + languages.get(i) + "; a release has one version per language.");
                }
            }
        }
    }

    @Override
    public long addVersion(long id, String language) throws LibraryException {
        if (ReleaseLanguage.parse(language).isEmpty()) {
            throw new LibraryException("\"" + language + "\" is not a BCP 47 language tag such as zh-Hant-HK or en-HK.");
        }
        return lib.tx.write(h -> {
            List<SqlReleases.Member> family = lib.releases.lockFamily(h, id);
            for (SqlReleases.Member m : family) {
                String other = language(h, m.id());
                if (other.equalsIgnoreCase(language)) {
                    throw new LibraryException("Release " + id + " has a version in " + language + " already (release "
                            + m.id() + (m.deleted() ? ", in the trash" : "") + ").");
                }
            }
            Release source = lib.releases.readRelease(h, id);
            Dateline dateline = source.dateline() == null || source.dateline().date() == null ? null
                    : new Dateline("", source.dateline().date());
            Release blank = new Release(language, null, null, source.timing(), "", null, List.of(), dateline, List.of(),
                    null, List.of(), List.of(), null, List.of());
            Release version = SharedParts.of(source, blank);
            int position = family.stream().mapToInt(SqlReleases.Member::position).max().orElse(0) + 1;
            long newId = lib.releases.insert(h, version, List.of(), lib.user(), family.get(0).family(), position,
                    TextUnits.positional(version, lib.now()));
            WorkflowStatus status = family.stream().filter(m -> m.id() == id).findFirst().orElseThrow().status();
            if (status != WorkflowStatus.DRAFT) {
                setStatusOf(h, newId, status, "joined the family of release " + id);
            }
            return newId;
        });
    }

    /** Inside a transaction: one version's status, as the family's, with a revision saying why. */
    private void setStatusOf(Handle h, long id, WorkflowStatus status, String note) throws LibraryException {
        h.createUpdate("UPDATE release SET status = :status, updated_at = :now, version = version + 1 WHERE id = :id")
                .bind("status", status.key()).bind("now", lib.now()).bind("id", id).execute();
        lib.history.record(h, id, Revision.Event.STATUS, lib.releases.readRelease(h, id), status, lib.user(), note);
    }

    @Override
    public List<Version> link(long first, long second) throws LibraryException {
        if (first == second) {
            throw new LibraryException("Release " + first + " cannot be linked to itself.");
        }
        return lib.tx.write(h -> {
            List<SqlReleases.Member> family = lib.releases.lockFamily(h, first);
            List<SqlReleases.Member> alone = lib.releases.lockFamily(h, second);
            if (family.get(0).family() == alone.get(0).family()) {
                throw new LibraryException("Releases " + first + " and " + second + " are language versions of one release already.");
            }
            if (alone.size() > 1) {
                throw new LibraryException("Release " + second + " is a language version of another release already (with "
                        + alone.stream().filter(m -> m.id() != second).map(m -> "release " + m.id()).reduce((a, b) -> a + ", " + b)
                        .orElse("") + "); unlink it first (presskit unlink " + second + ").");
            }
            SqlReleases.Member a = family.stream().filter(m -> m.id() == first).findFirst().orElseThrow();
            SqlReleases.Member b = alone.get(0);
            for (SqlReleases.Member m : List.of(a, b)) {
                if (m.deleted()) {
                    throw new LibraryException("Release " + m.id() + " is in the trash; restore it before linking it.");
                }
            }
            Release ra = lib.releases.readRelease(h, first);
            Release rb = lib.releases.readRelease(h, second);
            List<String> languages = new ArrayList<>();
            for (SqlReleases.Member m : family) {
                languages.add(language(h, m.id()));
            }
            VersionLink.Plan plan = VersionLink.plan(new VersionLink.Side(first, ra, a.status()), languages,
                    new VersionLink.Side(second, rb, b.status()));
            if (!plan.linkable()) {
                throw new LinkConflictException(first, second, plan.conflicts());
            }
            // The directory's records learn their other script (one person, one section, in both languages).
            for (Contact c : plan.contactUpdates()) {
                lib.directory.updateContact(h, c);
            }
            for (Boilerplate bp : plan.boilerplateUpdates()) {
                lib.directory.updateBoilerplate(h, bp);
            }
            int position = family.stream().mapToInt(SqlReleases.Member::position).max().orElse(0) + 1;
            h.createUpdate("UPDATE release SET family_id = :family, family_position = :position WHERE id = :id")
                    .bind("family", a.family()).bind("position", position).bind("id", second).execute();
            SqlReleases.collectFamilies(h);
            // Paragraphs become counterparts by position, as a translation is usually written.
            java.time.Instant now = lib.now();
            List<SqlReleases.Member> all = lib.releases.members(h, a.family(), false);
            for (SqlReleases.Member m : all) {
                Release current = lib.releases.readRelease(h, m.id());
                Release shared = SharedParts.of(plan.shared(), current);
                TextUnits units = TextUnits.positional(shared, now);
                boolean content = !shared.equals(current);
                if (content || m.status() != plan.status()) {
                    lib.releases.write(h, m.id(), shared, plan.status(), units, List.of(),
                            content ? Revision.Event.EDITED : Revision.Event.STATUS,
                            content ? null : "linked with release " + (m.id() == second ? first : second), lib.user());
                } else {
                    h.createUpdate("UPDATE release SET text_units = :units WHERE id = :id")
                            .bind("units", TextUnitsJson.write(units)).bind("id", m.id()).execute();
                }
            }
            return versions(h, a.family());
        });
    }

    @Override
    public void unlink(long id) throws LibraryException {
        lib.tx.write(h -> {
            List<SqlReleases.Member> family = lib.releases.lockFamily(h, id);
            if (family.size() < 2) {
                throw new LibraryException("Release " + id + " has no other language versions to be unlinked from.");
            }
            long family2 = lib.releases.newFamily(h);
            // Its own copies of the shared parts are in its rows already: it only leaves the family.
            h.createUpdate("UPDATE release SET family_id = :family, family_position = 0, updated_at = :now, "
                            + "version = version + 1 WHERE id = :id")
                    .bind("family", family2).bind("now", lib.now()).bind("id", id).execute();
            return null;
        });
    }
}
