package io.presskit.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each language version prints in its own style: the dateline (day first in Hong Kong and British English,
 * month first in American), the words of a simplified Chinese version, and a contact's name and a boilerplate in
 * the version's language, falling back to the other one.
 */
class LanguageVersionWordsTest {
    private static final Dateline HK = new Dateline("Hong Kong", LocalDate.of(2023, 12, 6));

    private static String dateline(String tag, Dateline d) {
        return new ReleaseWording(ReleaseLanguage.of(tag)).dateline(d);
    }

    @Test
    void englishDatelinesFollowTheVariant() {
        assertEquals("HONG KONG, 6 December 2023 \u2013 ", dateline("en-HK", HK));
        assertEquals("HONG KONG, 6 December 2023 \u2013 ", dateline("en-GB", HK));
        assertEquals("HONG KONG, 6 December 2023 \u2013 ", dateline("en", HK));
        assertEquals("BOSTON, March 15, 2027 \u2013 ", dateline("en-US", new Dateline("Boston", LocalDate.of(2027, 3, 15))));
        assertEquals("(香港·2023年12月6日) - ", dateline("zh-Hant-HK", new Dateline("香港", LocalDate.of(2023, 12, 6))));
    }

    @Test
    void simplifiedChineseVersionsPrintSimplifiedWords() {
        ReleaseLanguage hans = ReleaseLanguage.of("zh-Hans");
        ReleaseWording w = new ReleaseWording(hans);
        assertTrue(hans.isSimplifiedChinese());
        assertTrue(ReleaseLanguage.of("zh-CN").isSimplifiedChinese());
        assertFalse(ReleaseLanguage.of("zh-Hant-HK").isSimplifiedChinese());
        assertEquals("即时发布", w.status(ReleaseTiming.IMMEDIATE));
        assertEquals("第 2 页，共 9 页", w.footer(2, 9));
        assertEquals("图三", hans.photoNumber(3));
        assertEquals("新闻稿", hans.defaultLabel());
        assertEquals("简体中文", w.languageName());
        // what the simplified bundle does not say comes from the Chinese one
        assertEquals("(上海·2023年12月6日) - ", w.dateline(new Dateline("上海", LocalDate.of(2023, 12, 6))));
        assertEquals("即時發布", new ReleaseWording(ReleaseLanguage.of("zh-Hant-HK")).status(ReleaseTiming.IMMEDIATE));
        assertEquals("繁體中文", new ReleaseWording(ReleaseLanguage.of("zh-Hant-TW")).languageName());
        assertEquals("English", new ReleaseWording(ReleaseLanguage.of("en-HK")).languageName());
    }

    @Test
    void languageTagsMatchTheirVersions() {
        assertTrue(ReleaseLanguage.of("en-HK").matches("en"));
        assertTrue(ReleaseLanguage.of("en-HK").matches("en-HK"));
        assertFalse(ReleaseLanguage.of("en-HK").matches("en-US"));
        assertTrue(ReleaseLanguage.of("zh-Hant-HK").matches("zh"));
        assertTrue(ReleaseLanguage.of("zh-Hant-HK").matches("zh-Hant"));
        assertFalse(ReleaseLanguage.of("zh-Hant-HK").matches("zh-Hans"));
        assertFalse(ReleaseLanguage.of("zh-Hant-HK").matches("en"));
        assertFalse(ReleaseLanguage.of("en").matches("not a tag"));
    }

    @Test
    void aContactIsNamedInTheVersionsScriptWhicheverWasTypedFirst() {
        ReleaseLanguage zh = ReleaseLanguage.of("zh-Hant-HK");
        ReleaseLanguage en = ReleaseLanguage.of("en-HK");
        Contact julia = new Contact(1L, "香港科技園公司", "張麗蘭", List.of("+852 2629 6891"), List.of("julia.cheung@hkstp.org"),
                "Hong Kong Science and Technology Parks Corporation", "Ms Julia Cheung");
        assertEquals(new Contact.Printed("香港科技園公司", "張麗蘭", List.of()), julia.printedIn(zh));
        assertEquals(new Contact.Printed("Hong Kong Science and Technology Parks Corporation", "Ms Julia Cheung", List.of()),
                julia.printedIn(en));
        // Typed the other way round: the same choice.
        Contact typedInEnglish = new Contact(2L, "Edelman", "Ms June Wong", List.of(), List.of(), "愛德曼國際公關公司", "黃嘉琪");
        assertEquals("黃嘉琪", typedInEnglish.printedIn(zh).name());
        assertEquals("愛德曼國際公關公司", typedInEnglish.printedIn(zh).organization());
        assertEquals("Ms June Wong", typedInEnglish.printedIn(en).name());
        // Named in one script only: printed as it is, and the fallback is said.
        Contact onlyChinese = new Contact(3L, "Acme PR", "黃嘉琪", List.of(), List.of());
        assertEquals(new Contact.Printed("Acme PR", "黃嘉琪", List.of("name")), onlyChinese.printedIn(en));
        assertEquals(new Contact.Printed("Acme PR", "黃嘉琪", List.of("organization")), onlyChinese.printedIn(zh));
        // A Chinese name with a Latin word in it is still Chinese; an English one quoting a Chinese name still English.
        Contact mixed = new Contact(4L, null, "InnoHK 辦公室", List.of(), List.of(), null, "InnoHK Office (創新香港)");
        assertEquals("InnoHK 辦公室", mixed.printedIn(zh).name());
        assertEquals("InnoHK Office (創新香港)", mixed.printedIn(en).name());
    }

    @Test
    void aBoilerplateIsPrintedInTheVersionsLanguageElseAsItIs() {
        Boilerplate about = new Boilerplate(7L, "關於香港科技園公司", List.of("香港科技園公司於 2001 年成立。"),
                "About HKSTP", List.of("Established in 2001, HKSTP …"));
        assertEquals(new Boilerplate.Printed("About HKSTP", List.of("Established in 2001, HKSTP …"), false),
                about.printedIn(ReleaseLanguage.of("en-HK")));
        assertEquals(new Boilerplate.Printed("關於香港科技園公司", List.of("香港科技園公司於 2001 年成立。"), false),
                about.printedIn(ReleaseLanguage.of("zh-Hant-HK")));
        Boilerplate chineseOnly = new Boilerplate(8L, "關於我們", List.of("我們的故事。"));
        assertEquals(new Boilerplate.Printed("關於我們", List.of("我們的故事。"), true),
                chineseOnly.printedIn(ReleaseLanguage.of("en-US")));
        assertFalse(chineseOnly.printedIn(ReleaseLanguage.of("zh-Hant-TW")).fallback());
    }

    @Test
    void theOtherScriptIsCheckedLikeAnyText() {
        Contact c = new Contact(null, null, "Julia", List.of(), List.of(), null, "張\u0007麗蘭");
        assertEquals(List.of("otherName: contains the control character U+0007 at position 2"),
                ReleaseRules.contactHardLimits(c, "").stream().map(Problem::sentence).toList());
        Boilerplate halfTranslated = new Boilerplate(null, "About", List.of("Text"), "關於", List.of());
        assertEquals(List.of("otherBody: needs at least one paragraph"),
                ReleaseRules.validateBoilerplate(halfTranslated, "").stream().map(Problem::sentence).toList());
        assertTrue(ReleaseRules.boilerplateHardLimits(halfTranslated, "").isEmpty(), "a draft may be half translated");
    }
}
