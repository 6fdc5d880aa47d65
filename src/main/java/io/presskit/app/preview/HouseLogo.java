package io.presskit.app.preview;

import io.presskit.app.i18n.Messages;
import io.presskit.image.ImageRejectedException;
import io.presskit.kit.KitLogo;
import io.presskit.kit.KitOptions;
import io.presskit.kit.PaperSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The letterhead logo chosen in Preferences, as every kit the app makes carries it (preview, export, print,
 * email). The file is read and checked the first time a kit needs it, and again only when it changed; a file
 * moved away or damaged since it was chosen leaves the kit without a logo and says why, once per kit.
 * Called from background jobs only: reading a logo is image decoding.
 */
public final class HouseLogo {
    /** No logo chosen. */
    public static final HouseLogo NONE = new HouseLogo(() -> "");

    /** The logo to print, or null; and the sentence saying why a chosen one is not printed. */
    public record Loaded(KitLogo logo, List<String> warnings) {
    }

    private final Supplier<String> file;
    private String readKey;
    private Loaded read;

    /** @param file the chosen logo's path, empty for none (read each time: Preferences may change it) */
    public HouseLogo(Supplier<String> file) {
        this.file = file;
    }

    public synchronized Loaded load() {
        String chosen = file.get();
        if (chosen == null || chosen.isBlank()) {
            return new Loaded(null, List.of());
        }
        Path path = Path.of(chosen);
        String key = chosen + '|' + stamp(path);
        if (!key.equals(readKey)) {
            try {
                read = new Loaded(KitLogo.readFile(path), List.of());
            } catch (ImageRejectedException e) {
                read = new Loaded(null, List.of(Messages.format("kit.logoNotUsed", e.getMessage())));
            }
            readKey = key;
        }
        return read;
    }

    /** The options of a kit on {@code paper}, dated {@code createdAt}, with the house logo when it can be printed. */
    public KitOptions options(PaperSize paper, Instant createdAt) {
        return new KitOptions(paper, createdAt).withLogo(load().logo());
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.size() + "|" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
