package io.presskit.library;

import io.presskit.model.InvalidReleaseException;
import io.presskit.model.ReleaseRules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What makes a stored release row unreadable, in words, so that one row damaged by hand (a date "yesterday",
 * a body "null": the table's checks let both through) is listed and marked instead of breaking the whole list,
 * and an export of it says what is wrong. The list must stay fast on thousands of releases, so SQLite looks at
 * the JSON columns itself ({@link #COLUMNS}) and no paragraph is parsed for it; the items of a list are checked
 * when the release is read.
 */
final class ReleaseRowCheck {
    /**
     * A column added to a query over {@code release r}: the first field SQLite finds wrong, or null. It looks at
     * the first character of body and highlights (a list starts with "["; the table's check keeps the JSON
     * well-formed, the reader checks the items) and at the dateline date; an embargo it leaves to Java.
     */
    static final String COLUMNS = """
            CASE WHEN substr(ltrim(r.body), 1, 1) IS NOT '[' THEN 'body'
                 WHEN substr(ltrim(r.highlights), 1, 1) IS NOT '[' THEN 'highlights'
                 WHEN r.dateline_place IS NOT NULL AND (r.dateline_date IS NULL OR date(r.dateline_date) IS NOT r.dateline_date)
                     THEN 'dateline_date'
                 WHEN r.embargo_until IS NOT NULL THEN 'embargo_until' END AS row_check""";

    private ReleaseRowCheck() {
    }

    /**
     * The first damage of the row under {@code rs} (selected with {@link #COLUMNS}), or null when it reads;
     * {@code created} and {@code updated} are its times as already read (null when they are not times).
     */
    static String damage(ResultSet rs, Instant created, Instant updated) throws SQLException {
        if (created == null) {
            return "its creation time " + quoted(rs.getString("created_at")) + " is not a time";
        }
        if (updated == null) {
            return "its last-edit time " + quoted(rs.getString("updated_at")) + " is not a time";
        }
        String field = rs.getString("row_check");
        if (field == null) {
            return null;
        }
        String value = rs.getString(field);
        return switch (field) {
            case "body" -> "its body is " + notAList(value) + " instead of a list of paragraphs";
            case "highlights" -> "its highlights are " + notAList(value) + " instead of a list of texts";
            case "dateline_date" -> "its dateline date " + quoted(value) + " is not a date";
            default -> {
                try {
                    ReleaseRules.parseEmbargo("release.until", value);
                    yield null;
                } catch (InvalidReleaseException e) {
                    yield "its embargo time " + quoted(value) + " cannot be read";
                }
            }
        };
    }

    /** What a JSON column holds that is not a list, by its first character. */
    private static String notAList(String json) {
        String start = json == null ? "" : json.strip();
        return start.isEmpty() ? "empty" : switch (start.charAt(0)) {
            case 'n' -> "null";
            case '{' -> "an object";
            case '"' -> "a single text";
            case 't', 'f' -> "true or false";
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "a number";
            default -> "damaged (not JSON)";
        };
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
