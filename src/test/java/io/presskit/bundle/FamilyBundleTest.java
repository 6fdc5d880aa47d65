package io.presskit.bundle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.image.PreparedImage;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bundle of a release's language versions (format 2), read from a release.json written by hand: the versions
 * share photos, contacts and boilerplates and hold their own text; written back it is the same file, byte for
 * byte; every refusal names the version's field.
 */
class FamilyBundleTest {
    @TempDir
    Path tmp;

    private static BundleExporter.Originals originals(BundleImporter.ImportedBundle b) {
        Map<String, byte[]> bySha = new HashMap<>();
        for (PreparedImage i : b.images()) {
            bySha.put(i.sha256(), i.original());
        }
        return p -> bySha.get(p.sha256());
    }

    @Test
    void theVersionsShareWhatIsTheSameInEveryLanguage() throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.copyFamily(tmp, "family"));
        assertTrue(b.isFamily());
        Release zh = b.versions().get(0);
        Release en = b.versions().get(1);
        assertEquals("zh-Hant-HK", zh.language());
        assertEquals("en-HK", en.language());
        assertEquals(9, b.images().size(), "the photo files are read once");
        assertEquals(zh.photos().stream().map(Photo::sha256).toList(), en.photos().stream().map(Photo::sha256).toList());
        assertEquals(zh.photos().stream().map(Photo::fileName).toList(), en.photos().stream().map(Photo::fileName).toList());
        assertEquals("圖示創新科技及工業局局長孫東教授在開幕典禮致辭。", zh.photos().get(1).caption());
        assertEquals("The Secretary for Innovation, Technology and Industry, Professor Sun Dong, speaks at the opening ceremony.",
                en.photos().get(1).caption());
        assertEquals(zh.timing(), en.timing());
        assertEquals(zh.contacts(), en.contacts());
        assertEquals("Ms Julia Cheung", zh.contacts().get(0).otherName());
        assertEquals(zh.boilerplates(), en.boilerplates());
        assertEquals("About Hong Kong Science and Technology Parks Corporation", en.boilerplates().get(0).otherTitle());
        assertEquals("800 leading international scholars gather to drive research and innovation", en.headlineFirstLine());
        assertEquals("Hong Kong", en.dateline().place());
        assertEquals(8, en.body().size());
    }

    @Test
    void writtenBackItIsTheSameFileByteForByte() throws Exception {
        Path in = TestBundles.copyFamily(tmp, "family");
        BundleImporter.ImportedBundle b = BundleImporter.load(in);
        Path out = tmp.resolve("out");
        BundleExporter.export(b.versions(), originals(b), out);
        assertArrayEquals(Files.readAllBytes(in.resolve("release.json")), Files.readAllBytes(out.resolve("release.json")),
                new String(Files.readAllBytes(out.resolve("release.json")), java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 1; i <= 9; i++) {
            String name = "photo-0" + i + ".jpg";
            assertArrayEquals(Files.readAllBytes(in.resolve("photos").resolve(name)),
                    Files.readAllBytes(out.resolve("photos").resolve(name)), name);
        }
        // And as a zip: the same family comes back.
        Path zip = tmp.resolve("family.zip");
        BundleExporter.export(b.versions(), originals(b), zip);
        assertEquals(b.versions(), BundleImporter.load(zip).versions());
        // One version alone is a format 1 bundle, as before.
        Path one = tmp.resolve("one");
        BundleExporter.export(List.of(b.versions().get(1)), originals(b), one);
        assertEquals(1, TestBundles.read(one).get("format").intValue());
        assertEquals("en-HK", TestBundles.read(one).get("language").textValue());
        assertEquals("Ms Julia Cheung", TestBundles.read(one).get("contacts").get(0).get("otherName").textValue());
    }

    @Test
    void anIncompleteVersionIsNotExported() throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.copyFamily(tmp, "family"));
        Release draft = b.versions().get(1).withHeadline(" ");
        BundleException e = assertThrows(BundleException.class,
                () -> BundleExporter.export(List.of(b.versions().get(0), draft), originals(b), tmp.resolve("out")));
        assertEquals("The en-HK version is not complete yet, so it cannot be exported as a bundle: headline: must not be blank",
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    private String refusal(Consumer<ObjectNode> edit) throws Exception {
        Path bundle = TestBundles.copyFamily(tmp, "edited-" + System.nanoTime());
        TestBundles.editJson(bundle, edit);
        return assertThrows(BundleException.class, () -> BundleImporter.load(bundle)).getMessage();
    }

    private static ObjectNode version(ObjectNode root, int k) {
        return (ObjectNode) root.withArray("versions").get(k);
    }

    @Test
    void refusalsNameTheVersionsField() throws Exception {
        assertEquals("versions[1].headline: must not be blank", refusal(r -> version(r, 1).put("headline", "")));
        assertEquals("versions[1].language: zh-Hant-HK is already the language of versions[0]; a release has one version "
                + "per language", refusal(r -> version(r, 1).put("language", "zh-Hant-HK")));
        assertEquals("versions[1].photos: lists 8 captions for 9 photos; each version has one for every photo",
                refusal(r -> ((ArrayNode) version(r, 1).get("photos")).remove(8)));
        assertEquals("versions[0].photos[2].caption: must not be blank",
                refusal(r -> ((ObjectNode) version(r, 0).get("photos").get(2)).put("caption", " ")));
        assertEquals("versions[1].photos[0].credit: unknown field; this version reads only altText, caption",
                refusal(r -> ((ObjectNode) version(r, 1).get("photos").get(0)).put("credit", "HKSTP")));
        assertEquals("versions[0].release: unknown field; this version reads only body, contactsHeading, dateline, endMark, "
                + "headline, highlights, issuer, label, language, photos, subheadline",
                refusal(r -> version(r, 0).putObject("release").put("type", "immediate")));
        assertEquals("versions: is missing; a format 2 bundle lists at least one language version",
                refusal(r -> r.remove("versions")));
        assertEquals("versions[1].dateline.date: \"6 Dec\" is not an ISO date such as 2023-12-06",
                refusal(r -> ((ObjectNode) version(r, 1).get("dateline")).put("date", "6 Dec")));
        assertEquals("contacts[0].emails[0]: \"julia\" is not a valid email address",
                refusal(r -> ((ArrayNode) r.get("contacts").get(0).get("emails")).set(0, "julia")));
        assertEquals("photos[3].file: photos/missing.jpg is not in the bundle",
                refusal(r -> ((ObjectNode) r.get("photos").get(3)).put("file", "photos/missing.jpg")));
    }
}
