package io.presskit.kit;

import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** For random text: every character comes back exactly once, and no line leaves its box. */
class LayoutPropertiesTest {

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(14)
                .map(w -> w + " ");
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(d -> " " + d + " ");
        Arbitrary<String> punct = Arbitraries.of("，", "。", "、", "「", "」", "（", "）", "——", "……", "：", "；", "！", "？",
                ", ", ". ", "(", ")", " - ", "《", "》");
        Arbitrary<String> special = Arbitraries.of(" julia.cheung@hkstp.org ", " +852 2629 6891 ",
                " https://www.hkstp.org/zh-hk/about-us/our-story ", " InnoHK ", " Health@InnoHK ");
        return Arbitraries.oneOf(han, han, latin, digits, punct, special).list().ofMinSize(1).ofMaxSize(60)
                .map(parts -> String.join("", parts).strip())
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void everyCharacterOnceAndNoOverflow(@ForAll("paragraphs") String text, @ForAll @FloatRange(min = 40, max = 470) float width,
                                         @ForAll boolean chinese) {
        LineBreaker b = new LineBreaker(KitFonts.shared(), chinese ? "zh-Hant-HK" : "en-US", chinese);
        List<LineBreaker.Line> lines = b.lines(List.of(new LineBreaker.Span(text, KitFonts.Style.REGULAR, 10.5f, Color.BLACK)),
                width, true);
        StringBuilder joined = new StringBuilder();
        for (LineBreaker.Line l : lines) {
            float full = l.justifiedWidth();
            assertTrue(full <= width + 0.01f, "overflow: " + full + " > " + width + " for \"" + l.text() + "\"");
            joined.append(l.text());
        }
        assertEquals(text.replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""));
    }

    @Property(tries = 25)
    void theExportedPdfGivesEveryCharacterBackOnce(@ForAll("paragraphs") String text) throws Exception {
        Release r = new Release("zh-Hant-HK", null, null, ReleaseTiming.IMMEDIATE, "測試", null, List.of(), null,
                List.of(text), null, List.of(), List.of(), null, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitExporter.shared().export(r, photo -> null, new KitOptions(PaperSize.A4, Instant.EPOCH), out, KitProgress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String extracted = KitPdfTest.body(List.of(new PDFTextStripper().getText(doc).split("\f")), "測試")
                    .replaceAll("\\s", "");
            String expected = ("新聞稿即時發布測試" + text + "###").replaceAll("\\s", "");
            assertEquals(expected, extracted.replaceAll("第\\d+頁，共\\d+頁", ""));
        }
    }
}
