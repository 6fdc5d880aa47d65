package io.presskit.model;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What linking two releases would do: the second takes what it lacks from the first (and gives what the first
 * lacks), one person a shared email named in both scripts; every difference is a conflict sentence.
 */
class VersionLinkTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static Photo photo(String file, String sha, String caption) {
        return new Photo(file, sha, "image/jpeg", 800, 600, 1, caption, "HKSTP", null);
    }

    private static Release release(String lang, ReleaseTiming timing, List<Photo> photos, List<Contact> contacts,
                                   List<Boilerplate> about) {
        return new Release(lang, null, null, timing, "Headline " + lang, null, List.of(), null, List.of("Body"), null, photos,
                about, null, contacts);
    }

    private static final Contact JULIA_ZH = new Contact(11L, "香港科技園公司", "張麗蘭", List.of("+852 2629 6891"),
            List.of("julia.cheung@hkstp.org"));
    private static final Contact JULIA_EN = new Contact(21L, "Hong Kong Science and Technology Parks Corporation",
            "Ms Julia Cheung", List.of("+852 2629 6891"), List.of("Julia.Cheung@hkstp.org"));

    @Test
    void theSecondTakesWhatItLacksAndAPersonIsNamedInBothScripts() {
        Release zh = release("zh-Hant-HK", ReleaseTiming.IMMEDIATE, List.of(photo("a.jpg", SHA_A, "圖說")), List.of(JULIA_ZH),
                List.of(new Boilerplate(31L, "關於我們", List.of("我們的故事。"))));
        Release en = release("en-HK", ReleaseTiming.IMMEDIATE, List.of(), List.of(JULIA_EN),
                List.of(new Boilerplate(41L, "About us", List.of("Our story."))));
        VersionLink.Plan plan = VersionLink.plan(new VersionLink.Side(1, zh, WorkflowStatus.IN_REVIEW), List.of("zh-Hant-HK"),
                new VersionLink.Side(2, en, WorkflowStatus.DRAFT));
        assertEquals(List.of(), plan.conflicts());
        assertEquals(WorkflowStatus.IN_REVIEW, plan.status(), "a draft takes the first one's status");
        assertEquals(zh.photos(), plan.shared().photos());
        Contact julia = new Contact(11L, "香港科技園公司", "張麗蘭", List.of("+852 2629 6891"), List.of("julia.cheung@hkstp.org"),
                "Hong Kong Science and Technology Parks Corporation", "Ms Julia Cheung");
        assertEquals(List.of(julia), plan.shared().contacts());
        assertEquals(List.of(julia), plan.contactUpdates(), "the directory's record learns the English name");
        Boilerplate about = new Boilerplate(31L, "關於我們", List.of("我們的故事。"), "About us", List.of("Our story."));
        assertEquals(List.of(about), plan.shared().boilerplates());
        assertEquals(List.of(about), plan.boilerplateUpdates());

        // And the other way: photos and contacts come from the one that has them.
        VersionLink.Plan reverse = VersionLink.plan(new VersionLink.Side(2, en, WorkflowStatus.DRAFT), List.of("en-HK"),
                new VersionLink.Side(1, zh.withContacts(List.of()), WorkflowStatus.DRAFT));
        assertEquals(List.of(), reverse.conflicts());
        assertEquals(zh.photos(), reverse.shared().photos());
        assertEquals(List.of(JULIA_EN), reverse.shared().contacts());
    }

    @Test
    void everyDifferenceIsAConflictSentence() {
        ZonedDateTime nine = ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, ZoneId.of("Asia/Hong_Kong"));
        Release zh = release("zh-Hant-HK", new ReleaseTiming.Embargoed(nine), List.of(photo("a.jpg", SHA_A, "圖說")),
                List.of(JULIA_ZH), List.of());
        Release en = release("en-HK", new ReleaseTiming.Embargoed(nine.plusHours(1)),
                List.of(photo("b.jpg", SHA_B, "Caption"), photo("a.jpg", SHA_A, "Caption")),
                List.of(new Contact(22L, "Edelman", "Ms June Wong", List.of(), List.of("June.Wong@edelman.com"))), List.of());
        VersionLink.Plan plan = VersionLink.plan(new VersionLink.Side(3, zh, WorkflowStatus.APPROVED), List.of("zh-Hant-HK"),
                new VersionLink.Side(5, en, WorkflowStatus.DRAFT));
        assertEquals(List.of(
                "both have photos (release 3 1 photo, release 5 2 photos); remove the photos of one, or make them the same files "
                        + "in the same order with the same credits",
                "the contacts differ: 張麗蘭 of release 3 has no email in common with a contact of release 5; list the same people "
                        + "in both (one person is one email), or remove the contacts of one",
                "the contacts differ: Ms June Wong of release 5 has no email in common with a contact of release 3; list the same "
                        + "people in both (one person is one email), or remove the contacts of one",
                "release 3 is embargoed until 2027-03-15T09:00:00+08:00[Asia/Hong_Kong] and release 5 is embargoed until "
                        + "2027-03-15T10:00:00+08:00[Asia/Hong_Kong]; give both the same embargo first",
                "release 3 is approved and release 5 is a draft; a version linked to it would be approved unread: send release 3 "
                        + "back to draft or in review first"), plan.conflicts());

        // The same embargo instant in another zone is the same embargo.
        Release boston = release("en-US", new ReleaseTiming.Embargoed(nine.withZoneSameInstant(ZoneId.of("America/New_York"))),
                List.of(), List.of(), List.of());
        assertEquals(List.of(), VersionLink.plan(new VersionLink.Side(3, zh, WorkflowStatus.DRAFT), List.of("zh-Hant-HK"),
                new VersionLink.Side(6, boston, WorkflowStatus.DRAFT)).conflicts());

        // Two versions in one language; a person named differently in the same script.
        Release zh2 = release("zh-Hant-HK", ReleaseTiming.IMMEDIATE, List.of(), List.of(new Contact(12L, null, "張麗蘭女士",
                List.of(), List.of("julia.cheung@hkstp.org"))), List.of());
        VersionLink.Plan same = VersionLink.plan(new VersionLink.Side(3, zh.withContacts(List.of(JULIA_ZH)).withPhotos(List.of()),
                WorkflowStatus.DRAFT), List.of("zh-Hant-HK", "en-HK"), new VersionLink.Side(7, zh2, WorkflowStatus.DRAFT));
        assertTrue(same.conflicts().contains("release 7 is in zh-Hant-HK, and release 3 is too; a release has one version per "
                + "language"), same.conflicts().toString());
        assertTrue(same.conflicts().contains("the contact julia.cheung@hkstp.org is named 張麗蘭 in release 3 and 張麗蘭女士 in "
                + "release 7; name them alike first"), same.conflicts().toString());
    }

    @Test
    void sharedPartsKeepEachVersionsOwnText() {
        Release zh = release("zh-Hant-HK", ReleaseTiming.IMMEDIATE, List.of(photo("a.jpg", SHA_A, "甲"), photo("b.jpg", SHA_B, "乙")),
                List.of(JULIA_ZH), List.of());
        Release en = release("en-HK", ReleaseTiming.IMMEDIATE, List.of(photo("b.jpg", SHA_B, "B"), photo("a.jpg", SHA_A, "A")),
                List.of(), List.of());
        Release shared = SharedParts.of(zh, en);
        assertEquals(List.of("A", "B"), shared.photos().stream().map(Photo::caption).toList(), "the captions follow their photos");
        assertEquals(List.of("a.jpg", "b.jpg"), shared.photos().stream().map(Photo::fileName).toList());
        assertEquals(List.of(JULIA_ZH), shared.contacts());
        assertEquals("Headline en-HK", shared.headline());
        Release withNew = SharedParts.of(zh.withPhotos(List.of(photo("c.jpg", SHA_A, "丙"))), en);
        assertEquals("", withNew.photos().get(0).caption(), "a new photo's caption is to be written in each version");
        assertTrue(SharedParts.same(shared, zh));
    }
}
