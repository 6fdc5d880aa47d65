package io.presskit.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password for a library server, found as libpq finds it (PostgreSQL's JDBC driver reads neither source the
 * way libpq does): {@code PGPASSWORD}, else the password file — {@code PGPASSFILE}, else {@code ~/.pgpass}
 * ({@code %APPDATA%\postgresql\pgpass.conf} on Windows). Each line is {@code host:port:database:user:password};
 * {@code *} matches anything, {@code \:} and {@code \\} are a colon and a backslash, the first matching line wins,
 * and lines starting with {@code #} are comments. On Unix the file is ignored unless only its owner can read it
 * (no group or world permissions), as libpq does, so a password never comes from a file others can read.
 */
final class PgPass {
    private PgPass() {
    }

    /** The password for {@code server}, or empty when neither source has one. */
    static Optional<String> find(LibraryLocation.Server server, Map<String, String> env, Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        Path file = passwordFile(env, home);
        if (file == null || !Files.isRegularFile(file) || !privateToOwner(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            if (matches(f.get(0), server.host()) && matches(f.get(1), Integer.toString(server.port()))
                    && matches(f.get(2), server.database()) && matches(f.get(3), server.user())) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static Path passwordFile(Map<String, String> env, Path home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null ? null : Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : home.resolve(".pgpass");
    }

    /** libpq's rule: on a POSIX file system, no permission for group or others. */
    static boolean privateToOwner(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            for (PosixFilePermission other : List.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE)) {
                if (p.contains(other)) {
                    return false;
                }
            }
            return true;
        } catch (UnsupportedOperationException e) {
            return true; // not POSIX (Windows): the file's ACL guards it
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The fields of one line, with {@code \:} and {@code \\} unescaped. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
