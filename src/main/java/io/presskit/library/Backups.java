package io.presskit.library;

import io.presskit.files.OutputFile;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Copies of the library made with SQLite's online backup (consistent while the library is in use),
 * named {@code library.db.backup-<when>[-<why>]} beside it.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    static Path beforeMigration(Path library, int fromVersion) {
        return library.resolveSibling(library.getFileName() + ".backup-" + STAMP.format(LocalDateTime.now())
                + "-schema" + fromVersion);
    }

    /**
     * Backs up the open connection's database to {@code target}, which must not exist yet, with the driver's
     * backup API: the file name travels as a name, never inside SQL, so no character in it can send the copy
     * elsewhere. Written beside the target and put in place only when complete.
     */
    static void backup(Connection conn, Path target) throws SQLException, IOException {
        try (OutputFile out = OutputFile.beside(target, ".db", false)) {
            int rc = conn.unwrap(SQLiteConnection.class).getDatabase().backup("main", out.temp().toString(), null);
            if (rc != 0) {
                throw new SQLException("the backup stopped with SQLite result code " + rc);
            }
            out.placeNew();
        }
    }

    /** Backups of {@code library}, newest first. */
    public static List<Path> list(Path library) {
        List<Path> out = new ArrayList<>();
        Path dir = library.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        String prefix = library.getFileName() + ".backup-";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && !n.endsWith(".part");
        })) {
            s.forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return out;
    }

    static Optional<Path> newest(Path library) {
        return list(library).stream().findFirst();
    }
}
