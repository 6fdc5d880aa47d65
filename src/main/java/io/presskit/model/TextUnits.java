package io.presskit.model;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the library keeps beside a language version's text so that its counterparts in the other versions can be
 * found and a translation that may be stale can be told: a key for each highlight and body paragraph, and for
 * each translatable piece when it last changed and when it was last in line with its counterparts.
 * <p>
 * A paragraph and its counterparts in the other versions share a key (within their field: highlights and body
 * have a key space each); the headline, the sub-headline and a photo's caption are their own counterparts
 * (keys {@code headline}, {@code subheadline}, {@code caption:<file name>}: the versions share their photos).
 * Keys rather than positions, because versions are edited one at a time: a paragraph added or removed in one
 * version leaves its neighbours' counterparts where they are, and the side-by-side view shows the new one next
 * to an empty place in the other version.
 *
 * @param highlightKeys the key of each highlight, in the version's order
 * @param bodyKeys      the key of each body paragraph, in the version's order
 * @param edits         each piece's {@link Edit}, by unit ({@link #unit})
 */
public record TextUnits(List<String> highlightKeys, List<String> bodyKeys, Map<String, Edit> edits) {
    public TextUnits {
        highlightKeys = List.copyOf(highlightKeys);
        bodyKeys = List.copyOf(bodyKeys);
        edits = Map.copyOf(edits);
    }

    /**
     * When a piece was last edited, in two parts, because an edit either says something new or catches up with
     * what a counterpart says, and only the first makes the counterparts stale:
     * <ul>
     *   <li>an edit of a piece that is not stale says something new: {@code changed} and {@code synced} both move to
     *   its time, and every counterpart synced before it may now be stale;</li>
     *   <li>an edit of a stale piece (or the first text of a piece whose counterpart has some) is the translation
     *   catching up: only {@code synced} moves, so the counterpart it followed does not become stale in turn.</li>
     * </ul>
     * A piece is stale when a counterpart {@code changed} after it was {@code synced}.
     *
     * @param changed when the piece last said something new, or null (it only ever followed its counterparts)
     * @param synced  when the piece was last written, new or catching up
     */
    public record Edit(Instant changed, Instant synced) {
        public static Edit at(Instant t) {
            return new Edit(t, t);
        }

        /** Whether a counterpart's edit {@code other} said something new after this piece was last written. */
        public boolean overtakenBy(Edit other) {
            return other != null && other.changed != null && synced != null && other.changed.isAfter(synced);
        }
    }

    /** The fields whose pieces have counterparts. */
    public enum Field {
        HEADLINE("headline"), SUBHEADLINE("subheadline"), HIGHLIGHT("highlights"), BODY("body"), CAPTION("caption");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The name units and the release fields use: {@code highlights}, {@code body} … */
        public String key() {
            return key;
        }
    }

    /** The name of one piece: {@code headline}, {@code body:3}, {@code caption:photo-01.jpg}. */
    public static String unit(Field field, String key) {
        return field == Field.HEADLINE || field == Field.SUBHEADLINE ? field.key() : field.key() + ":" + key;
    }

    /** A photo's key: its file name, the same in every version of a family, without regard to case. */
    public static String photoKey(Photo p) {
        return p.fileName().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Keys 1, 2, 3 … in order, every piece written at {@code at}: a release on its own, or versions just linked or
     * imported together (their pieces in line with one another).
     */
    public static TextUnits positional(Release r, Instant at) {
        Map<String, Edit> edits = new HashMap<>();
        List<String> h = numbered(r.highlights().size());
        List<String> b = numbered(r.body().size());
        everyUnit(r, h, b, (unit, text) -> edits.put(unit, Edit.at(at)));
        return new TextUnits(h, b, edits);
    }

    private static List<String> numbered(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(Integer.toString(i));
        }
        return out;
    }

    /** Whether these keys fit {@code r}: one a highlight and one a paragraph. */
    public boolean fits(Release r) {
        return highlightKeys.size() == r.highlights().size() && bodyKeys.size() == r.body().size();
    }

    /** The key of each piece of the release: every unit and its text. */
    private static void everyUnit(Release r, List<String> h, List<String> b, java.util.function.BiConsumer<String, String> each) {
        each.accept(unit(Field.HEADLINE, null), r.headline());
        each.accept(unit(Field.SUBHEADLINE, null), r.subheadline() == null ? "" : r.subheadline());
        for (int i = 0; i < r.highlights().size(); i++) {
            each.accept(unit(Field.HIGHLIGHT, h.get(i)), r.highlights().get(i));
        }
        for (int i = 0; i < r.body().size(); i++) {
            each.accept(unit(Field.BODY, b.get(i)), r.body().get(i));
        }
        for (Photo p : r.photos()) {
            each.accept(unit(Field.CAPTION, photoKey(p)), p.caption());
        }
    }

    /** Every piece of {@code r} by unit, with its text (these keys must fit it). */
    public Map<String, String> texts(Release r) {
        Map<String, String> out = new LinkedHashMap<>();
        everyUnit(r, highlightKeys, bodyKeys, out::put);
        return out;
    }

    /**
     * The units after a save of {@code saved} whose paragraphs come without keys (the editor, an import into an
     * existing release): each keeps the key of the paragraph it was before. A paragraph unchanged, or moved, keeps
     * its key; one edited in place (where the old and new text differ at the same place between unchanged ones)
     * keeps its key; one added where another version has a paragraph this one lacks becomes that paragraph's
     * counterpart; any other one gets a new key. A piece whose text changed is edited {@code now} ({@link Edit}).
     *
     * @param siblings the keys of the family's other versions, for counterparts and for new keys that no version uses
     */
    public static TextUnits afterSave(Release before, TextUnits units, Release saved, List<TextUnits> siblings, Instant now) {
        List<String> h = rekey(before.highlights(), units.highlightKeys, saved.highlights(),
                siblings.stream().map(TextUnits::highlightKeys).toList());
        List<String> b = rekey(before.body(), units.bodyKeys, saved.body(),
                siblings.stream().map(TextUnits::bodyKeys).toList());
        return units.withTexts(before, saved, h, b, siblings, now);
    }

    /**
     * The units after a save whose paragraphs come with their keys (the side-by-side editor knows each one's
     * counterpart); a null key is a new paragraph, given a key no version uses.
     */
    public static TextUnits afterKeyedSave(Release before, TextUnits units, Release saved, List<String> highlightKeys,
                                           List<String> bodyKeys, List<TextUnits> siblings, Instant now) {
        if (highlightKeys.size() != saved.highlights().size() || bodyKeys.size() != saved.body().size()) {
            throw new IllegalArgumentException("a key for every highlight and paragraph");
        }
        List<String> h = fillNew(highlightKeys, units.highlightKeys, siblings.stream().map(TextUnits::highlightKeys).toList());
        List<String> b = fillNew(bodyKeys, units.bodyKeys, siblings.stream().map(TextUnits::bodyKeys).toList());
        return units.withTexts(before, saved, h, b, siblings, now);
    }

    /**
     * These units' edits carried over to the keys {@code h} and {@code b} of {@code saved}: a piece whose text is
     * what it was keeps its edit; one changed is edited {@code now}, as new text or as catching up ({@link Edit}).
     */
    private TextUnits withTexts(Release before, Release saved, List<String> h, List<String> b, List<TextUnits> siblings,
                                Instant now) {
        Map<String, String> old = fits(before) ? texts(before) : Map.of();
        Map<String, Edit> edits = new HashMap<>();
        everyUnit(saved, h, b, (unit, text) -> {
            Edit was = this.edits.get(unit);
            if (was != null && Objects.equals(old.get(unit), text)) {
                edits.put(unit, was);
                return;
            }
            List<Edit> counterparts = siblings.stream().map(s -> s.edits.get(unit)).filter(Objects::nonNull).toList();
            String oldText = old.get(unit);
            boolean first = was == null || oldText == null || oldText.isBlank();
            boolean catchingUp = first ? !counterparts.isEmpty() && !text.isBlank()
                    : counterparts.stream().anyMatch(was::overtakenBy);
            edits.put(unit, !catchingUp ? Edit.at(now) : new Edit(first ? null : was.changed(), now));
        });
        return new TextUnits(h, b, edits);
    }

    private static List<String> fillNew(List<String> given, List<String> own, List<List<String>> siblings) {
        Set<String> used = new HashSet<>(own);
        siblings.forEach(used::addAll);
        given.stream().filter(Objects::nonNull).forEach(used::add);
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String k : given) {
            // A key given twice would make two paragraphs one another's counterparts' counterpart: the second is new.
            out.add(k != null && seen.add(k) ? k : fresh(used));
        }
        return out;
    }

    /**
     * A key no version of the family uses: one more than the largest number among {@code used}, which takes it
     * (the side-by-side editor's new rows are keyed the same way).
     */
    public static String fresh(Set<String> used) {
        long max = 0;
        for (String k : used) {
            try {
                max = Math.max(max, Long.parseLong(k));
            } catch (NumberFormatException e) {
                // keys are numbers; anything else is left alone
            }
        }
        String k = Long.toString(max + 1);
        used.add(k);
        return k;
    }

    /** The keys of {@code after}'s paragraphs, as the rules of {@link #afterSave} give them. */
    static List<String> rekey(List<String> before, List<String> beforeKeys, List<String> after, List<List<String>> siblings) {
        if (beforeKeys.size() != before.size()) {
            beforeKeys = numbered(before.size()); // no usable keys: positions stand in
        }
        String[] keys = new String[after.size()];
        boolean[] oldTaken = new boolean[before.size()];
        // 1. Unchanged paragraphs, in order (Myers' diff over whole paragraphs).
        Patch<String> patch = DiffUtils.diff(before, after);
        List<int[]> gaps = new ArrayList<>(); // {oldFrom, oldTo, newFrom, newTo}
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int oldPos = d.getSource().getPosition();
            int newPos = d.getTarget().getPosition();
            for (int k = 0; k < oldPos - oldAt; k++) {
                keys[newAt + k] = beforeKeys.get(oldAt + k);
                oldTaken[oldAt + k] = true;
            }
            gaps.add(new int[]{oldPos, oldPos + d.getSource().size(), newPos, newPos + d.getTarget().size()});
            oldAt = oldPos + d.getSource().size();
            newAt = newPos + d.getTarget().size();
        }
        for (int k = 0; k < before.size() - oldAt; k++) {
            keys[newAt + k] = beforeKeys.get(oldAt + k);
            oldTaken[oldAt + k] = true;
        }
        // 2. Moved paragraphs: the same text somewhere else keeps its key.
        for (int[] g : gaps) {
            for (int n = g[2]; n < g[3]; n++) {
                for (int o = 0; o < before.size(); o++) {
                    if (!oldTaken[o] && before.get(o).equals(after.get(n))) {
                        keys[n] = beforeKeys.get(o);
                        oldTaken[o] = true;
                        break;
                    }
                }
            }
        }
        // 3. Edited in place: what is left of a gap on both sides, paired in order.
        for (int[] g : gaps) {
            int o = g[0];
            for (int n = g[2]; n < g[3]; n++) {
                if (keys[n] != null) {
                    continue;
                }
                while (o < g[1] && oldTaken[o]) {
                    o++;
                }
                if (o < g[1]) {
                    keys[n] = beforeKeys.get(o);
                    oldTaken[o++] = true;
                }
            }
        }
        // 4. Added: the counterpart of a paragraph another version has at this place and this one lacks; else new.
        Set<String> used = new HashSet<>();
        for (String k : keys) {
            if (k != null) {
                used.add(k);
            }
        }
        Set<String> all = new HashSet<>(beforeKeys);
        siblings.forEach(all::addAll);
        for (int n = 0; n < keys.length; n++) {
            if (keys[n] != null) {
                continue;
            }
            String previous = null;
            for (int p = n - 1; p >= 0 && previous == null; p--) {
                previous = keys[p];
            }
            String next = null;
            for (int p = n + 1; p < keys.length && next == null; p++) {
                next = keys[p];
            }
            String counterpart = missingBetween(siblings, previous, next, used);
            keys[n] = counterpart != null ? counterpart : fresh(all);
            used.add(keys[n]);
            all.add(keys[n]);
        }
        return List.of(keys);
    }

    /** The first key some sibling has between {@code previous} and {@code next} (null: the start or end) that is not {@code used}. */
    private static String missingBetween(List<List<String>> siblings, String previous, String next, Set<String> used) {
        for (List<String> s : siblings) {
            int from = previous == null ? 0 : s.indexOf(previous) + 1;
            int to = next == null ? s.size() : s.indexOf(next);
            if ((previous != null && from == 0) || to < 0) {
                continue; // this sibling lacks a neighbour: it cannot say what lies between them
            }
            for (int i = from; i < to; i++) {
                if (!used.contains(s.get(i))) {
                    return s.get(i);
                }
            }
        }
        return null;
    }
}
