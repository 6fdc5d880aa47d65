package io.presskit.library;

import io.presskit.model.InvalidReleaseException;
import io.presskit.model.ReleaseRules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What makes a stored release row unreadable, in words, so that one row damaged by hand (a date "yesterday",
 * a body "null": SQLite's checks let both through) is listed and marked instead of breaking the whole list,
 * and an export of it says what is wrong. The list must stay fast on thousands of releases, so the database looks
 * at the row itself ({@link Dialect#rowCheckColumns}) and no paragraph is parsed for it; the items of a list are
 * checked when the release is read.
 */
final class ReleaseRowCheck {
    private ReleaseRowCheck() {
    }

    /**
     * The first damage of the row under {@code rs} (selected with {@link Dialect#rowCheckColumns}), or null when it
     * reads; {@code created} and {@code updated} are its times as already read (null when they are not times).
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
        return switch (field) {
            case "body" -> "its body is " + notAList(rs.getString("body_start")) + " instead of a list of paragraphs";
            case "highlights" -> "its highlights are " + notAList(rs.getString("highlights_start")) + " instead of a list of texts";
            case "dateline_date" -> "its dateline date " + quoted(rs.getString("dateline_text")) + " is not a date";
            default -> {
                String value = rs.getString("embargo_text");
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
