package io.presskit.library;

import io.presskit.bundle.BundleImporter;
import io.presskit.testing.PostgresServer;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only a team library on a server has: the address, the password, the server's refusals, announcements. */
class TeamLibraryTest {
    @TempDir
    Path tmp;

    private static LibraryStore open(String url, char[] password, Map<String, String> env) throws LibraryException {
        return LibraryStore.open(LibraryLocation.parse(url), Clock.systemUTC(), LibraryStore.Seed.NOTHING, password, env);
    }

    private static String roleWithDatabase(String role, String password) {
        return PostgresServer.roleWithDatabase(role, password);
    }

    @Test
    void anAddressIsReadAndAPasswordInItRefused() throws Exception {
        LibraryLocation.Server s = (LibraryLocation.Server) LibraryLocation.parse("postgresql://db.example.org:5433/press?user=lee");
        assertEquals(List.of("db.example.org", 5433, "press", "lee"), List.of(s.host(), s.port(), s.database(), s.user()));
        assertEquals("database press on db.example.org:5433", s.shown());
        LibraryLocation.Server defaults = (LibraryLocation.Server) LibraryLocation.parse("postgresql://db/press");
        assertEquals(5432, defaults.port());
        assertEquals(System.getProperty("user.name"), defaults.user());
        assertEquals(new LibraryLocation.File(Path.of("lib.db")), LibraryLocation.parse("lib.db"));
        LibraryException secret = assertThrows(LibraryException.class,
                () -> LibraryLocation.parse("postgresql://lee:hunter2@db/press"));
        assertEquals("The library address postgresql://lee:hunter2@db/press cannot be used: give the user as ?user=NAME "
                + "and the password in PGPASSWORD or ~/.pgpass, never in the URL.", secret.getMessage());
        assertThrows(LibraryException.class, () -> LibraryLocation.parse("postgresql://db/press?user=lee&password=x"));
        assertThrows(LibraryException.class, () -> LibraryLocation.parse("postgresql://db:port/press"));
        assertThrows(LibraryException.class, () -> LibraryLocation.parse("postgresql://db/"));
    }

    @Test
    void anUnreachableServerIsOneSentenceOfAKindTheAppCanOfferTheLocalLibraryFor() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        LibraryException e = assertThrows(LibraryException.class,
                () -> open("postgresql://127.0.0.1:" + closed + "/press?user=lee", null, Map.of()));
        assertEquals(LibraryException.Kind.SERVER_UNAVAILABLE, e.kind());
        assertEquals("The library server 127.0.0.1:" + closed + " cannot be reached (connection refused); check the "
                + "address and that the server is running, or work on the local library instead.", e.getMessage());

        LibraryException missing = assertThrows(LibraryException.class,
                () -> open(PostgresServer.url("no_such_library"), null, Map.of()));
        assertEquals(LibraryException.Kind.SERVER_UNAVAILABLE, missing.kind());
        assertEquals("The library server localhost:" + PostgresServer.port() + " has no database no_such_library; create "
                + "it (see the README's team library) or check the name.", missing.getMessage());
    }

    @Test
    void thePasswordComesFromPgpasswordOrAPrivatePgpassAndAWrongOneIsOneSentence() throws Exception {
        String db = roleWithDatabase("officer_lee", "s3cret:pass");
        String url = PostgresServer.url(db, "officer_lee");
        LibraryException none = assertThrows(LibraryException.class, () -> open(url, null, Map.of("PGPASSFILE",
                tmp.resolve("absent").toString())));
        assertEquals(LibraryException.Kind.PASSWORD, none.kind());
        assertEquals("The library server localhost:" + PostgresServer.port() + " refused user officer_lee for database " + db
                + " (wrong or missing password; give it in PGPASSWORD or ~/.pgpass).", none.getMessage());
        LibraryException wrong = assertThrows(LibraryException.class, () -> open(url, "guess".toCharArray(), Map.of()));
        assertEquals(LibraryException.Kind.PASSWORD, wrong.kind());

        open(url, null, Map.of("PGPASSWORD", "s3cret:pass")).close();
        open(url, "s3cret:pass".toCharArray(), Map.of()).close(); // typed in the app's prompt

        Path pgpass = tmp.resolve("pgpass");
        Files.writeString(pgpass, """
                # host:port:database:user:password
                otherhost:*:*:officer_lee:not-this-one
                localhost:%d:%s:officer_lee:s3cret\\:pass
                *:*:*:*:nor-this-one
                """.formatted(PostgresServer.port(), db));
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> env = Map.of("PGPASSFILE", pgpass.toString());
        assertEquals(LibraryException.Kind.PASSWORD, assertThrows(LibraryException.class, () -> open(url, null, env)).kind(),
                "a password file others can read is ignored, as libpq does");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        try (LibraryStore store = open(url, null, env)) {
            assertFalse(store.isNew(), "made by the first open above");
            assertNull(store.file());
            assertEquals(List.of(), store.releases().list());
        }
    }

    @Test
    void aDatabaseOfAnotherProgramOrANewerPresskitIsLeftAlone() throws Exception {
        String other = PostgresServer.newDatabase();
        PostgresServer.execute(other, "CREATE TABLE invoices (id int)");
        LibraryException e = assertThrows(LibraryException.class, () -> open(PostgresServer.url(other), null, Map.of()));
        assertEquals(LibraryException.Kind.NOT_A_LIBRARY, e.kind());
        assertEquals("The database " + other + " on localhost:" + PostgresServer.port() + " holds other tables (invoices) "
                + "and no Presskit library; give Presskit a database of its own.", e.getMessage());

        String newer = PostgresServer.newDatabase();
        open(PostgresServer.url(newer), null, Map.of()).close();
        PostgresServer.execute(newer, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                + "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                + "'V99__future.sql', 0, 'test', 1, true)");
        LibraryException n = assertThrows(LibraryException.class, () -> open(PostgresServer.url(newer), null, Map.of()));
        assertEquals(LibraryException.Kind.NEWER_SCHEMA, n.kind());
    }

    @Test
    void aNewTeamLibraryIsSeededOnceHoweverManyOpenItAtOnce() throws Exception {
        String db = PostgresServer.newDatabase();
        String url = PostgresServer.url(db);
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        LibraryStore.Seed seed = library -> library.releases().insert(sample.release(), sample.images());
        List<java.util.concurrent.CompletableFuture<Boolean>> opens = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opens.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (LibraryStore s = LibraryStore.open(LibraryLocation.parse(url), Clock.systemUTC(), seed, null, Map.of())) {
                    return s.isNew();
                } catch (LibraryException ex) {
                    throw new IllegalStateException(ex);
                }
            }));
        }
        long created = 0;
        for (var f : opens) {
            created += f.get(120, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, created);
        try (LibraryStore s = open(url, null, Map.of())) {
            assertEquals(1, s.releases().list().size());
        }
    }

    @Test
    void othersChangesAreAnnouncedAndOwnOnesAreNot() throws Exception {
        String db = PostgresServer.newDatabase();
        String url = PostgresServer.url(db);
        try (LibraryStore mine = open(url, null, Map.of()); LibraryStore theirs = open(url, null, Map.of())) {
            long id = mine.releases().insert(io.presskit.model.Release.blank("en-US").withHeadline("Draft"), List.of());
            LinkedBlockingQueue<LibraryChange> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable listening = mine.listen(heard::add)) {
                VersionedRelease v = mine.releases().read(id).orElseThrow();
                long saved = mine.releases().save(id, v.version(), v.release().withHeadline("Mine"), List.of());
                long theirVersion = theirs.releases().save(id, saved, v.release().withHeadline("Theirs"), List.of());
                LibraryChange change = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(change, "their save was announced");
                assertEquals(Map.of(id, theirVersion), change.releases(), "their save only, with its version");
                theirs.directory().saveContact(new io.presskit.model.Contact(null, null, "New Person", List.of(), List.of()));
                LibraryChange directory = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(directory);
                assertTrue(directory.directory());
                theirs.releases().delete(id);
                LibraryChange deleted = heard.poll(30, TimeUnit.SECONDS);
                assertNotNull(deleted);
                assertEquals(LibraryChange.DELETED, deleted.releases().get(id));
                assertFalse(heard.stream().anyMatch(c -> c.releases().containsValue(saved)), "my own save was not announced");
            }
        }
    }

    /**
     * The server's types keep most hand edits from damaging a row (a body that is not a list, a date that is not a
     * date); what text columns let through (an embargo time) is listed, marked and named, as on SQLite.
     */
    @Test
    void aRowDamagedByHandOnTheServerIsRefusedOrListedAndMarked() throws Exception {
        String db = PostgresServer.newDatabase();
        try (LibraryStore store = open(PostgresServer.url(db), null, Map.of())) {
            long id = store.releases().insert(io.presskit.model.Release.blank("en-US").withHeadline("Fine"), List.of());
            assertThrows(IllegalStateException.class, () -> PostgresServer.execute(db, "UPDATE release SET body = 'null'"));
            assertThrows(IllegalStateException.class, () -> PostgresServer.execute(db,
                    "UPDATE release SET dateline_place = 'HK', dateline_date = '2026-13-45'"));
            PostgresServer.execute(db, "UPDATE release SET embargo_until = 'yesterday'");
            io.presskit.model.ReleaseSummary s = store.releases().list().get(0);
            assertEquals("its embargo time \"yesterday\" cannot be read", s.damage());
            LibraryException e = assertThrows(LibraryException.class, () -> store.releases().read(id));
            assertEquals("Release " + id + " is damaged in the library: its embargo time \"yesterday\" cannot be read.",
                    e.getMessage());
        }
    }

    /** The README's setup, as an administrator would type it: two officers share one library, each with a login. */
    @Test
    void theReadmesTeamSetupLetsTwoOfficersShareALibrary() throws Exception {
        String db = "team" + ProcessHandle.current().pid();
        PostgresServer.execute("postgres",
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'presskit') THEN CREATE ROLE presskit NOLOGIN; END IF; END $$",
                "CREATE DATABASE " + db + " OWNER presskit ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' TEMPLATE template0");
        PostgresServer.execute(db, "CREATE EXTENSION pg_trgm");
        for (String officer : List.of("officer_a", "officer_b")) {
            PostgresServer.execute("postgres",
                    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + officer + "') THEN CREATE ROLE "
                            + officer + " LOGIN PASSWORD 'pw-" + officer + "' IN ROLE presskit; END IF; END $$",
                    "ALTER ROLE " + officer + " SET role = 'presskit'");
        }
        BundleImporter.ImportedBundle sample = BundleImporter.load(TestBundles.SAMPLE);
        try (LibraryStore a = open(PostgresServer.url(db, "officer_a"), "pw-officer_a".toCharArray(), Map.of())) {
            assertTrue(a.isNew());
            a.releases().insert(sample.release(), sample.images());
        }
        try (LibraryStore b = open(PostgresServer.url(db, "officer_b"), "pw-officer_b".toCharArray(), Map.of())) {
            assertFalse(b.isNew());
            VersionedRelease v = b.releases().read(1).orElseThrow();
            b.releases().save(1, v.version(), v.release().withHeadline("由第二位同事修改"), List.of());
            b.directory().saveContact(new io.presskit.model.Contact(null, null, "New Person", List.of(), List.of()));
            assertEquals(1, b.releases().search("同事").size());
        }
    }

    /** A team library's backup is a library file any Presskit opens: made beside its name, never over a file. */
    @Test
    void aTeamLibrarysBackupIsALibraryFile() throws Exception {
        String db = PostgresServer.newDatabase();
        Path copy = tmp.resolve("team-backup.db");
        io.presskit.cli.CliRunner.Result r = io.presskit.cli.CliRunner.run("backup", "--out", copy.toString(), "--db",
                PostgresServer.url(db));
        assertEquals(0, r.code(), r.err());
        String listed = io.presskit.cli.CliRunner.run("list", "--db", PostgresServer.url(db)).out();
        assertEquals("1\tdraft\t匯聚八百頂尖國際學者推動科研創新\n", listed, "a new team library starts with the sample");
        assertEquals(listed, io.presskit.cli.CliRunner.run("list", "--db", copy.toString()).out());
        io.presskit.cli.CliRunner.Result again = io.presskit.cli.CliRunner.run("backup", "--out", copy.toString(), "--db",
                PostgresServer.url(db));
        assertEquals(1, again.code());
        assertEquals(copy + " already exists; choose a new file name for the backup.\n", again.err());
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(copy), files.filter(f -> f.getFileName().toString().startsWith("team-backup"))
                    .filter(f -> !f.getFileName().toString().endsWith("-wal") && !f.getFileName().toString().endsWith("-shm"))
                    .toList(), "nothing half-made beside it");
        }
    }
}
