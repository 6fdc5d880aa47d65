package io.presskit.library;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a library lives: an SQLite file (the single-user default) or a database on a PostgreSQL server (a team
 * library), written {@code postgresql://HOST[:PORT]/DB?user=NAME}. The password is never part of it: it comes
 * from {@code PGPASSWORD}, {@code ~/.pgpass} or the app's prompt, and is never written anywhere.
 */
public sealed interface LibraryLocation {
    String SCHEME = "postgresql://";

    /** How sentences name the library: the file, or {@code database DB on HOST:PORT}. */
    String shown();

    record File(Path path) implements LibraryLocation {
        @Override
        public String shown() {
            return path.toAbsolutePath().toString();
        }
    }

    /**
     * @param user the role to log in as; the system user's name when the URL names none, as libpq does
     */
    record Server(String host, int port, String database, String user) implements LibraryLocation {
        public static final int DEFAULT_PORT = 5432;

        @Override
        public String shown() {
            return "database " + database + " on " + hostAndPort();
        }

        public String hostAndPort() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        /** The URL as given (without a password, which never is in one). */
        public String url() {
            return SCHEME + hostAndPort() + "/" + database + "?user=" + user;
        }

        /** The JDBC URL for PostgreSQL's driver; credentials travel as properties, not in it. */
        String jdbcUrl() {
            return "jdbc:postgresql://" + hostAndPort() + "/" + database;
        }
    }

    /**
     * Reads a {@code --db} value: a {@code postgresql://} URL, else a file path. A URL that cannot be read is one
     * sentence saying what is wrong with it; a password in it is refused, so that it never lands in a shell's
     * history or a settings file.
     */
    static LibraryLocation parse(String text) throws LibraryException {
        if (text == null || !text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return new File(Path.of(text));
        }
        String rest = text.substring(SCHEME.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw bad(text, "it names no server and database (postgresql://HOST[:PORT]/DB?user=NAME)");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        if (authority.contains("@")) {
            throw bad(text, "give the user as ?user=NAME and the password in PGPASSWORD or ~/.pgpass, never in the URL");
        }
        String host = authority;
        int port = Server.DEFAULT_PORT;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']') < colon) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw bad(text, "its port \"" + authority.substring(colon + 1) + "\" is not a number");
            }
            if (port < 1 || port > 65535) {
                throw bad(text, "its port " + port + " is not between 1 and 65535");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw bad(text, "it names no server");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        if (params.containsKey("password")) {
            throw bad(text, "a password never goes in the URL: put it in PGPASSWORD or ~/.pgpass");
        }
        for (String k : params.keySet()) {
            if (!k.equals("user")) {
                throw bad(text, "it has the parameter \"" + k + "\"; only user=NAME is read");
            }
        }
        String user = Optional.ofNullable(params.get("user")).filter(u -> !u.isBlank())
                .orElse(System.getProperty("user.name", "postgres"));
        return new Server(host, port, database, user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static LibraryException bad(String text, String why) {
        return new LibraryException("The library address " + text + " cannot be used: " + why + ".");
    }
}
