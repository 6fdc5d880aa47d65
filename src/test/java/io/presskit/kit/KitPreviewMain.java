package io.presskit.kit;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the two test kits for looking at them: {@code /tmp/kit-zh.pdf} and {@code /tmp/kit-en.pdf}
 * (or into the folder given), then e.g. {@code pdftoppm -r 50 -png /tmp/kit-zh.pdf /tmp/kz}.
 */
public final class KitPreviewMain {
    private KitPreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        for (String name : new String[]{"zh", "en"}) {
            KitFixtures.Kit kit = name.equals("zh") ? KitFixtures.sample() : KitFixtures.english();
            Path out = dir.resolve("kit-" + name + ".pdf");
            try (OutputStream os = Files.newOutputStream(out)) {
                KitResult r = KitExporter.shared().export(kit.release(), kit.photos(),
                        new KitOptions(name.equals("zh") ? PaperSize.A4 : PaperSize.LETTER, Instant.now()), os, KitProgress.NONE);
                System.out.println(out + ": " + r.pageCount() + " pages; warnings " + r.warnings());
            }
        }
    }
}
