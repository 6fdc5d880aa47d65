package io.presskit.image;

import java.io.IOException;

/**
 * A photo's stored image cannot be had (missing, or its bytes no longer match their SHA-256): the message is
 * the sentence for the user, naming the photo. An {@link IOException}, so that it passes through the kit's and
 * the bundle writer's photo interfaces unchanged.
 */
public class PhotoUnavailableException extends IOException {
    public PhotoUnavailableException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
