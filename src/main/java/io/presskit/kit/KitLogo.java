package io.presskit.kit;

import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.PreparedImage;
import io.presskit.image.ImageRules;
import io.presskit.kit.document.KitImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The letterhead logo of a kit, in the house style: an image file (PNG with its transparency, or JPEG),
 * checked like a photo and embedded at print quality (lossless, or the JPEG as it is), never printed
 * larger than 300 ppi allows.
 */
public record KitLogo(KitImage image) {

    /**
     * Reads the logo file the user chose (on the command line or in the app's Preferences); refuses a missing,
     * unreadable, oversized, damaged or non-image file with one sentence naming it.
     */
    public static KitLogo readFile(Path file) throws ImageRejectedException {
        byte[] bytes;
        try {
            if (Files.size(file) > ImageRules.MAX_FILE_BYTES) {
                throw new ImageRejectedException("The logo was not used: " + file.getFileName() + " is larger than the "
                        + (ImageRules.MAX_FILE_BYTES >> 20) + " MB an image may be.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageRejectedException("The logo " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ImageRejectedException("The logo " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
        try {
            return read(file.getFileName().toString(), bytes);
        } catch (ImageRejectedException e) {
            throw new ImageRejectedException("The logo was not used: " + e.getMessage(), e);
        }
    }

    /** Reads a logo file; refuses one that is no image, or damaged, with one sentence naming it. */
    public static KitLogo read(String name, byte[] bytes) throws ImageRejectedException {
        PreparedImage p = ImagePipeline.prepare(name, bytes);
        return new KitLogo(new KitImage(name, p.rendition().mediaType(), p.rendition().width(), p.rendition().height(),
                p.info().orientation(), p.rendition().bytes()));
    }
}
