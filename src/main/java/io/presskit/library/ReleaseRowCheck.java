package io.presskit.library;

import io.presskit.model.InvalidReleaseException;
import io.presskit.model.ReleaseRules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What makes a stored release row unreadable, in words, so that one row damaged by hand (a date "yesterday",
 * a body "null": the table's checks let both through) is listed and marked instead of breaking the whole list,
 * and an export of it says what is wrong. The list must stay fast on thousands of releases, so SQLite looks at
 * the JSON columns itself ({@link #COLUMNS}) and no paragraph is parsed for it.
 */
final class ReleaseRowCheck {
    /** Columns added to a query over {@code release r}: the JSON shape of body and highlights. */
    static final String COLUMNS = shape("body") + ", " + shape("highlights");

    private ReleaseRowCheck() {
    }

    private static String shape(String column) {
        String valid = "CASE WHEN json_valid(r." + column + ") THEN r." + column + " ELSE '[]' END";
        return "CASE WHEN json_valid(r." + column + ") THEN json_type(r." + column + ") ELSE 'damaged' END AS "
                + column + "_type, (SELECT count(*) FROM json_each(" + valid + ") WHERE type <> 'text') AS "
                + column + "_other";
    }

    /** The first damage of the row under {@code rs} (selected with {@link #COLUMNS}), or null when it reads. */
    static String damage(ResultSet rs) throws SQLException {
        if (instant(rs.getString("created_at")) == null) {
            return "its creation time " + quoted(rs.getString("created_at")) + " is not a time";
        }
        if (instant(rs.getString("updated_at")) == null) {
            return "its last-edit time " + quoted(rs.getString("updated_at")) + " is not a time";
        }
        String body = list(rs, "body");
        if (body != null) {
            return "its body is " + body + " instead of a list of paragraphs";
        }
        String highlights = list(rs, "highlights");
        if (highlights != null) {
            return "its highlights are " + highlights + " instead of a list of texts";
        }
        if (rs.getString("dateline_place") != null) {
            String date = rs.getString("dateline_date");
            try {
                LocalDate.parse(String.valueOf(date));
            } catch (DateTimeParseException e) {
                return "its dateline date " + quoted(date) + " is not a date";
            }
        }
        String embargo = rs.getString("embargo_until");
        if (embargo != null) {
            try {
                ReleaseRules.parseEmbargo("release.until", embargo);
            } catch (InvalidReleaseException e) {
                return "its embargo time " + quoted(embargo) + " cannot be read";
            }
        }
        return null;
    }

    /** What a JSON list column holds instead of a list of texts, or null when it is one. */
    private static String list(ResultSet rs, String column) throws SQLException {
        String type = rs.getString(column + "_type");
        if (!"array".equals(type)) {
            return switch (String.valueOf(type)) {
                case "null" -> "null";
                case "damaged" -> "damaged (not JSON)";
                case "object" -> "an object";
                case "text" -> "a single text";
                case "integer", "real" -> "a number";
                case "true", "false" -> type;
                default -> "missing";
            };
        }
        return rs.getInt(column + "_other") > 0 ? "a list holding something other than text" : null;
    }

    /** The instant written as ISO text, or null when the text is not one. */
    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String quoted(String s) {
        return s == null ? "(empty)" : "\"" + s + "\"";
    }
}
