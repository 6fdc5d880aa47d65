package io.presskit.share;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.presskit.cli.CliRunner;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The email version of the sample release, as `presskit export-email` writes it, read back as a mail reader would. */
class EmailExportTest {
    static final String SUBJECT = "匯聚八百頂尖國際學者推動科研創新 「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeEach
    void export() {
        if (out != null) {
            return;
        }
        out = tmp.resolve("email");
        CliRunner.Result r = CliRunner.run("export-email", "1", "--out", out.toString(), "--db", tmp.resolve("lib.db").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void theDraftParsesWithBothBodiesAndTheKitAttached() throws Exception {
        MimeMessage msg;
        try (InputStream in = Files.newInputStream(out.resolve("release.eml"))) {
            msg = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals("1", msg.getHeader("X-Unsent", null), "Outlook and Thunderbird open it as a new message");
        assertEquals(SUBJECT, msg.getSubject());
        String rawSubject = msg.getHeader("Subject", null);
        assertTrue(rawSubject.startsWith("=?UTF-8?"), "RFC 2047 encoded: " + rawSubject);
        assertTrue(msg.isMimeType("multipart/mixed"));
        Multipart mixed = (Multipart) msg.getContent();
        assertEquals(2, mixed.getCount());
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"));
        BodyPart plain = alternative.getBodyPart(0);
        assertTrue(plain.isMimeType("text/plain"));
        assertTrue(plain.getContentType().toLowerCase().contains("charset=utf-8"), plain.getContentType());
        String text = (String) plain.getContent();
        assertTrue(text.contains("(香港·2023年12月6日) - 創新科技署"), text);
        assertTrue(text.contains("電郵：julia.cheung@hkstp.org"), text);

        BodyPart relatedPart = alternative.getBodyPart(1);
        assertTrue(relatedPart.isMimeType("multipart/related"));
        Multipart related = (Multipart) relatedPart.getContent();
        BodyPart html = related.getBodyPart(0);
        assertTrue(html.isMimeType("text/html"));
        String htmlText = (String) html.getContent();
        assertTrue(htmlText.contains("<h1"), "the headline");
        assertEquals(1 + 9, related.getCount(), "the HTML and the nine thumbnails it shows");
        for (int i = 1; i < related.getCount(); i++) {
            String cid = related.getBodyPart(i).getHeader("Content-ID")[0].replaceAll("[<>]", "");
            assertTrue(htmlText.contains("src=\"cid:" + cid + "\""), cid);
            assertTrue(related.getBodyPart(i).isMimeType("image/jpeg"));
        }

        BodyPart kit = mixed.getBodyPart(1);
        assertTrue(kit.isMimeType("application/pdf"));
        assertEquals(Part.ATTACHMENT, kit.getDisposition());
        assertEquals("匯聚八百頂尖國際學者推動科研創新.pdf", kit.getFileName());
        byte[] pdf;
        try (InputStream in = kit.getInputStream()) {
            pdf = in.readAllBytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 5, "the whole kit: " + doc.getNumberOfPages() + " pages");
            assertEquals("匯聚八百頂尖國際學者推動科研創新 「InnoHK 創新香港研發平台高峰會 2023」圓滿舉行".replace(" ", ""),
                    doc.getDocumentInformation().getTitle().replaceAll("\\s", ""));
        }
    }

    @Test
    void thePlainTextIsWrappedAt72ColumnsWithCjkCountingTwoAndNoLineStartsWithClosingPunctuation() throws Exception {
        String text = Files.readString(out.resolve("release.txt"), StandardCharsets.UTF_8);
        int wrapped = 0;
        for (String line : text.split("\n")) {
            int cols = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
                cols += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            }
            assertTrue(cols <= 72 || !line.contains(" ") && !line.chars().anyMatch(c -> c > 0x2E80), cols + ": " + line);
            assertFalse(!line.isEmpty() && "，。、；：！？」』）》〉】…".indexOf(line.charAt(0)) >= 0, "starts with closing punctuation: " + line);
            if (cols >= 66) {
                wrapped++;
            }
        }
        assertTrue(wrapped > 50, "the long Chinese paragraphs fill their lines: " + wrapped);
        assertTrue(text.startsWith("香港科技園公司\n新聞稿\n即時發布\n\n匯聚八百頂尖國際學者推動科研創新\n"), text.substring(0, 60));
        assertTrue(text.contains("\n01-創新科技署和香港科技園公司主辦的.jpg") || text.contains("[01-創新科技署和香港科技園公司主辦的.jpg]"), text);
    }

    @Test
    void theHtmlIsATableLayoutWithInlineStylesAndLinkedThumbnailsThatExist() throws Exception {
        String html = Files.readString(out.resolve("release.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"zh-Hant-HK\">"));
        assertFalse(html.contains("<style"), "Gmail drops style sheets: styles are inline");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("class=\""), "nothing depends on a style sheet");
        assertTrue(html.contains("<table role=\"presentation\" width=\"600\""), "a fixed-width table Outlook lays out");
        Matcher links = Pattern.compile("<a href=\"(photos/[^\"]+)\"[^>]*><img src=\"(photos/thumbnails/[^\"]+)\" width=\"160\" height=\"\\d+\" alt=\"[^\"]+\"")
                .matcher(html);
        List<String> found = new ArrayList<>();
        while (links.find()) {
            assertTrue(Files.isRegularFile(out.resolve(links.group(1))), links.group(1));
            assertTrue(Files.isRegularFile(out.resolve(links.group(2))), links.group(2));
            found.add(links.group(1));
        }
        assertEquals(9, found.size());
        assertTrue(html.contains("<a href=\"mailto:julia.cheung@hkstp.org\""));
        assertTrue(html.contains("<a href=\"tel:+85226296891\""));
        assertTrue(html.contains("<strong>(香港·2023年12月6日) -</strong> 創新科技署"));
        assertNotNull(html);
    }

    @Test
    void theClipboardHtmlCarriesItsThumbnailsInline() throws Exception {
        io.presskit.model.Release r;
        List<byte[]> thumbs = new ArrayList<>();
        try (io.presskit.library.LibraryStore store = io.presskit.library.LibraryStore.open(tmp.resolve("lib.db"))) {
            r = store.releases().release(1).orElseThrow();
            for (io.presskit.model.Photo p : r.photos()) {
                thumbs.add(store.images().thumbnail(p.sha256()).orElseThrow().bytes());
            }
        }
        String html = EmailVersion.clipboardHtml(r, thumbs);
        Matcher m = Pattern.compile("src=\"data:image/jpeg;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int n = 0;
        while (m.find()) {
            byte[] jpeg = java.util.Base64.getDecoder().decode(m.group(1));
            assertNotNull(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg)));
            n++;
        }
        assertEquals(9, n);
    }

    @Test
    void anIncompleteReleaseIsRefusedAndWrongUsageExitsWithTwo() throws Exception {
        Path db = tmp.resolve("other.db");
        CliRunner.run("list", "--db", db.toString());
        try (io.presskit.library.LibraryStore store = io.presskit.library.LibraryStore.open(db)) {
            io.presskit.testing.Saves.overLatest(store, 1, store.releases().release(1).orElseThrow().withHeadline(" "), List.of());
        }
        Path dir = tmp.resolve("refused");
        CliRunner.Result r = CliRunner.run("export-email", "1", "--out", dir.toString(), "--db", db.toString());
        assertEquals(1, r.code());
        assertEquals("Release 1 is not complete yet, so it cannot be exported: headline: must not be blank\n", r.err());
        assertFalse(Files.exists(dir));
        assertEquals(2, CliRunner.run("export-email", "1", "--db", db.toString()).code());
        assertEquals(2, CliRunner.run("export-email", "one", "--out", dir.toString(), "--db", db.toString()).code());
        assertEquals(2, CliRunner.run("export-email", "1", "--out", dir.toString(), "--photos", "x", "--db", db.toString()).code());
    }
}
