package io.presskit.app.i18n;

import io.presskit.model.Contact;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model's problem paths and sentences, as the UI names them in both its languages. */
class ProblemTextsTest {
    private static final ProblemTexts.Context CHINESE_RELEASE = new ProblemTexts.Context() {
        @Override
        public String photoNumber(int index) {
            return ReleaseLanguage.of("zh-Hant-HK").photoNumber(index + 1);
        }

        @Override
        public String contactName(int index) {
            return index == 1 ? "Maggie Chan" : "";
        }
    };

    @AfterEach
    void english() {
        Messages.use("en-HK");
    }

    @Test
    void pathsBecomeTheEditorsNamesNumberedFromOne() {
        Messages.use("en-HK");
        assertEquals("Highlight 1", ProblemTexts.fieldName("highlights[0]", CHINESE_RELEASE));
        assertEquals("圖四, Caption", ProblemTexts.fieldName("photos[3].caption", CHINESE_RELEASE));
        assertEquals("Media contact 2 (Maggie Chan), Email 1", ProblemTexts.fieldName("contacts[1].emails[0]", CHINESE_RELEASE));
        assertEquals("Media contact 1, Name", ProblemTexts.fieldName("contacts[0].name", CHINESE_RELEASE));
        assertEquals("Body, paragraph 3", ProblemTexts.fieldName("body[2]", CHINESE_RELEASE));
        assertEquals("About section 2, Paragraph 1", ProblemTexts.fieldName("boilerplates[1].body[0]", CHINESE_RELEASE));
        assertEquals("Embargo time", ProblemTexts.fieldName("release.until.time", CHINESE_RELEASE));
        assertEquals("Dateline date", ProblemTexts.fieldName("dateline.date", CHINESE_RELEASE));
        assertEquals("Photo 4, Credit", ProblemTexts.fieldName("photos[3].credit", ProblemTexts.PLAIN));
    }

    @Test
    void theModelsSentencesAreSaidInTheUiLanguage() {
        Release r = new Release("zh-Hant-HK", null, null, null, " ", null, List.of(""), null, List.of("段落"), null,
                List.of(), List.of(), null, List.of(new Contact(1L, null, "Ada", List.of(), List.of("ada@"))));
        List<Problem> problems = ReleaseRules.validate(r);
        Messages.use("en-HK");
        assertEquals(List.of("Headline: must be filled in before the release is issued",
                        "Highlight 1: must be filled in before the release is issued",
                        "Media contact 1, Email 1: “ada@” is not a valid email address"),
                problems.stream().map(p -> ProblemTexts.sentence(p, CHINESE_RELEASE)).toList());
        Messages.use("zh-Hant-HK");
        assertEquals(List.of("標題：發布前必須填寫", "重點 1：發布前必須填寫", "傳媒聯絡人 1，電郵 1：「ada@」不是有效的電郵地址"),
                problems.stream().map(p -> ProblemTexts.sentence(p, CHINESE_RELEASE)).toList());
        assertEquals("圖四，圖片說明", ProblemTexts.fieldName("photos[3].caption", CHINESE_RELEASE));
    }

    @Test
    void everyHardLimitSentenceIsTranslated() {
        Messages.use("zh-Hant-HK");
        Release r = new Release("zh-Hant-HK", "a\tb", null, null, "x\u0001y", "line\nbreak", List.of(), null,
                List.of("\uD800 lone"), null, List.of(), List.of(), null, List.of());
        for (Problem p : ReleaseRules.hardLimits(r)) {
            String said = ProblemTexts.message(p);
            assertEquals(said, said.replaceAll("[A-Za-z]{4,}", ""), "no English words left in: " + said);
        }
        assertEquals(4, ReleaseRules.hardLimits(r).size());
    }
}
