package io.presskit.library;

import io.presskit.bundle.BundleExporter;
import io.presskit.bundle.BundleImporter;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import io.presskit.service.LibraryPhotos;
import io.presskit.testing.Backend;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Language versions in the library, on an SQLite file and on PostgreSQL: a family stored at once, what its versions
 * share kept equal by every save, the status moved together, linking two releases (and its conflicts, which change
 * nothing), unlinking, a new version started, the stale-paragraph marker, and a family's bundle round trip.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class LanguageVersionsTest {
    @Parameter
    Backend backend;
    @TempDir
    Path tmp;
    Backend.TestLibrary db;
    LibraryStore store;
    BundleImporter.ImportedBundle family;

    @BeforeEach
    void open() throws Exception {
        db = backend.fresh(tmp);
        store = db.open();
        family = BundleImporter.load(TestBundles.copyFamily(tmp, "family"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> storeFamily() throws LibraryException {
        return store.families().insert(family.versions(), family.images());
    }

    private VersionedRelease read(long id) throws LibraryException {
        return store.releases().read(id).orElseThrow();
    }

    @Test
    void aFamilyIsStoredAtOnceAndEachVersionKeepsItsId() throws Exception {
        List<Long> ids = storeFamily();
        long zh = ids.get(0);
        long en = ids.get(1);
        assertEquals(List.of(new Families.Version(zh, "zh-Hant-HK", false), new Families.Version(en, "en-HK", false)),
                store.families().versions(en));
        Release zhBack = read(zh).release();
        Release enBack = read(en).release();
        assertEquals("800 leading international scholars gather to drive research and innovation", enBack.headlineFirstLine());
        assertEquals(zhBack.photos().stream().map(Photo::sha256).toList(), enBack.photos().stream().map(Photo::sha256).toList());
        assertEquals("The Secretary for Innovation, Technology and Industry, Professor Sun Dong, speaks at the opening ceremony.",
                enBack.photos().get(1).caption());
        assertEquals(zhBack.contacts(), enBack.contacts(), "the same directory records");
        assertEquals("Ms Julia Cheung", enBack.contacts().get(0).otherName());
        assertEquals("About Hong Kong Science and Technology Parks Corporation", enBack.boilerplates().get(0).otherTitle());
        assertEquals(2, db.count("contact"), "one directory entry a person");
        assertEquals(9, db.count("image"));
        List<ReleaseSummary> list = store.releases().list();
        assertEquals(2, list.size());
        assertEquals(list.get(0).familyId(), list.get(1).familyId());
        assertEquals(List.of(store.families().versions(zh)), new ArrayList<>(store.families().withSeveralVersions().values()));
        assertEquals(List.of(), store.families().staleUnits(en), "versions stored together are in line");

        // The alone stay alone.
        long alone = store.releases().insert(BundleImporter.load(TestBundles.SAMPLE).release(), family.images());
        assertEquals(List.of(new Families.Version(alone, "zh-Hant-HK", false)), store.families().versions(alone));
        assertEquals(1, store.families().withSeveralVersions().size());
    }

    @Test
    void aSaveThatChangesWhatTheVersionsShareChangesEveryVersion() throws Exception {
        List<Long> ids = storeFamily();
        long zh = ids.get(0);
        long en = ids.get(1);
        VersionedRelease enBefore = read(en);
        VersionedRelease zhBefore = read(zh);

        // Text alone: the other version is not touched, not even its version number.
        Release zhText = zhBefore.release().withHeadline("新標題\n第二行");
        store.releases().save(zh, zhBefore.version(), zhText, List.of());
        assertEquals(enBefore, read(en));

        // Photos reordered, one removed, a credit and the embargo: every version, each keeping its captions.
        Release zhNow = read(zh).release();
        List<Photo> photos = new ArrayList<>(zhNow.photos());
        photos.remove(8);
        Photo second = photos.remove(1);
        photos.add(0, second.withText(second.caption(), "HKSTP", second.altText()));
        ZonedDateTime nine = ZonedDateTime.of(2023, 12, 6, 9, 0, 0, 0, ZoneId.of("Asia/Hong_Kong"));
        Release zhShared = new Release(zhNow.language(), zhNow.issuer(), zhNow.label(), new ReleaseTiming.Embargoed(nine),
                zhNow.headline(), zhNow.subheadline(), zhNow.highlights(), zhNow.dateline(), zhNow.body(), zhNow.endMark(),
                photos, zhNow.boilerplates(), zhNow.contactsHeading(), zhNow.contacts());
        store.releases().save(zh, read(zh).version(), zhShared, List.of());
        VersionedRelease enAfter = read(en);
        assertEquals(enBefore.version() + 1, enAfter.version(), "the English version was changed: its version moved");
        List<Photo> enPhotos = enAfter.release().photos();
        assertEquals(8, enPhotos.size());
        assertEquals(photos.stream().map(Photo::fileName).toList(), enPhotos.stream().map(Photo::fileName).toList());
        assertEquals("The Secretary for Innovation, Technology and Industry, Professor Sun Dong, speaks at the opening ceremony.",
                enPhotos.get(0).caption(), "its caption followed its photo");
        assertEquals("HKSTP", enPhotos.get(0).credit());
        assertEquals(new ReleaseTiming.Embargoed(nine), enAfter.release().timing());
        assertEquals(enBefore.release().headline(), enAfter.release().headline(), "its own text untouched");

        // An editor holding the English version's older copy meets a conflict, not a silent undo.
        ConflictException c = assertThrows(ConflictException.class,
                () -> store.releases().save(en, enBefore.version(), enBefore.release(), List.of()));
        assertEquals(8, c.theirs().release().photos().size());

        // A photo added in the English version reaches the Chinese one with an empty caption to write.
        List<Photo> more = new ArrayList<>(enAfter.release().photos());
        Photo removed = zhBefore.release().photos().get(8);
        more.add(new Photo(removed.fileName(), removed.sha256(), removed.mediaType(), removed.width(), removed.height(),
                removed.orientation(), "Panel discussion", null, null));
        store.releases().save(en, enAfter.version(), enAfter.release().withPhotos(more), List.of());
        Photo zhLast = read(zh).release().photos().get(8);
        assertEquals(removed.fileName(), zhLast.fileName());
        assertEquals("", zhLast.caption());
    }

    @Test
    void theStatusIsTheFamilysAndApprovalNeedsEveryVersionComplete() throws Exception {
        List<Long> ids = storeFamily();
        long zh = ids.get(0);
        long en = ids.get(1);
        store.releases().setStatus(en, WorkflowStatus.IN_REVIEW, "Ada", "please check");
        assertEquals(WorkflowStatus.IN_REVIEW, read(zh).status());
        // The English headline emptied: approving the family is refused, naming that version, and nothing moves.
        VersionedRelease enNow = read(en);
        store.releases().save(en, enNow.version(), enNow.release().withHeadline(""), List.of());
        LibraryException e = assertThrows(LibraryException.class,
                () -> store.releases().setStatus(zh, WorkflowStatus.APPROVED, "Ada", null));
        assertEquals("Release " + zh + " cannot be approved yet: its en-HK version (release " + en + ") is not complete: "
                + "headline: must not be blank", e.getMessage());
        assertEquals(WorkflowStatus.IN_REVIEW, read(zh).status());
        enNow = read(en);
        store.releases().save(en, enNow.version(), family.versions().get(1).withContacts(enNow.release().contacts())
                .withBoilerplates(enNow.release().boilerplates()).withPhotos(enNow.release().photos()), List.of());
        store.releases().setStatus(zh, WorkflowStatus.APPROVED, "Ada", null);
        assertEquals(WorkflowStatus.APPROVED, read(en).status());
        // Locked together: a save of either is refused; "edit anyway" sends both back to draft.
        VersionedRelease enApproved = read(en);
        LibraryException locked = assertThrows(LibraryException.class,
                () -> store.releases().save(en, enApproved.version(), enApproved.release().withHeadline("x"), List.of()));
        assertEquals(LibraryException.Kind.LOCKED, locked.kind());
        store.releases().saveBackToDraft(en, enApproved.version(), enApproved.release().withHeadline("Edited anyway"), List.of(),
                "a typo");
        assertEquals(WorkflowStatus.DRAFT, read(zh).status());
        assertEquals("a typo", store.history().revisions(zh).get(store.history().revisions(zh).size() - 1).note());
    }

    /** The sample's Chinese and English texts stored as two releases of their own, as before versions existed. */
    private long[] twoReleases(Release en) throws LibraryException {
        long zh = store.releases().insert(family.versions().get(0), family.images());
        long e = store.releases().insert(en, family.images());
        return new long[]{zh, e};
    }

    /** The English version as an English officer would have typed it alone: English names, no photos. */
    private Release englishAlone() {
        Release en = family.versions().get(1);
        List<Contact> named = List.of(
                new Contact(null, "Hong Kong Science and Technology Parks Corporation", "Ms Julia Cheung",
                        List.of("+852 2629 6891"), List.of("julia.cheung@hkstp.org")),
                new Contact(null, "Edelman", "Ms June Wong", List.of("+852 3756 8623", "6986 5822"),
                        List.of("June.Wong@edelman.com", "Edelmanhkstppr@edelman.com")));
        return en.withPhotos(List.of()).withContacts(named).withBoilerplates(List.of());
    }

    @Test
    void linkingMakesTwoReleasesOneFamilyAndAPersonOneContact() throws Exception {
        Release zhAlone = family.versions().get(0);
        List<Contact> chineseOnly = zhAlone.contacts().stream().map(c -> new Contact(null, c.organization(), c.name(),
                c.phones(), c.emails())).toList();
        long zh = store.releases().insert(zhAlone.withContacts(chineseOnly), family.images());
        long en = store.releases().insert(englishAlone(), List.of());
        store.releases().setStatus(zh, WorkflowStatus.IN_REVIEW, "Ada", null);
        assertEquals(4, db.count("contact"));

        List<Families.Version> versions = store.families().link(zh, en);
        assertEquals(List.of(new Families.Version(zh, "zh-Hant-HK", false), new Families.Version(en, "en-HK", false)), versions);
        Release enNow = read(en).release();
        assertEquals(9, enNow.photos().size(), "photos from the one that has them");
        assertEquals("", enNow.photos().get(0).caption(), "captions to be written in English");
        assertEquals(WorkflowStatus.IN_REVIEW, read(en).status(), "a draft takes the first one's status");
        Contact julia = enNow.contacts().get(0);
        assertEquals("張麗蘭", julia.name());
        assertEquals("Ms Julia Cheung", julia.otherName());
        assertEquals("Hong Kong Science and Technology Parks Corporation", julia.otherOrganization());
        assertEquals(read(zh).release().contacts(), enNow.contacts(), "one person, one directory record, in both");
        assertTrue(store.directory().contacts().stream().anyMatch(c -> c.name().equals("Ms Julia Cheung")),
                "the English record stays in the directory: nothing is deleted");
        assertEquals(enNow.boilerplates(), read(zh).release().boilerplates(), "the boilerplates of the one that has them");

        // Unlinked, the English version keeps its copies and changes alone from then on.
        store.families().unlink(en);
        assertEquals(List.of(new Families.Version(en, "en-HK", false)), store.families().versions(en));
        VersionedRelease zhNow = read(zh);
        store.releases().save(zh, zhNow.version(), zhNow.release().withPhotos(zhNow.release().photos().subList(0, 3)), List.of());
        assertEquals(9, read(en).release().photos().size());
        assertEquals(WorkflowStatus.IN_REVIEW, read(en).status());
        assertThrows(LibraryException.class, () -> store.families().unlink(en));
    }

    @Test
    void conflictsOnLinkAreReportedAndNothingChanges() throws Exception {
        Release en = englishAlone().withPhotos(family.versions().get(1).photos().subList(0, 2))
                .withContacts(List.of(new Contact(null, "Edelman", "Ms Sam Lee", List.of(), List.of("sam.lee@edelman.com"))));
        long[] ids = twoReleases(en);
        store.releases().setStatus(ids[1], WorkflowStatus.IN_REVIEW, "Bo", null);
        String before = db.dump();
        LinkConflictException e = assertThrows(LinkConflictException.class, () -> store.families().link(ids[0], ids[1]));
        String a = "release " + ids[0];
        String b = "release " + ids[1];
        assertEquals(List.of(
                "both have photos (" + a + " 9 photos, " + b + " 2 photos); remove the photos of one, or make them the same files "
                        + "in the same order with the same credits",
                "the contacts differ: 張麗蘭 of " + a + " has no email in common with a contact of " + b + "; list the same people "
                        + "in both (one person is one email), or remove the contacts of one",
                "the contacts differ: 黃嘉琪 of " + a + " has no email in common with a contact of " + b + "; list the same people "
                        + "in both (one person is one email), or remove the contacts of one",
                "the contacts differ: Ms Sam Lee of " + b + " has no email in common with a contact of " + a + "; list the same "
                        + "people in both (one person is one email), or remove the contacts of one",
                a + " is a draft and " + b + " is in review; give both the same status first"), e.conflicts());
        assertEquals(5, e.getMessage().lines().count(), "one sentence a conflict");
        assertTrue(e.getMessage().startsWith("Releases " + ids[0] + " and " + ids[1] + " were not linked: both have photos"));
        assertEquals(before, db.dump(), "nothing changed");
        // Two of one language are never one family.
        long zh2 = store.releases().insert(family.versions().get(0), List.of());
        LinkConflictException same = assertThrows(LinkConflictException.class, () -> store.families().link(ids[0], zh2));
        assertTrue(same.conflicts().get(0).contains("is in zh-Hant-HK, and release " + ids[0] + " is too"), same.conflicts().toString());
    }

    @Test
    void aParagraphEditedInOneVersionMarksItsCounterpartStale() throws Exception {
        List<Long> ids = storeFamily();
        long zh = ids.get(0);
        long en = ids.get(1);
        VersionedRelease z = read(zh);
        List<String> body = new ArrayList<>(z.release().body());
        body.set(2, body.get(2) + "（已更新）");
        store.releases().save(zh, z.version(), z.release().withBody(body), List.of());
        assertEquals(List.of("body:3"), store.families().staleUnits(en));
        assertEquals(List.of(), store.families().staleUnits(zh));

        // A paragraph added in Chinese has no English counterpart: missing, not stale; the English one typed into its
        // place (the side-by-side editor knows the key) becomes its counterpart.
        z = read(zh);
        body = new ArrayList<>(z.release().body());
        body.add(4, "新增的一段。");
        store.releases().save(zh, z.version(), z.release().withBody(body), List.of());
        List<Families.VersionText> texts = store.families().texts(zh);
        List<String> zhKeys = texts.get(0).units().bodyKeys();
        assertEquals(9, zhKeys.size());
        String newKey = zhKeys.get(4);
        VersionedRelease e = read(en);
        List<String> enBody = new ArrayList<>(e.release().body());
        enBody.add(4, "A paragraph added.");
        List<String> enKeys = new ArrayList<>(texts.get(1).units().bodyKeys());
        enKeys.add(4, newKey);
        store.families().saveVersion(en, e.version(), e.release().withBody(enBody), texts.get(1).units().highlightKeys(),
                enKeys, List.of());
        assertEquals(zhKeys, store.families().texts(en).get(1).units().bodyKeys());
        assertEquals(List.of("body:3"), store.families().staleUnits(en), "the new one follows its counterpart");

        // The English counterpart of the edited paragraph brought up to date: nothing is stale, on either side.
        e = read(en);
        enBody = new ArrayList<>(e.release().body());
        enBody.set(2, enBody.get(2) + " (updated)");
        store.releases().save(en, e.version(), e.release().withBody(enBody), List.of());
        assertEquals(List.of(), store.families().staleUnits(en));
        assertEquals(List.of(), store.families().staleUnits(zh));
    }

    @Test
    void aNewLanguageVersionStartsWithTheSharedPartsAndNoText() throws Exception {
        List<Long> ids = storeFamily();
        store.releases().setStatus(ids.get(0), WorkflowStatus.IN_REVIEW, "Ada", null);
        long hans = store.families().addVersion(ids.get(1), "zh-Hans");
        VersionedRelease v = read(hans);
        Release zh = read(ids.get(0)).release();
        assertEquals("zh-Hans", v.release().language());
        assertEquals("", v.release().headline());
        assertEquals(List.of(), v.release().body());
        assertEquals(zh.photos().stream().map(Photo::fileName).toList(), v.release().photos().stream().map(Photo::fileName).toList());
        assertTrue(v.release().photos().stream().allMatch(p -> p.caption().isEmpty()));
        assertEquals(zh.contacts(), v.release().contacts());
        assertEquals(zh.dateline().date(), v.release().dateline().date());
        assertEquals("", v.release().dateline().place());
        assertEquals(WorkflowStatus.IN_REVIEW, v.status());
        assertEquals(List.of("zh-Hant-HK", "en-HK", "zh-Hans"),
                store.families().versions(hans).stream().map(Families.Version::language).toList());
        LibraryException e = assertThrows(LibraryException.class, () -> store.families().addVersion(ids.get(0), "en-HK"));
        assertEquals("Release " + ids.get(0) + " has a version in en-HK already (release " + ids.get(1) + ").", e.getMessage());
        // Its first paragraph typed in the plain editor becomes the counterpart of the others' first.
        store.releases().save(hans, v.version(), v.release().withBody(List.of("创新科技署和香港科技园公司主办的……")), List.of());
        assertEquals("1", store.families().texts(hans).get(2).units().bodyKeys().get(0));
        assertEquals(store.families().texts(hans).get(0).units().bodyKeys().get(0), "1");
    }

    @Test
    void aFamilysBundleRoundTripIsByteStable() throws Exception {
        Path in = TestBundles.copyFamily(tmp, "in");
        List<Long> ids = store.families().insert(BundleImporter.load(in).versions(), BundleImporter.load(in).images());
        Path first = tmp.resolve("first");
        List<Release> versions = new ArrayList<>();
        for (long id : ids) {
            versions.add(read(id).release());
        }
        BundleExporter.export(versions, LibraryPhotos.originals(store), first);
        assertArrayEquals(Files.readAllBytes(in.resolve("release.json")), Files.readAllBytes(first.resolve("release.json")));
        BundleImporter.ImportedBundle again = BundleImporter.load(first);
        List<Long> ids2 = store.families().insert(again.versions(), again.images());
        List<Release> versions2 = new ArrayList<>();
        for (long id : ids2) {
            versions2.add(read(id).release());
        }
        Path second = tmp.resolve("second");
        BundleExporter.export(versions2, LibraryPhotos.originals(store), second);
        assertArrayEquals(Files.readAllBytes(first.resolve("release.json")), Files.readAllBytes(second.resolve("release.json")));
        try (var files = Files.list(first.resolve("photos"))) {
            for (Path p : files.toList()) {
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(second.resolve("photos").resolve(p.getFileName())));
            }
        }
        assertFalse(store.families().withSeveralVersions().isEmpty());
        assertEquals(2, store.families().withSeveralVersions().size(), "two families");
    }
}
