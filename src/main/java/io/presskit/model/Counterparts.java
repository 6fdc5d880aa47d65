package io.presskit.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language versions of one release side by side: each piece (headline, sub-headline, highlight, paragraph,
 * caption) in a row with its counterparts, in reading order, and whether a piece may be a stale translation
 * (a counterpart was edited after it) or is missing (a counterpart has text, it has none). The side-by-side
 * editor shows these rows; the command line and the editor's marks use {@link Row#stale}.
 */
public final class Counterparts {
    private Counterparts() {
    }

    /** One language version as stored: its release id, its text and its {@link TextUnits}. */
    public record Version(long releaseId, Release release, TextUnits units) {
        public Version {
            if (!units.fits(release)) {
                throw new IllegalArgumentException("the keys do not fit release " + releaseId);
            }
        }

        public String language() {
            return release.language();
        }
    }

    /** A piece of one version: where it is in its list (-1 for the headline and sub-headline), its text, its edit. */
    public record Cell(int index, String text, TextUnits.Edit edit) {
        public boolean blank() {
            return text == null || text.isBlank();
        }
    }

    /**
     * A piece and its counterparts, one cell a version in the versions' order (null where a version has none).
     *
     * @param key the piece's key within its field (null for the headline and sub-headline, the file name for a caption)
     */
    public record Row(TextUnits.Field field, String key, List<Cell> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** {@code headline}, {@code body:3} … as {@link TextUnits#unit} names it. */
        public String unit() {
            return TextUnits.unit(field, key);
        }

        /**
         * Whether version {@code v}'s piece may be a stale translation: it has text, and a counterpart with text said
         * something new after it was last written ({@link TextUnits.Edit}).
         */
        public boolean stale(int v) {
            Cell c = cells.get(v);
            if (c == null || c.blank() || c.edit() == null) {
                return false;
            }
            for (int o = 0; o < cells.size(); o++) {
                Cell other = cells.get(o);
                if (o != v && other != null && !other.blank() && c.edit().overtakenBy(other.edit())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether version {@code v} lacks this piece (or has it blank) while another version has text for it. */
        public boolean missing(int v) {
            Cell c = cells.get(v);
            if (c != null && !c.blank()) {
                return false;
            }
            return cells.stream().anyMatch(o -> o != null && !o.blank());
        }
    }

    /** The rows of the versions, in reading order; the cells of each row in the order of {@code versions}. */
    public static List<Row> rows(List<Version> versions) {
        List<Row> rows = new ArrayList<>();
        rows.add(single(versions, TextUnits.Field.HEADLINE, r -> r.headline()));
        rows.add(single(versions, TextUnits.Field.SUBHEADLINE, r -> r.subheadline() == null ? "" : r.subheadline()));
        rows.addAll(listed(versions, TextUnits.Field.HIGHLIGHT));
        rows.addAll(listed(versions, TextUnits.Field.BODY));
        Map<String, Cell[]> captions = new LinkedHashMap<>();
        for (int v = 0; v < versions.size(); v++) {
            Version version = versions.get(v);
            List<Photo> photos = version.release().photos();
            for (int i = 0; i < photos.size(); i++) {
                String key = TextUnits.photoKey(photos.get(i));
                Cell[] cells = captions.computeIfAbsent(key, k -> new Cell[versions.size()]);
                cells[v] = new Cell(i, photos.get(i).caption(),
                        version.units().edits().get(TextUnits.unit(TextUnits.Field.CAPTION, key)));
            }
        }
        captions.forEach((key, cells) -> rows.add(new Row(TextUnits.Field.CAPTION, key, Arrays.asList(cells))));
        return rows;
    }

    /** The units of version {@code v} (in {@code versions}) that may be stale translations. */
    public static List<String> staleUnits(List<Version> versions, int v) {
        return rows(versions).stream().filter(r -> r.stale(v)).map(Row::unit).toList();
    }

    private static Row single(List<Version> versions, TextUnits.Field field, java.util.function.Function<Release, String> text) {
        List<Cell> cells = new ArrayList<>();
        for (Version v : versions) {
            cells.add(new Cell(-1, text.apply(v.release()), v.units().edits().get(TextUnits.unit(field, null))));
        }
        return new Row(field, null, cells);
    }

    /**
     * The highlights or paragraphs of every version, a row a key: in the first version's order, each key another
     * version adds placed after the key before it in that version.
     */
    private static List<Row> listed(List<Version> versions, TextUnits.Field field) {
        List<String> order = new ArrayList<>();
        for (Version v : versions) {
            List<String> keys = keys(v, field);
            int at = 0;
            for (String k : keys) {
                int found = order.indexOf(k);
                if (found >= 0) {
                    at = found + 1;
                } else {
                    order.add(at++, k);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String key : order) {
            List<Cell> cells = new ArrayList<>();
            for (Version v : versions) {
                int i = keys(v, field).indexOf(key);
                List<String> texts = field == TextUnits.Field.HIGHLIGHT ? v.release().highlights() : v.release().body();
                cells.add(i < 0 ? null : new Cell(i, texts.get(i), v.units().edits().get(TextUnits.unit(field, key))));
            }
            rows.add(new Row(field, key, cells));
        }
        return rows;
    }

    private static List<String> keys(Version v, TextUnits.Field field) {
        return field == TextUnits.Field.HIGHLIGHT ? v.units().highlightKeys() : v.units().bodyKeys();
    }
}
