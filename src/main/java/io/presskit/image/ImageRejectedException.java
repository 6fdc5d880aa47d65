package io.presskit.image;

/** An image refused with one sentence that names the file ("photos/x.jpg does not decode as an image"). */
public class ImageRejectedException extends Exception {
    public ImageRejectedException(String sentence) {
        super(sentence);
    }

    public ImageRejectedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
