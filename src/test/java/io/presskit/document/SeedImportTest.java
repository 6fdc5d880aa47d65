package io.presskit.document;

import io.presskit.bundle.BundleImporter;
import io.presskit.model.Release;
import io.presskit.testing.ReleaseDiff;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

/**
 * The seed text (the sample release as text taken out of its PDF: page residue, paragraphs cut by page
 * breaks) imported with the sample's photos gives the sample release, field for field, as the bundle reader
 * reads it from assets/sample/release.json.
 */
class SeedImportTest {
    static final Path SEED = Path.of("src/test/resources/io/presskit/document/seed-innohk-summit.txt");

    @Test
    void theSeedTextWithTheSamplePhotosImportsAsTheSampleRelease() throws Exception {
        Release expected = BundleImporter.load(Path.of("assets/sample")).release();
        Assembly imported = DocumentImporter.importDocument(SEED, Path.of("assets/sample/photos"), null, List.of());
        ReleaseDiff.assertSameContent(expected, imported.release());
    }
}
