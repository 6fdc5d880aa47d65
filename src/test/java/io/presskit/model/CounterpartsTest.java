package io.presskit.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paragraphs keep their counterparts across edits of one version (unchanged, edited in place, moved, added,
 * removed), and a piece edited after its counterpart marks the counterpart as possibly stale.
 */
class CounterpartsTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2024-01-02T00:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-03T00:00:00Z");

    private static Release release(String lang, String headline, List<String> highlights, List<String> body) {
        return new Release(lang, null, null, null, headline, null, highlights, null, body, null, List.of(), List.of(),
                null, List.of());
    }

    private static Release zh(List<String> body) {
        return release("zh-Hant-HK", "標題", List.of("要點一"), body);
    }

    private static Release en(List<String> body) {
        return release("en-HK", "Headline", List.of("Point one"), body);
    }

    @Test
    void paragraphsKeepTheirKeysThroughEdits() {
        List<String> before = List.of("A", "B", "C", "D");
        List<String> keys = List.of("1", "2", "3", "4");
        // unchanged
        assertEquals(keys, TextUnits.rekey(before, keys, before, List.of()));
        // edited in place
        assertEquals(keys, TextUnits.rekey(before, keys, List.of("A", "B2", "C", "D"), List.of()));
        // added between B and C: a key no version uses
        assertEquals(List.of("1", "2", "5", "3", "4"), TextUnits.rekey(before, keys, List.of("A", "B", "N", "C", "D"), List.of()));
        assertEquals(List.of("1", "2", "9", "3", "4"),
                TextUnits.rekey(before, keys, List.of("A", "B", "N", "C", "D"), List.of(List.of("1", "8"))), "nor a sibling");
        // removed
        assertEquals(List.of("1", "3", "4"), TextUnits.rekey(before, keys, List.of("A", "C", "D"), List.of()));
        // moved: D first keeps its key
        assertEquals(List.of("4", "1", "2", "3"), TextUnits.rekey(before, keys, List.of("D", "A", "B", "C"), List.of()));
        // split with Enter: the first half keeps the key, the second is new
        assertEquals(List.of("1", "2", "3", "5", "4"), TextUnits.rekey(before, keys, List.of("A", "B", "C1", "C2", "D"), List.of()));
        // no usable keys (a row written by an older Presskit): positions stand in
        assertEquals(List.of("1", "2", "3"), TextUnits.rekey(List.of("A", "B", "C"), List.of(), List.of("A", "B", "C"), List.of()));
    }

    @Test
    void aParagraphAddedWhereAnotherVersionHasOneThisLacksBecomesItsCounterpart() {
        // zh has paragraphs 1 2 3; en translated 1 and 3 so far.
        List<String> zhKeys = List.of("1", "2", "3");
        List<String> enBefore = List.of("a", "c");
        List<String> enKeys = List.of("1", "3");
        assertEquals(List.of("1", "2", "3"), TextUnits.rekey(enBefore, enKeys, List.of("a", "b", "c"), List.of(zhKeys)));
        // Added after the end: zh has nothing there this lacks, so a new key.
        assertEquals(List.of("1", "3", "4"), TextUnits.rekey(enBefore, enKeys, List.of("a", "c", "d"), List.of(zhKeys)));
        // A new version with no text yet: its first paragraphs become the counterparts of the other's, in order.
        assertEquals(List.of("1", "2"), TextUnits.rekey(List.of(), List.of(), List.of("a", "b"), List.of(zhKeys)));
    }

    @Test
    void aPieceEditedAfterItsCounterpartMarksTheCounterpartStale() {
        Release zh0 = zh(List.of("甲", "乙"));
        Release en0 = en(List.of("A", "B"));
        TextUnits zhUnits = TextUnits.positional(zh0, T0);
        TextUnits enUnits = TextUnits.positional(en0, T0);
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh0, zhUnits, en0, enUnits), 0));
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh0, zhUnits, en0, enUnits), 1));

        // The Chinese second paragraph is edited: its English counterpart may be stale, nothing else.
        Release zh1 = zh(List.of("甲", "乙（修訂）"));
        TextUnits zhUnits1 = TextUnits.afterSave(zh0, zhUnits, zh1, List.of(enUnits), T1);
        assertEquals(zhUnits.bodyKeys(), zhUnits1.bodyKeys());
        assertEquals(TextUnits.Edit.at(T1), zhUnits1.edits().get("body:2"));
        assertEquals(TextUnits.Edit.at(T0), zhUnits1.edits().get("body:1"), "an unchanged paragraph keeps its edit");
        assertEquals(List.of("body:2"), Counterparts.staleUnits(versions(zh1, zhUnits1, en0, enUnits), 1));
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh1, zhUnits1, en0, enUnits), 0));

        // The English one is brought up to date: nothing stale any more (the Chinese one is not stale in turn: the
        // English edit caught up with it, it said nothing new).
        Release en1 = en(List.of("A", "B (revised)"));
        TextUnits enUnits1 = TextUnits.afterSave(en0, enUnits, en1, List.of(zhUnits1), T2);
        assertEquals(new TextUnits.Edit(T0, T2), enUnits1.edits().get("body:2"));
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh1, zhUnits1, en1, enUnits1), 1));
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh1, zhUnits1, en1, enUnits1), 0));

        // An English edit that is not catching up says something new: now the Chinese paragraph may be stale.
        Release en2 = en(List.of("A (typo fixed)", "B (revised)"));
        TextUnits enUnits2 = TextUnits.afterSave(en1, enUnits1, en2, List.of(zhUnits1), T2.plusSeconds(30));
        assertEquals(List.of("body:1"), Counterparts.staleUnits(versions(zh1, zhUnits1, en2, enUnits2), 0));
        assertEquals(List.of(), Counterparts.staleUnits(versions(zh1, zhUnits1, en2, enUnits2), 1));
        enUnits1 = TextUnits.afterSave(en2, enUnits2, en1, List.of(zhUnits1), T2.plusSeconds(40));
        en1 = en(List.of("A", "B (revised)"));

        // The headline and a caption are pieces too.
        Release zh2 = new Release("zh-Hant-HK", null, null, null, "新標題", null, zh1.highlights(), null, zh1.body(), null,
                List.of(), List.of(), null, List.of());
        TextUnits zhUnits2 = TextUnits.afterSave(zh1, zhUnits1, zh2, List.of(enUnits1), T2.plusSeconds(60));
        assertEquals(List.of("headline"), Counterparts.staleUnits(versions(zh2, zhUnits2, en1, enUnits1), 1));
    }

    @Test
    void rowsAlignCounterpartsAndShowWhatIsMissing() {
        Release zh = zh(List.of("甲", "乙", "丙"));
        TextUnits zhUnits = timed(zh, List.of("1"), List.of("1", "2", "3"), T0);
        Release en = en(List.of("A", "C", "X"));
        TextUnits enUnits = timed(en, List.of("1"), List.of("1", "3", "4"), T0);
        List<Counterparts.Row> rows = Counterparts.rows(versions(zh, zhUnits, en, enUnits));
        List<String> shown = new ArrayList<>();
        for (Counterparts.Row r : rows) {
            shown.add(r.unit() + " " + text(r, 0) + "|" + text(r, 1));
        }
        assertEquals(List.of("headline 標題|Headline", "subheadline |", "highlights:1 要點一|Point one",
                "body:1 甲|A", "body:2 乙|-", "body:3 丙|C", "body:4 -|X"), shown);
        Counterparts.Row two = rows.get(4);
        assertTrue(two.missing(1));
        assertFalse(two.missing(0));
        assertFalse(two.stale(0), "a missing counterpart is not an edit after this one");
        assertNull(two.cells().get(1));
        assertEquals(1, rows.get(5).cells().get(1).index(), "where the English counterpart is in its own list");
        assertFalse(rows.get(1).missing(0), "both blank: nothing is missing");
    }

    @Test
    void theSideBySideEditorSavesWithKeys() {
        Release en0 = en(List.of("A", "C"));
        TextUnits enUnits = timed(en0, List.of("1"), List.of("1", "3"), T0);
        // Typed into the empty place beside the Chinese paragraph 2: the editor says so.
        Release en1 = en(List.of("A", "B", "C"));
        TextUnits after = TextUnits.afterKeyedSave(en0, enUnits, en1, List.of("1"), java.util.Arrays.asList("1", "2", "3"),
                List.of(timed(zh(List.of("甲", "乙", "丙")), List.of("1"), List.of("1", "2", "3"), T0)), T1);
        assertEquals(List.of("1", "2", "3"), after.bodyKeys());
        assertEquals(new TextUnits.Edit(null, T1), after.edits().get("body:2"), "a first translation only follows");
        assertEquals(TextUnits.Edit.at(T0), after.edits().get("body:3"));
        // A new paragraph with no counterpart yet (null key): a key no version uses.
        TextUnits added = TextUnits.afterKeyedSave(en1, after, en(List.of("A", "B", "C", "D")), List.of("1"),
                java.util.Arrays.asList("1", "2", "3", null), List.of(new TextUnits(List.of("1"), List.of("1", "2", "3", "7"),
                        java.util.Map.of())), T2);
        assertEquals(List.of("1", "2", "3", "8"), added.bodyKeys());
    }

    /** Units with these keys, every piece written at {@code at}. */
    private static TextUnits timed(Release r, List<String> highlightKeys, List<String> bodyKeys, Instant at) {
        java.util.Map<String, TextUnits.Edit> edits = new java.util.HashMap<>();
        new TextUnits(highlightKeys, bodyKeys, java.util.Map.of()).texts(r).keySet().forEach(u -> edits.put(u, TextUnits.Edit.at(at)));
        return new TextUnits(highlightKeys, bodyKeys, edits);
    }

    private static String text(Counterparts.Row r, int v) {
        Counterparts.Cell c = r.cells().get(v);
        return c == null ? "-" : c.text();
    }

    private static List<Counterparts.Version> versions(Release zh, TextUnits zhUnits, Release en, TextUnits enUnits) {
        return List.of(new Counterparts.Version(1, zh, zhUnits), new Counterparts.Version(2, en, enUnits));
    }
}
