package io.presskit.testing;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Every row of every table of a library, as text (blobs as their SHA-256), read with plain JDBC: two
 * equal dumps mean the library holds exactly the same data.
 */
public final class LibraryDump {
    private LibraryDump() {
    }

    public static String of(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return of(c);
        }
    }

    /** The dump of an SQLite or PostgreSQL library over {@code c}. */
    public static String of(Connection c) throws Exception {
        StringBuilder sb = new StringBuilder();
        boolean sqlite = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite");
        try (Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'release_search_%' ORDER BY name"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                sb.append("== ").append(t).append('\n');
                // by the first two columns (a table of one column, such as release_family, by that one)
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1"
                        + (columns(c, t) > 1 ? ", 2" : ""))) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = md.getColumnType(i) == java.sql.Types.BINARY || md.getColumnType(i) == java.sql.Types.BLOB
                                    || md.getColumnType(i) == java.sql.Types.VARBINARY ? rs.getBytes(i)
                                    : sqlite ? rs.getObject(i) : rs.getString(i);
                            if (v instanceof byte[] b) {
                                v = "blob:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
                            }
                            sb.append(v).append('|');
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int columns(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
            return rs.getMetaData().getColumnCount();
        }
    }

    public static int count(Path db, String table) throws Exception {
        return scalar(db, "SELECT count(*) FROM " + table);
    }

    public static int scalar(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
