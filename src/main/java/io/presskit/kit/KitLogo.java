package io.presskit.kit;

import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.PreparedImage;
import io.presskit.kit.document.KitImage;

/**
 * The letterhead logo of a kit, in the house style: an image file (PNG with its transparency, or JPEG),
 * checked like a photo and embedded at print quality (lossless, or the JPEG as it is), never printed
 * larger than 300 ppi allows.
 */
public record KitLogo(KitImage image) {

    /** Reads a logo file; refuses one that is no image, or damaged, with one sentence naming it. */
    public static KitLogo read(String name, byte[] bytes) throws ImageRejectedException {
        PreparedImage p = ImagePipeline.prepare(name, bytes);
        return new KitLogo(new KitImage(name, p.rendition().mediaType(), p.rendition().width(), p.rendition().height(),
                p.info().orientation(), p.rendition().bytes()));
    }
}
