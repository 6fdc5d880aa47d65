package io.presskit.tools;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes assets/fonts/NotoSansSC-Supplement-*.ttf: the glyphs of Noto Sans SC for the characters Noto Sans TC
 * lacks (simplified-only Han such as 创, which real Hong Kong releases do contain), so that a kit never
 * drops them and the shipped fonts stay small. Run when the fonts change:
 * {@code java -cp target/test-classes:target/classes:<deps> io.presskit.tools.SupplementFontMain SC.ttf TC.ttf OUT.ttf}
 */
public final class SupplementFontMain {
    private SupplementFontMain() {
    }

    public static void main(String[] args) throws Exception {
        TrueTypeFont sc = new TTFParser().parse(new RandomAccessReadBufferedFile(args[0]));
        TrueTypeFont tc = new TTFParser().parse(new RandomAccessReadBufferedFile(args[1]));
        CmapLookup scMap = sc.getUnicodeCmapLookup();
        CmapLookup tcMap = tc.getUnicodeCmapLookup();
        TTFSubsetter subsetter = new TTFSubsetter(sc, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
                "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap"));
        int added = 0;
        for (int cp = 0x2E80; cp <= 0xFFFF; cp++) { // BMP: the subsetter writes a format-4 cmap
            if (scMap.getGlyphId(cp) > 0 && tcMap.getGlyphId(cp) == 0) {
                subsetter.add(cp);
                added++;
            }
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            subsetter.writeToStream(out);
        }
        System.out.println(args[2] + ": " + added + " characters, " + Files.size(Path.of(args[2])) + " bytes");
    }
}
