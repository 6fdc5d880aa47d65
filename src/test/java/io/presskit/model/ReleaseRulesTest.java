package io.presskit.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseRulesTest {
    static final String SHA = "a".repeat(64);

    static Release valid() {
        return new Release("en-US", "Acme Robotics", null, ReleaseTiming.IMMEDIATE, "Acme ships a robot",
                "It walks", List.of("First point"), new Dateline("Boston", LocalDate.of(2027, 3, 15)),
                List.of("Acme today shipped a robot."), null,
                List.of(new Photo("robot.jpg", SHA, "image/jpeg", 4000, 3000, 1, "The robot", "Acme", null)),
                List.of(new Boilerplate(null, "About Acme", List.of("Acme makes robots."))), null,
                List.of(new Contact(null, "Acme", "Jo Doe", List.of("+1 617 555 0100"), List.of("jo@acme.example.com"))));
    }

    static List<String> sentences(Release r) {
        return ReleaseRules.validate(r).stream().map(Problem::sentence).toList();
    }

    @Test
    void aCompleteReleaseIsValid() {
        assertEquals(List.of(), sentences(valid()));
    }

    @Test
    void headlineMustNotBeBlank() {
        assertEquals(List.of("headline: must not be blank"), sentences(valid().withHeadline("  \n ")));
    }

    @Test
    void headlineMayHoldADeliberateLineBreakButNoOtherControl() {
        assertEquals(List.of(), sentences(valid().withHeadline("Line one\nLine two")));
        assertEquals(List.of("headline: contains a tab at position 5"), sentences(valid().withHeadline("Line\tone")));
    }

    @Test
    void bodyNeedsAParagraphAndNoBlankOnes() {
        Release r = valid();
        Release none = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of(), r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of("body: needs at least one paragraph"), sentences(none));
        Release blank = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of("ok", " "), r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of("body[1]: must not be blank"), sentences(blank));
    }

    @Test
    void paragraphsRefuseLineBreaksControlsAndBrokenSurrogates() {
        Release r = valid();
        Release bad = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of("one\ntwo", "bell\u0007", "half \uD83D pair", "emoji 😀 fine"),
                r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of(
                "body[0]: contains a line break at position 4; split it into paragraphs instead",
                "body[1]: contains the control character U+0007 at position 5",
                "body[2]: contains a broken character (an unpaired surrogate) at position 6"), sentences(bad));
    }

    @Test
    void longRightToLeftAndEmojiTextIsAcceptedAndAbsurdLengthsAreNot() {
        Release r = valid();
        String huge = "長".repeat(200_000);
        Release ok = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of(huge, "مرحبا بالعالم", "שלום", "emoji 🎉👩‍💻 and flags 🇭🇰"),
                r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of(), sentences(ok));
        Release tooLong = new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), List.of("x".repeat(ReleaseRules.MAX_FIELD_LENGTH + 1)),
                r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of("body[0]: is 1000001 characters long; the most a field may hold is 1000000"), sentences(tooLong));
    }

    @Test
    void emails() {
        for (String ok : List.of("julia.cheung@hkstp.org", "June.Wong@edelman.com", "a+b@x.co.uk", "o'neil@example.ie")) {
            assertTrue(ReleaseRules.isValidEmail(ok), ok);
        }
        for (String bad : List.of("", "julia", "julia@", "@hkstp.org", "julia@hkstp", "a b@x.com", "a..b@x.com",
                ".a@x.com", "a@-x.com", "a@x.com.", "張@x.com")) {
            assertTrue(!ReleaseRules.isValidEmail(bad), bad);
        }
        Contact c = new Contact(null, null, "Jo", List.of(" "), List.of("jo@"));
        assertEquals(List.of("phones[0]: must not be blank", "emails[0]: \"jo@\" is not a valid email address"),
                ReleaseRules.validateContact(c, "").stream().map(Problem::sentence).toList());
    }

    @Test
    void languageMustBeABcp47Tag() {
        Release r = valid();
        Release bad = new Release("english", r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(),
                r.highlights(), r.dateline(), r.body(), r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
        assertEquals(List.of(), ReleaseRules.validate(new Release("zh-Hant-HK", null, null, null, "標題", null, List.of(),
                null, List.of("內文"), null, List.of(), List.of(), null, List.of())));
        assertEquals(List.of("language: \"english\" is not a BCP 47 language tag such as zh-Hant-HK or en-US"),
                sentences(bad));
    }

    @Test
    void blankOptionalTextIsAbsentText() {
        Release r = valid();
        Release blank = new Release(r.language(), " ", "", r.timing(), r.headline(), "\n", r.highlights(),
                r.dateline(), r.body(), "", r.photos(), r.boilerplates(), " ", r.contacts());
        assertEquals(List.of(), sentences(blank));
        assertEquals(null, blank.issuer());
        assertEquals(null, blank.label());
        assertEquals(null, blank.subheadline());
        assertEquals(null, blank.endMark());
        assertEquals(null, blank.contactsHeading());
        Photo p = r.photos().get(0).withText("Caption", "", " ");
        assertEquals(null, p.credit());
        assertEquals(null, p.altText());
        assertEquals(null, new Contact(null, "", "Jo", List.of(), List.of()).organization());
    }

    @Test
    void aDraftIsStorableWhateverIsMissingButHardLimitsStillRefuse() {
        Release r = valid();
        Photo p = r.photos().get(0);
        Release draft = new Release("english", null, null, null, " ", null, List.of("", "ok"),
                new Dateline("", null), List.of(), null, List.of(p.withText("", null, null)),
                List.of(new Boilerplate(null, "", List.of())), null,
                List.of(new Contact(null, null, "", List.of(" "), List.of("maggie.chan@hkstp"))));
        assertEquals(List.of(), ReleaseRules.hardLimits(draft));
        assertEquals(List.of(
                "language: \"english\" is not a BCP 47 language tag such as zh-Hant-HK or en-US",
                "headline: must not be blank",
                "highlights[0]: must not be blank",
                "dateline.place: must not be blank",
                "dateline.date: is required (an ISO date such as 2023-12-06)",
                "body: needs at least one paragraph",
                "photos[0].caption: must not be blank",
                "boilerplates[0].title: must not be blank",
                "boilerplates[0].body: needs at least one paragraph",
                "contacts[0].name: must not be blank",
                "contacts[0].phones[0]: must not be blank",
                "contacts[0].emails[0]: \"maggie.chan@hkstp\" is not a valid email address"), sentences(draft));

        Release broken = new Release("en", null, null, null, "Head\tline", null, List.of("bell\u0007"), null,
                List.of("half \uD83D pair", "x".repeat(ReleaseRules.MAX_FIELD_LENGTH + 1)), null, List.of(),
                List.of(), null, List.of(new Contact(null, null, "Jo", List.of(), List.of("jo@\u0000x"))));
        assertEquals(List.of(
                "headline: contains a tab at position 5",
                "highlights[0]: contains the control character U+0007 at position 5",
                "body[0]: contains a broken character (an unpaired surrogate) at position 6",
                "body[1]: is " + (ReleaseRules.MAX_FIELD_LENGTH + 1) + " characters long; the most a field may hold is "
                        + ReleaseRules.MAX_FIELD_LENGTH,
                "contacts[0].emails[0]: contains the control character U+0000 at position 4"),
                ReleaseRules.hardLimits(broken).stream().map(Problem::sentence).toList());
    }

    @Test
    void photosNeedACaptionAndDistinctFileNames() {
        Release r = valid();
        Photo p = r.photos().get(0);
        Release bad = r.withPhotos(List.of(p, p.withText("", null, null)));
        assertEquals(List.of("photos[1].file: \"robot.jpg\" is used by another photo of this release",
                "photos[1].caption: must not be blank"), sentences(bad));
    }

    @Test
    void embargoMustCarryAnOffset() throws Exception {
        InvalidReleaseException e = assertThrows(InvalidReleaseException.class,
                () -> ReleaseRules.parseEmbargo("release.until", "2027-03-15T09:00:00"));
        assertEquals("release.until: \"2027-03-15T09:00:00\" has no time zone; write it with an offset or Z, "
                + "such as 2027-03-15T09:00:00-04:00", e.getMessage());
        ZonedDateTime z = ReleaseRules.parseEmbargo("release.until", "2027-03-15T09:00:00-04:00");
        assertEquals(ZoneOffset.ofHours(-4), z.getZone());
        assertEquals("2027-03-15T13:00:00Z", z.toInstant().toString());
        assertEquals(ZoneOffset.UTC, ReleaseRules.parseEmbargo("x", "2027-03-15T13:00:00Z").getOffset());
    }

    @Test
    void embargoMayNameItsRegionWhenTheOffsetAgrees() throws Exception {
        ZonedDateTime z = ReleaseRules.parseEmbargo("release.until", "2027-03-15T09:00:00-04:00[America/New_York]");
        assertEquals(ZoneId.of("America/New_York"), z.getZone());
        assertEquals("2027-03-15T09:00:00-04:00[America/New_York]", new ReleaseTiming.Embargoed(z).iso());
        InvalidReleaseException e = assertThrows(InvalidReleaseException.class,
                () -> ReleaseRules.parseEmbargo("release.until", "2027-03-15T09:00:00-05:00[America/New_York]"));
        assertEquals("release.until: \"2027-03-15T09:00:00-05:00[America/New_York]\": the offset -05:00 is not that of "
                + "America/New_York at that time", e.getMessage());
        assertThrows(InvalidReleaseException.class, () -> ReleaseRules.parseEmbargo("release.until", "next Tuesday"));
    }

    @Test
    void photosAreNumberedInTheReleaseLanguage() {
        ReleaseLanguage zh = ReleaseLanguage.of("zh-Hant-HK");
        assertEquals("圖一", zh.photoNumber(1));
        assertEquals("圖九", zh.photoNumber(9));
        assertEquals("圖十", zh.photoNumber(10));
        assertEquals("圖十一", zh.photoNumber(11));
        assertEquals("圖二十", zh.photoNumber(20));
        assertEquals("圖二十三", zh.photoNumber(23));
        assertEquals("圖一百零五", zh.photoNumber(105));
        assertEquals("圖一百一十", zh.photoNumber(110));
        assertEquals("Photo 3", ReleaseLanguage.of("en-GB").photoNumber(3));
        assertTrue(zh.isChinese());
        assertEquals("新聞稿", zh.defaultLabel());
        assertEquals("Press Release", ReleaseLanguage.of("en-US").defaultLabel());
    }

    @Test
    void workflowStatusKeys() {
        assertEquals("in-review", WorkflowStatus.IN_REVIEW.key());
        assertEquals(WorkflowStatus.ISSUED, WorkflowStatus.fromKey("issued").orElseThrow());
        assertTrue(WorkflowStatus.fromKey("published").isEmpty());
    }
}
