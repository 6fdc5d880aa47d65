package io.presskit.share;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextWrapTest {
    @Test
    void aChineseCharacterTakesTwoColumns() {
        String han = "香".repeat(40);
        assertEquals(List.of("香".repeat(36), "香".repeat(4)), List.of(TextWrap.wrap(han, 72).split("\n")));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // The 37th character is a comma: it may not start line two, so the 36th character goes down with it.
        String text = "香".repeat(36) + "，" + "港".repeat(10) + "。";
        assertEquals(List.of("香".repeat(35), "香，" + "港".repeat(10) + "。"), List.of(TextWrap.wrap(text, 72).split("\n")));
        String quote = "科".repeat(35) + "「創新」" + "園";
        assertEquals(List.of("科".repeat(35), "「創新」園"), List.of(TextWrap.wrap(quote, 72).split("\n")),
                "an opening bracket does not end a line");
    }

    @Test
    void englishBreaksBetweenWordsAndAnAddressStaysWhole() {
        String text = "Media enquiries go to a.very.long.address.for.the.press.office@communications.example.com "
                + "or to the switchboard.";
        assertEquals(List.of("Media enquiries go to",
                "a.very.long.address.for.the.press.office@communications.example.com",
                "or to the switchboard."), List.of(TextWrap.wrap(text, 30).split("\n")),
                "the address alone overflows its line rather than being cut");
    }

    @Test
    void latinWordsInChineseTextAreNotCut() {
        String text = "香".repeat(33) + " InnoHK 研發";
        assertEquals(List.of("香".repeat(33), "InnoHK 研發"), List.of(TextWrap.wrap(text, 72).split("\n")));
    }
}
