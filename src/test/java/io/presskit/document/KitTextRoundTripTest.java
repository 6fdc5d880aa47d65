package io.presskit.document;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.PreparedImage;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.kit.PaperSize;
import io.presskit.model.Release;
import io.presskit.testing.ReleaseDiff;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text copied out of a PDF kit — lines wrapped, no blank line between paragraphs, page footers, "（續）", the
 * slug repeating the headline on every page, paragraphs cut by page breaks — imports as the release it was made
 * from. The PDF here is our own kit of the sample release, its text taken out by PDFBox.
 */
class KitTextRoundTripTest {
    @TempDir
    Path tmp;

    /** The kit of {@code release} as text, the way a journalist copies it out of the PDF. */
    private Path kitText(Release release, List<PreparedImage> images, PaperSize paper) throws Exception {
        Map<String, PreparedImage> bySha = new HashMap<>();
        images.forEach(i -> bySha.put(i.sha256(), i));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        KitExporter.shared().export(release, p -> bySha.get(p.sha256()).rendition(),
                new KitOptions(paper, Instant.parse("2023-12-06T00:00:00Z")), pdf, KitProgress.NONE);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        Path txt = tmp.resolve("kit.txt");
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        return txt;
    }

    @Test
    void theTextOfTheSampleKitImportsAsTheSampleRelease() throws Exception {
        BundleImporter.ImportedBundle sample = BundleImporter.load(Path.of("assets/sample"));
        Path txt = kitText(sample.release(), sample.images(), PaperSize.A4);
        Assembly imported = DocumentImporter.importDocument(txt, Path.of("assets/sample/photos"), null, List.of());
        ReleaseDiff.assertSameContent(sample.release(), imported.release());
    }

    @Test
    void theTextOfAnEnglishEmbargoedKitImportsAsItsRelease() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        Files.write(photos.resolve("picker.jpg"), io.presskit.testing.TestDocuments.photoJpeg());
        Path typed = tmp.resolve("acme.txt");
        Files.writeString(typed, PlainTextImportTest.ENGLISH, StandardCharsets.UTF_8);
        Assembly original = DocumentImporter.importDocument(typed, photos, null, List.of());
        Path txt = kitText(original.release(), original.images(), PaperSize.LETTER);
        Assembly imported = DocumentImporter.importDocument(txt, photos, null, List.of());
        ReleaseDiff.assertSameContent(original.release(), imported.release());
    }
}
