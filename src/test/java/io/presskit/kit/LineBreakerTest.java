package io.presskit.kit;

import io.presskit.kit.document.Inline;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LineBreaker;
import io.presskit.kit.layout.LineBreaker.Line;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Line breaking checked against the lines a typesetter would set (each expected line read and checked by
 * hand against clreq and the rules in {@link LineBreaker}), and properties that hold at every width.
 */
class LineBreakerTest {
    static final String ZH = "香港科學院創院院長暨 InnoHK 督導委員會主席徐立之教授致辭時指出，來自世界不同地區的科研人員在知識上的"
            + "交流協作，一直為推動科學與科技發展的重要一環。他強調，InnoHK 正好結合這兩個層面的協作——匯聚來自亞太區、"
            + "歐洲和北美地區的科研機構和研究員……並鼓勵他們和業界合作，將科研成果轉化「落地」。查詢請電郵 "
            + "julia.cheung@hkstp.org 或致電 +852 2629 6891，網址 https://www.hkstp.org/zh-hk/news。";

    static LineBreaker breaker() {
        return new LineBreaker(KitFonts.shared(), 0.15f);
    }

    static LineBreaker.Styled styled(String text, boolean chinese) {
        return new LineBreaker.Styled(Inline.plain(text), KitFonts.Style.REGULAR, 10.5f, Color.BLACK, chinese);
    }

    static List<Line> lines(String text, boolean chinese, float width) {
        // As the kit sets running text: Chinese justified, Latin ragged.
        return breaker().lines(List.of(styled(text, chinese)), chinese ? "zh-Hant-HK" : "en-US", width, chinese);
    }

    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void chineseBreaksWhereClreqAllowsAndKeepsEmailsPhonesAndUrlsWhole() {
        // 「協」ends a line rather than 「——」 starting one; the email, the phone number and the URL each move
        // whole to the next line; a justified line that cannot reach the margin without spacing its
        // characters out more than 0.15 em stays short.
        assertEquals(List.of(
                "香港科學院創院院長暨 InnoHK 督導委員",
                "會主席徐立之教授致辭時指出，來自世界不",
                "同地區的科研人員在知識上的交流協作，一",
                "直為推動科學與科技發展的重要一環。他強",
                "調，InnoHK 正好結合這兩個層面的協",
                "作——匯聚來自亞太區、歐洲和北美地區的",
                "科研機構和研究員……並鼓勵他們和業界合",
                "作，將科研成果轉化「落地」。查詢請電郵 ",
                "julia.cheung@hkstp.org 或致電 ",
                "+852 2629 6891，網址 ",
                "https://www.hkstp.org/zh-hk/news。"), texts(lines(ZH, true, 200)));
    }

    @Test
    void chineseProhibitionRulesHoldAtEveryWidth() {
        for (float w = 60; w <= 470; w += 7) {
            List<Line> lines = lines(ZH, true, w);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).text();
                joined.append(t);
                if (i > 0) {
                    assertTrue(LineBreaker.NO_START.indexOf(t.charAt(0)) < 0, "line starts with " + t.charAt(0) + " at " + w + ": " + t);
                }
                String visible = t.stripTrailing();
                if (i < lines.size() - 1) {
                    assertTrue(LineBreaker.NO_END.indexOf(visible.charAt(visible.length() - 1)) < 0, "line ends with an opening bracket at " + w);
                }
                assertFalse(t.startsWith("—") || t.startsWith("…"), "—— or …… starts a line at " + w);
                assertFalse(visible.endsWith("—") && !visible.endsWith("——"), "—— split at " + w);
                assertTrue(lines.get(i).width() <= w + 0.01f, "overflow at " + w + ": " + t);
            }
            assertEquals(ZH, joined.toString(), "every character once, no hyphen, at " + w);
        }
    }

    @Test
    void emailsPhonesAndUrlsStayWholeWhenTheyFit() {
        for (float w = 200; w <= 470; w += 5) {
            for (Line l : lines(ZH, true, w)) {
                String t = l.text().stripTrailing();
                for (String whole : List.of("julia.cheung@hkstp.org", "+852 2629 6891", "https://www.hkstp.org/zh-hk/news")) {
                    for (int cut = 1; cut < whole.length(); cut++) {
                        if (t.endsWith(whole.substring(0, cut)) && whole.charAt(cut) != ' ') {
                            throw new AssertionError(whole + " split after '" + whole.substring(0, cut) + "' at width " + w);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPieceWiderThanTheLineIsCutBetweenCharactersWithoutHyphensStartingOnTheLineItBeginsOn() {
        String text = "See https://www.example.com/a/very/long/path/that/cannot/fit/on/one/narrow/line/at/all now.";
        // Never a hyphen; never a cut before "." (it may not start a line).
        assertEquals(List.of("See https://www.examp", "le.com/a/very/long/path", "/that/cannot/fit/on/one/",
                "narrow/line/at/all now."), texts(lines(text, false, 120)));
    }

    @Test
    void latinBreaksBetweenWordsAndIsSetRagged() {
        String text = "Acme Robotics today introduced the Harbor Scout, an autonomous underwater robot that inspects "
                + "harbour walls, piers and quays for cracks and corrosion without putting divers in the water.";
        List<Line> lines = lines(text, false, 200);
        assertEquals(List.of("Acme Robotics today introduced the ", "Harbor Scout, an autonomous ",
                "underwater robot that inspects harbour ", "walls, piers and quays for cracks and ",
                "corrosion without putting divers in the ", "water."), texts(lines));
        for (Line l : lines) {
            float natural = 0;
            for (LineBreaker.Run r : l.runs()) {
                for (int i = 0; i < r.text().length(); i++) {
                    natural += r.font().width(r.text().charAt(i)) * r.size();
                }
            }
            float trailingSpace = l.text().endsWith(" ") ? l.runs().get(0).font().width(' ') * 10.5f : 0;
            assertEquals(natural - trailingSpace, l.width(), 0.01f, "no space added to Latin text: " + l.text());
        }
    }

    @Test
    void chineseLinesAreJustifiedExceptTheLast() {
        List<Line> lines = lines(ZH, true, 300);
        assertTrue(lines.size() > 3);
        for (int i = 0; i < lines.size() - 1; i++) {
            Line l = lines.get(i);
            assertTrue(l.width() <= 300.01f, "justified line fits");
            String next = lines.get(i + 1).text();
            assertTrue(l.width() >= 300 - 10.5f * 1.5f || next.startsWith("julia") || next.startsWith("+852")
                            || next.startsWith("https"),
                    "justified line reaches the margin, unless a token that must stay whole moved on: " + l.text());
        }
        float[] x = positions(lines.get(lines.size() - 1));
        String last = lines.get(lines.size() - 1).text();
        assertEquals(10.5f, x[last.indexOf("網址") + 1] - x[last.indexOf("網址")], 0.001f, "the last line is not spread");
    }

    /** The x position of each code point of a line, from its start. */
    static float[] positions(Line line) {
        int count = line.runs().stream().mapToInt(r -> r.x().length).sum();
        float[] out = new float[count];
        int k = 0;
        for (LineBreaker.Run r : line.runs()) {
            for (float x : r.x()) {
                out[k++] = x;
            }
        }
        return out;
    }

    /**
     * clreq 3.1.6: where full-width punctuation meets, half a character of blank goes (」， ：「 「『 』，
     * 」（), but not where a centred stop meets a closing bracket (。」 has no hole to close); an opening
     * bracket starting a justified line gives up its blank half to the margin.
     */
    @Test
    void adjacentPunctuationIsCompressedAsClreqSays() {
        float em = 10.5f;
        List<Line> lines = breaker().lines(List.of(styled("他說：「『創新』，是「InnoHK」的核心。」（完）", true)),
                "zh-Hant-HK", 1000, false);
        assertEquals(1, lines.size());
        String t = lines.get(0).text();
        float[] x = positions(lines.get(0));
        java.util.function.BiFunction<Integer, Integer, Float> advance = (a, b) -> x[b] - x[a];
        assertEquals(2 * em, advance.apply(t.indexOf("："), t.indexOf("創")), 0.01f, "：「『 take two characters, not three");
        assertEquals(0.5f * em, advance.apply(t.indexOf("』"), t.indexOf("，")), 0.01f, "』 gives up its blank right half before ，");
        assertEquals(0.5f * em, advance.apply(t.lastIndexOf("」"), t.indexOf("（")), 0.01f, "」（");
        assertEquals(1.0f * em, advance.apply(t.lastIndexOf("。"), t.lastIndexOf("」")), 0.01f, "。」 stays whole");
        assertEquals(1.0f * em, advance.apply(t.indexOf("心"), t.lastIndexOf("。")), 0.01f, "a Han character is an em");

        List<Line> narrow = lines("他說：「『創新』，是「InnoHK」的核心。」（完）", true, 100);
        assertEquals(List.of("他說：「『創新』，是", "「InnoHK」的核", "心。」（完）"), texts(narrow));
        assertEquals(-0.5f * em, positions(narrow.get(1))[0], 0.01f, "「 starting a justified line hangs its blank half");
    }

    /** clreq's 孤字: a justified paragraph never ends with one character alone. */
    @Test
    void aJustifiedParagraphKeepsItsLastCharactersCompany() {
        String caption = "圖五：圖示創新科技及工業局局長孫東教授（前排右七）、InnoHK 督導委員會主席徐立之教授（前排左七）、"
                + "創新科技及工業局常任秘書長麥德偉（前排右六）、中央人民政府駐香港特別行政區聯絡辦公室教育科技部副部長吳程"
                + "（前排右四）、創新科技署署長李國彬（前排左一）及香港科技園公司行政總裁黃克強（前排右一）與 InnoHK 督導"
                + "委員會成員、香港科技園公司董事局成員、InnoHK 參與院校及機構的校長與代表及其他嘉賓合照。";
        List<LineBreaker.Styled> text = List.of(new LineBreaker.Styled(Inline.plain(caption), KitFonts.Style.REGULAR, 9.5f,
                Color.BLACK, true));
        List<Line> greedy = breaker().lines(text, "zh-Hant-HK", 467.28f, false);
        assertEquals("照。", greedy.get(greedy.size() - 1).text(), "filled greedily, 照。 is left alone");
        List<Line> set = breaker().lines(text, "zh-Hant-HK", 467.28f, true);
        assertEquals(greedy.size(), set.size());
        assertEquals("合照。", set.get(set.size() - 1).text());
        assertTrue(set.get(set.size() - 2).text().endsWith("其他嘉賓"));
        assertEquals(467.28f, set.get(set.size() - 2).width(), 0.01f, "the line before still reaches the margin");
    }

    @Test
    void balancedLinesAreEvenAndLeaveNoWordAlone() {
        LineBreaker.Styled headline = new LineBreaker.Styled(Inline.plain(
                "Acme Robotics launches an underwater robot that maps cracks in harbour walls and quays without divers"),
                KitFonts.Style.BOLD, 19, Color.BLACK, false);
        List<Line> greedy = breaker().lines(List.of(headline), "en-US", 484, false);
        assertEquals("divers", greedy.get(greedy.size() - 1).text(), "set greedily, the last word stands alone");
        assertEquals(List.of("Acme Robotics launches an underwater ", "robot that maps cracks in harbour ",
                "walls and quays without divers"), texts(breaker().shape(List.of(headline), "en-US").balanced(484)));

        LineBreaker.Styled zh = new LineBreaker.Styled(Inline.plain("匯聚八百頂尖國際學者推動科研創新匯聚八百頂尖國際學者推動"),
                KitFonts.Style.BOLD, 17, Color.BLACK, true);
        List<Line> zhGreedy = breaker().lines(List.of(zh), "zh-Hant-HK", 467, false);
        assertEquals("動", zhGreedy.get(zhGreedy.size() - 1).text(), "greedily, one character is left alone");
        assertEquals(List.of("匯聚八百頂尖國際學者推動科研", "創新匯聚八百頂尖國際學者推動"),
                texts(breaker().shape(List.of(zh), "zh-Hant-HK").balanced(467)));
    }
}
