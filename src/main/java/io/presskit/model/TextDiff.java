package io.presskit.model;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two texts as runs kept, removed and added: character by character for Chinese (every
 * Han character, kana and full-width punctuation mark is a token of its own), word by word for English (a word,
 * a run of spaces, a punctuation mark). Myers' algorithm from java-diff-utils over those tokens, so an edit of
 * one Chinese character marks that character, and an edit of one English word marks that word, not its letters.
 */
public record TextDiff(List<Run> runs) {
    public enum Op { KEPT, REMOVED, ADDED }

    public record Run(Op op, String text) {
    }

    public TextDiff {
        runs = List.copyOf(runs);
    }

    public static TextDiff between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int pos = d.getSource().getPosition();
            add(runs, Op.KEPT, a.subList(at, pos));
            add(runs, Op.REMOVED, d.getSource().getLines());
            add(runs, Op.ADDED, d.getTarget().getLines());
            at = pos + d.getSource().size();
        }
        add(runs, Op.KEPT, a.subList(at, a.size()));
        return new TextDiff(runs);
    }

    /** True when both texts are the same. */
    public boolean unchanged() {
        return runs.stream().allMatch(r -> r.op() == Op.KEPT);
    }

    /** The text before (kept and removed runs) or after (kept and added runs). */
    public String text(boolean after) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            if (r.op() == Op.KEPT || r.op() == (after ? Op.ADDED : Op.REMOVED)) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }

    private static void add(List<Run> runs, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            Run last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new Run(op, text));
    }

    /** CJK characters one by one; runs of letters and digits (a word), of spaces, and single other marks. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (!Scripts.isCjk(cp)) {
                if (Character.isLetterOrDigit(cp)) {
                    end = extend(s, end, c -> Character.isLetterOrDigit(c) && !Scripts.isCjk(c) || c == '\'' || c == '’');
                } else if (Character.isWhitespace(cp)) {
                    end = extend(s, end, Character::isWhitespace);
                }
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    private static int extend(String s, int from, java.util.function.IntPredicate same) {
        int end = from;
        while (end < s.length()) {
            int c = s.codePointAt(end);
            if (!same.test(c)) {
                break;
            }
            end += Character.charCount(c);
        }
        return end;
    }
}
