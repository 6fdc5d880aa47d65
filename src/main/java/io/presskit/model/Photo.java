package io.presskit.model;

/**
 * A photo of a release, in print order. The original bytes live in the library under {@code sha256};
 * {@code width}/{@code height} are the stored pixels, before {@code orientation} (EXIF 1–8) turns them.
 *
 * @param fileName  the file name the photo travels under in a bundle ({@code opening.jpg})
 * @param caption   the caption without its number: the kit numbers photos (圖一 / Photo 1)
 */
public record Photo(String fileName, String sha256, String mediaType, int width, int height, int orientation,
                    String caption, String credit, String altText) {

    public Photo {
        caption = caption == null ? "" : caption;
        credit = Texts.absentIfBlank(credit);
        altText = Texts.absentIfBlank(altText);
    }

    /** Width as displayed, after EXIF orientation. */
    public int displayWidth() {
        return orientation >= 5 ? height : width;
    }

    /** Height as displayed, after EXIF orientation. */
    public int displayHeight() {
        return orientation >= 5 ? width : height;
    }

    public Photo withText(String caption, String credit, String altText) {
        return new Photo(fileName, sha256, mediaType, width, height, orientation, caption, credit, altText);
    }
}
