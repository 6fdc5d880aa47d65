package io.presskit.app.versions;

import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.TextUnits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A side-by-side save that met someone else's save of the same version: both are kept, piece by piece. Against the
 * version both started from, a piece only they changed is theirs, a piece this side changed is this side's (where
 * both changed it, theirs stays in the release's history as their revision); pieces added on either side are kept
 * in their places, one removed on either side stays removed unless the other side changed it. Everything the
 * side-by-side editor does not edit (label, embargo, photos, contacts …) is as they stored it.
 */
final class VersionMerge {
    /** A version's release with the keys of its highlights and paragraphs, in order. */
    record Keyed(Release release, List<String> highlightKeys, List<String> bodyKeys) {
    }

    private VersionMerge() {
    }

    static Keyed merge(Keyed base, Keyed mine, Keyed theirs) {
        Release b = base.release();
        Release m = mine.release();
        Release t = theirs.release();
        String headline = pick(b.headline(), m.headline(), t.headline());
        String sub = pick(blankless(b.subheadline()), blankless(m.subheadline()), blankless(t.subheadline()));
        Pieces highlights = pieces(base.highlightKeys(), b.highlights(), mine.highlightKeys(), m.highlights(),
                theirs.highlightKeys(), t.highlights());
        Pieces body = pieces(base.bodyKeys(), b.body(), mine.bodyKeys(), m.body(), theirs.bodyKeys(), t.body());
        Map<String, String> baseCaptions = captions(b);
        Map<String, String> myCaptions = captions(m);
        List<Photo> photos = new ArrayList<>();
        for (Photo p : t.photos()) {
            String key = TextUnits.photoKey(p);
            String caption = pick(baseCaptions.get(key), myCaptions.get(key), p.caption());
            photos.add(p.withText(caption == null ? p.caption() : caption, p.credit(), p.altText()));
        }
        Release merged = new Release(t.language(), t.issuer(), t.label(), t.timing(), headline,
                sub == null || sub.isEmpty() ? null : sub, highlights.texts(), t.dateline(), body.texts(), t.endMark(),
                photos, t.boilerplates(), t.contactsHeading(), t.contacts());
        return new Keyed(merged, highlights.keys(), body.keys());
    }

    /** Theirs where this side left the piece as it was, else this side's (null: the piece is not there). */
    private static String pick(String base, String mine, String theirs) {
        return Objects.equals(mine, base) ? theirs : mine;
    }

    private static String blankless(String s) {
        return s == null ? "" : s;
    }

    private record Pieces(List<String> keys, List<String> texts) {
    }

    private static Pieces pieces(List<String> baseKeys, List<String> baseTexts, List<String> myKeys,
                                 List<String> myTexts, List<String> theirKeys, List<String> theirTexts) {
        Map<String, String> base = byKey(baseKeys, baseTexts);
        Map<String, String> mine = byKey(myKeys, myTexts);
        Map<String, String> theirs = byKey(theirKeys, theirTexts);
        // their order, with the pieces only this side has placed after the piece before them on this side
        List<String> order = new ArrayList<>(theirKeys);
        String previous = null;
        for (String k : myKeys) {
            if (!order.contains(k)) {
                order.add(previous == null ? 0 : order.indexOf(previous) + 1, k);
            }
            previous = k;
        }
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String k : order) {
            String was = base.get(k);
            String text = mine.get(k) == null && was != null && !Objects.equals(theirs.get(k), was)
                    ? theirs.get(k) // removed here, changed there: their change is kept
                    : pick(was, mine.get(k), theirs.get(k));
            if (text != null && !text.isBlank()) {
                keys.add(k);
                texts.add(text);
            }
        }
        return new Pieces(keys, texts);
    }

    private static Map<String, String> byKey(List<String> keys, List<String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), texts.get(i));
        }
        return out;
    }

    private static Map<String, String> captions(Release r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Photo p : r.photos()) {
            out.put(TextUnits.photoKey(p), p.caption());
        }
        return out;
    }
}
