package io.presskit.kit;

import io.presskit.kit.LineBreaker.Line;
import io.presskit.kit.LineBreaker.Span;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {
    static final String ZH = "香港科學院創院院長暨 InnoHK 督導委員會主席徐立之教授致辭時指出，來自世界不同地區的科研人員在知識上的"
            + "交流協作，一直為推動科學與科技發展的重要一環。他強調，InnoHK 正好結合這兩個層面的協作——匯聚來自亞太區、"
            + "歐洲和北美地區的科研機構和研究員……並鼓勵他們和業界合作，將科研成果轉化「落地」。查詢請電郵 "
            + "julia.cheung@hkstp.org 或致電 +852 2629 6891，網址 https://www.hkstp.org/zh-hk/news。";

    static List<Line> lines(String text, boolean chinese, float width) {
        LineBreaker b = new LineBreaker(KitFonts.shared(), chinese ? "zh-Hant-HK" : "en-US", chinese);
        return b.lines(List.of(new Span(text, KitFonts.Style.REGULAR, 10.5f, Color.BLACK)), width, true);
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
                if (i < lines.size() - 1) {
                    assertTrue(LineBreaker.NO_END.indexOf(t.charAt(t.length() - 1)) < 0, "line ends with an opening bracket at " + w);
                }
                assertFalse(t.startsWith("—") || t.startsWith("…"), "—— or …… starts a line at " + w);
                assertFalse(t.endsWith("—") && !t.endsWith("——"), "—— split at " + w);
                assertTrue(lines.get(i).width() <= w + 0.01f, "overflow at " + w + ": " + t);
            }
            assertEquals(ZH.replace(" ", ""), joined.toString().replace(" ", ""), "every character once, no hyphen, at " + w);
        }
    }

    @Test
    void emailsPhonesAndUrlsStayWholeWhenTheyFit() {
        for (float w = 200; w <= 470; w += 5) {
            for (Line l : lines(ZH, true, w)) {
                String t = l.text();
                for (String whole : List.of("julia.cheung@hkstp.org", "+852 2629 6891", "https://www.hkstp.org/zh-hk/news")) {
                    for (int cut = 1; cut < whole.length(); cut++) {
                        String head = whole.substring(0, cut);
                        if (t.endsWith(head) && !t.endsWith(whole) && whole.charAt(cut) != ' ') {
                            // the line ends inside the token: only allowed if the token alone overflows
                            throw new AssertionError(whole + " split after '" + head + "' at width " + w);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTokenWiderThanTheLineIsSplitWithoutHyphens() {
        String url = "https://www.example.com/a/very/long/path/that/cannot/fit/on/one/narrow/line/at/all";
        List<Line> lines = lines("See " + url + " now.", false, 120);
        StringBuilder joined = new StringBuilder();
        for (Line l : lines) {
            assertTrue(l.width() <= 120.01f, l.text());
            assertFalse(l.text().endsWith("-") && !url.contains(l.text().strip()), "no hyphen added: " + l.text());
            joined.append(l.text());
        }
        assertEquals(("See " + url + " now.").replace(" ", ""), joined.toString().replace(" ", ""));
        assertTrue(lines.size() >= 4);
    }

    @Test
    void latinBreaksOnlyBetweenWordsAndIsNotJustified() {
        String text = "Acme Robotics today introduced the Harbor Scout, an autonomous underwater robot that inspects "
                + "harbour walls, piers and quays for cracks and corrosion without putting divers in the water.";
        List<Line> lines = lines(text, false, 200);
        for (Line l : lines) {
            assertEquals(0f, l.spacing(), "Latin text is set ragged");
            String t = l.text();
            assertTrue(text.contains(t), "breaks between words: " + t);
        }
    }

    @Test
    void chineseLinesAreJustifiedExceptTheLast() {
        List<Line> lines = lines(ZH, true, 300);
        assertTrue(lines.size() > 3);
        for (int i = 0; i < lines.size() - 1; i++) {
            Line l = lines.get(i);
            float full = l.justifiedWidth();
            assertTrue(full <= 300.01f, "justified line fits");
            assertTrue(full >= 300 - 10.5f * 1.5f || Math.abs(l.spacing() - 10.5f * 0.15f) < 0.001f,
                    "justified line reaches the margin, or spacing stops at its cap: " + full + " " + l.text());
        }
        assertEquals(0f, lines.get(lines.size() - 1).spacing());
    }
}
