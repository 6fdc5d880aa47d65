package io.presskit.cli;

import io.presskit.testing.Backend;
import io.presskit.testing.PostgresServer;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** presskit status, history and copy, on a library file and on a team library, as cli.md has them. */
class TeamCommandsTest extends OnEachLibraryKind {
    /** Succeeded, and printed nothing to standard error: these commands have no warnings to give. */
    static CliRunner.Result ok(CliRunner.Result r) {
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return r;
    }

    @Test
    void statusChangesCarryWhoAndANoteAndTheHistoryListsThem() {
        assertEquals("1\tin-review\n", ok(CliRunner.run("status", "1", "in-review", "--db", db)).out());
        assertEquals("1\tapproved\n", ok(CliRunner.run("status", "1", "approved", "--by", "陳主任", "--note",
                "數字核對過\n可以發", "--db", db)).out());
        List<String> lines = ok(CliRunner.run("history", "1", "--db", db)).out().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        String user = System.getProperty("user.name");
        List<String> first = List.of(lines.get(0).split("\t"));
        assertEquals(List.of("1", user, "draft", "created"), List.of(first.get(0), first.get(2), first.get(3), first.get(4)));
        assertTrue(first.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), first.get(1));
        List<String> second = List.of(lines.get(1).split("\t"));
        assertEquals(List.of("2", user, "in-review", "status: in-review"),
                List.of(second.get(0), second.get(2), second.get(3), second.get(4)));
        List<String> third = List.of(lines.get(2).split("\t"));
        assertEquals(5, third.size());
        assertEquals(List.of("3", "陳主任", "approved", "status: approved (note: 數字核對過 可以發)"),
                List.of(third.get(0), third.get(2), third.get(3), third.get(4)));
    }

    @Test
    void anIncompleteReleaseIsNotApprovedAndWrongUseIsUsage() throws Exception {
        String id;
        try (io.presskit.library.LibraryStore store = library.open()) {
            id = Long.toString(store.releases().insert(io.presskit.model.Release.blank("en-US"), List.of()));
        }
        CliRunner.Result refused = CliRunner.run("status", id, "approved", "--db", db);
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("Release " + id + " cannot be approved yet: "), refused.err());
        assertEquals(1, refused.err().lines().count());
        assertEquals(2, CliRunner.run("status", "1", "published", "--db", db).code());
        assertEquals(2, CliRunner.run("status", "1", "--db", db).code());
        assertEquals(2, CliRunner.run("history", "--db", db).code());
        CliRunner.Result missing = CliRunner.run("history", "42", "--db", db);
        assertEquals(1, missing.code());
        assertEquals("Release 42 is not in the library.\n", missing.err());
    }

    @Test
    void copyMovesTheWholeLibraryToTheOtherKindAndRefusesAFullOne() throws Exception {
        ok(CliRunner.run("status", "1", "in-review", "--by", "Editor Wong", "--db", db));
        Backend other = backend == Backend.SQLITE ? Backend.POSTGRES : Backend.SQLITE;
        Backend.TestLibrary target = other.fresh(tmp.resolve("copy"));
        java.nio.file.Files.createDirectories(tmp.resolve("copy"));
        CliRunner.Result r = ok(CliRunner.run("copy", "--to", target.db(), "--db", db));
        assertEquals("Copied 1 releases, 9 photos (9 images), 2 contacts, 1 boilerplates, 2 revisions into "
                + target.location().shown() + ".\n", r.out());
        assertEquals(CliRunner.run("list", "--db", db).out(), ok(CliRunner.run("list", "--db", target.db())).out());
        assertEquals(CliRunner.run("history", "1", "--db", db).out(), ok(CliRunner.run("history", "1", "--db", target.db())).out());
        for (String t : List.of("image", "image_rendition", "release_photo", "release_revision", "release_snapshot")) {
            assertEquals(library.count(t), target.count(t), t);
        }
        CliRunner.Result again = CliRunner.run("copy", "--to", target.db(), "--db", db);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals(2, CliRunner.run("copy", "--db", db).code());
    }

    @Test
    void anUnreachableServerIsOneSentence() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRunner.Result r = CliRunner.run(Map.of("PRESSKIT_DB", "postgresql://127.0.0.1:" + closed + "/press?user=lee"), "list");
        assertEquals(1, r.code());
        assertEquals("The library server 127.0.0.1:" + closed + " cannot be reached (connection refused); check the "
                + "address and that the server is running, or work on the local library instead.\n", r.err());
        assertEquals("", r.out());
        CliRunner.Result copy = CliRunner.run("copy", "--to", "postgresql://127.0.0.1:" + closed + "/press", "--db", db);
        assertEquals(1, copy.code());
        assertEquals(1, copy.err().lines().count());
        assertTrue(PostgresServer.port() > 0);
    }
}
