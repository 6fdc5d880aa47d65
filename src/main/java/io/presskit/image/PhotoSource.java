package io.presskit.image;

import io.presskit.model.Photo;

import java.io.IOException;

/** Where the kit gets each photo's rendition: the library keeps them, tests may make them on the fly. */
public interface PhotoSource {
    PhotoRendition rendition(Photo photo) throws IOException;
}
