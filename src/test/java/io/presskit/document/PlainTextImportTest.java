package io.presskit.document;

import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextImportTest {
    @TempDir
    Path tmp;

    static final String ENGLISH = """
            Acme Robotics Inc.

            PRESS RELEASE
            EMBARGOED UNTIL 09:00 EDT, 15 March 2027

            Acme Unveils Its First Warehouse Robot
            Two hundred machines ship to retailers this summer

            - Picks 1,200 items an hour
            - Runs 20 hours on one charge

            BOSTON, March 15, 2027 – Acme Robotics today unveiled Picker, a warehouse robot
            that picks and packs orders for mid-sized retailers. The first two hundred
            machines ship in June.

            "Retailers told us they could not find staff for the night shift," said Jane
            Doe, chief executive of Acme Robotics.

            – ENDS –

            Photo 1: Picker at work in Acme's Boston warehouse. (Photo: Sam Lee / Acme Robotics)

            About Acme Robotics
            Acme Robotics builds machines for warehouses. It was founded in 2019 and employs
            120 people in Boston.

            Media enquiries:
            Jane Smith
            Acme Robotics
            Tel: +1 617 555 0100
            Email: jane.smith@acme-robotics.com
            """;

    private Path write(String name, String text, Charset cs) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    @Test
    void anEnglishReleaseWithAnEdtEmbargoGetsTheRightInstantAndEveryPart() throws Exception {
        Assembly a = DocumentImporter.importDocument(write("acme.txt", ENGLISH, StandardCharsets.UTF_8), null, null, List.of());
        Release r = a.release();
        ReleaseTiming.Embargoed e = assertInstanceOf(ReleaseTiming.Embargoed.class, r.timing());
        assertEquals(Instant.parse("2027-03-15T13:00:00Z"), e.until().toInstant());
        assertEquals(ZoneId.of("America/New_York"), e.until().getZone(), "EDT keeps its region, so the kit prints EDT");
        assertEquals("en-US", r.language());
        assertEquals("Acme Robotics Inc.", r.issuer());
        assertEquals("PRESS RELEASE", r.label());
        assertEquals("Acme Unveils Its First Warehouse Robot", r.headline());
        assertEquals("Two hundred machines ship to retailers this summer", r.subheadline());
        assertEquals(List.of("Picks 1,200 items an hour", "Runs 20 hours on one charge"), r.highlights());
        assertEquals(new Dateline("BOSTON", LocalDate.of(2027, 3, 15)), r.dateline());
        assertEquals(List.of("Acme Robotics today unveiled Picker, a warehouse robot that picks and packs orders for "
                        + "mid-sized retailers. The first two hundred machines ship in June.",
                "\"Retailers told us they could not find staff for the night shift,\" said Jane Doe, chief executive of "
                        + "Acme Robotics.",
                "Photo 1: Picker at work in Acme's Boston warehouse. (Photo: Sam Lee / Acme Robotics)"), r.body(),
                "a caption without a photo stays in the body");
        assertEquals("– ENDS –", r.endMark());
        assertEquals(1, r.boilerplates().size());
        assertEquals("About Acme Robotics", r.boilerplates().get(0).title());
        assertEquals(List.of("Acme Robotics builds machines for warehouses. It was founded in 2019 and employs 120 "
                + "people in Boston."), r.boilerplates().get(0).body());
        assertEquals("Media enquiries:", r.contactsHeading());
        assertEquals(List.of(new Contact(null, "Acme Robotics", "Jane Smith", List.of("+1 617 555 0100"),
                List.of("jane.smith@acme-robotics.com"))), r.contacts());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("has no photo")), a.notes().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EMBARGOED UNTIL 09:00 EDT, 15 March 2027|2027-03-15T13:00:00Z|America/New_York",
            "Embargoed until 9:00 a.m. ET, Monday, March 15, 2027|2027-03-15T13:00:00Z|America/New_York",
            "EMBARGOED UNTIL 9am EST, January 10, 2028|2028-01-10T14:00:00Z|America/New_York",
            "EMBARGOED UNTIL 00:01 GMT on Tuesday 16 March 2027|2027-03-16T00:01:00Z|Europe/London",
            "禁止發布，直至 2023年12月6日 15:00 HKT|2023-12-06T07:00:00Z|Asia/Hong_Kong",
            "嚴禁於2023年12月6日下午3時（香港時間）前發布|2023-12-06T07:00:00Z|Asia/Hong_Kong",
            "禁止發布：2023年12月6日 上午10時30分 UTC+8|2023-12-06T02:30:00Z|+08:00",
            "EMBARGO: 2027-03-15 09:00 UTC|2027-03-15T09:00:00Z|Z",
    })
    void embargoLinesInEitherLanguageGiveTheInstantAndTheZone(String line, String instant, String zone) throws Exception {
        String text = "新聞稿\n\n" + line + "\n\n標題\n\n（香港·2023年12月6日）本文。\n";
        Release r = DocumentImporter.importDocument(write("e.txt", text, StandardCharsets.UTF_8), null, "zh-Hant-HK", List.of()).release();
        ZonedDateTime until = assertInstanceOf(ReleaseTiming.Embargoed.class, r.timing()).until();
        assertEquals(Instant.parse(instant), until.toInstant());
        assertEquals(ZoneId.of(zone), until.getZone());
    }

    @Test
    void anEmbargoWithoutAZoneIsRefusedWithOneSentenceNamingTheLine() throws Exception {
        Path f = write("bare.txt", "PRESS RELEASE\n\nEMBARGOED UNTIL 09:00, 15 March 2027\n\nHeadline\n\nBody text.\n",
                StandardCharsets.UTF_8);
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentImporter.importDocument(f, null, null, List.of()));
        assertEquals("line 3: the embargo \"EMBARGOED UNTIL 09:00, 15 March 2027\" has no time zone; write one such as "
                + "HKT, EDT or UTC+8 and import again.", e.getMessage());
    }

    static final String CHINESE = """
            香港科技園公司
            新聞稿
            即時發布

            科學園新實驗室開幕
            三十間初創企業進駐

            （香港·2023年12月6日）香港科技園公司今日宣布新實驗室開幕，為本地初創企業提供研發空間。

            ###

            圖一：行政總裁黃克強主持開幕禮。（圖片來源：香港科技園公司）

            傳媒查詢：
            張麗蘭
            電話：+852 2629 6891
            電郵：julia.cheung@hkstp.org
            """;

    @ParameterizedTest
    @CsvSource({"UTF-8", "UTF-16", "UTF-16LE", "Big5-HKSCS"})
    void chineseTextInTheEncodingsHongKongToolsWriteReadsTheSame(String charset) throws Exception {
        byte[] bytes = CHINESE.getBytes(Charset.forName(charset));
        if (charset.equals("UTF-16LE")) { // Notepad's "Unicode": little-endian with a byte-order mark
            byte[] bom = new byte[bytes.length + 2];
            bom[0] = (byte) 0xFF;
            bom[1] = (byte) 0xFE;
            System.arraycopy(bytes, 0, bom, 2, bytes.length);
            bytes = bom;
        }
        Path f = tmp.resolve("zh.txt");
        Files.write(f, bytes);
        Release r = DocumentImporter.importDocument(f, null, null, List.of()).release();
        assertEquals("zh-Hant-HK", r.language());
        assertEquals("香港科技園公司", r.issuer());
        assertEquals("新聞稿", r.label());
        assertEquals(ReleaseTiming.IMMEDIATE, r.timing());
        assertEquals("科學園新實驗室開幕", r.headline());
        assertEquals("三十間初創企業進駐", r.subheadline());
        assertEquals(new Dateline("香港", LocalDate.of(2023, 12, 6)), r.dateline());
        assertEquals(List.of("香港科技園公司今日宣布新實驗室開幕，為本地初創企業提供研發空間。",
                "圖一：行政總裁黃克強主持開幕禮。（圖片來源：香港科技園公司）"), r.body());
        assertEquals("傳媒查詢：", r.contactsHeading());
        assertEquals(List.of(new Contact(null, null, "張麗蘭", List.of("+852 2629 6891"), List.of("julia.cheung@hkstp.org"))),
                r.contacts());
    }

    @Test
    void aContactWithTheEmailOfADirectoryEntryIsThatEntry() throws Exception {
        Contact known = new Contact(7L, "香港科技園公司", "張麗蘭 Julia Cheung", List.of("+852 2629 6891"),
                List.of("Julia.Cheung@hkstp.org"));
        Assembly a = DocumentImporter.importDocument(write("zh.txt", CHINESE, StandardCharsets.UTF_8), null, null, List.of(known));
        assertEquals(List.of(known), a.release().contacts());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("directory")), a.notes().toString());
    }

    @Test
    void textThatFitsNoRuleLandsInTheBodyAndTheImportSaysSo() throws Exception {
        String text = CHINESE.replace("###\n", "###\n\n附錄：場地平面圖將於稍後提供\n");
        Assembly a = DocumentImporter.importDocument(write("zh.txt", text, StandardCharsets.UTF_8), null, null, List.of());
        assertTrue(a.release().body().contains("附錄：場地平面圖將於稍後提供"), a.release().body().toString());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("附錄：場地平面圖將於稍後提供") && n.contains("not recognised")),
                a.notes().toString());
    }

    @Test
    void anOfficerCanMoveAPieceToAnotherRoleAndTheReleaseIsRebuilt() throws Exception {
        Recognition r = DocumentImporter.recognize(write("zh.txt", CHINESE, StandardCharsets.UTF_8), null);
        int sub = -1;
        for (int i = 0; i < r.pieces().size(); i++) {
            if (r.pieces().get(i).role() == PieceRole.SUBHEADLINE) {
                sub = i;
            }
        }
        Release moved = r.withRole(sub, PieceRole.HEADLINE).assemble(List.of(), List.of()).release();
        assertEquals("科學園新實驗室開幕\n三十間初創企業進駐", moved.headline());
        assertNull(moved.subheadline());
        int dateline = r.pieces().stream().map(Piece::role).toList().indexOf(PieceRole.DATELINE);
        Release undated = r.withRole(dateline, PieceRole.BODY).assemble(List.of(), List.of()).release();
        assertNull(undated.dateline());
        assertEquals("（香港·2023年12月6日）香港科技園公司今日宣布新實驗室開幕，為本地初創企業提供研發空間。", undated.body().get(0),
                "a dateline moved back to the body runs on into its paragraph as it was written");
    }
}
