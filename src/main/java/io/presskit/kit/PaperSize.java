package io.presskit.kit;

/** The paper a kit is set on, in PDF points. */
public enum PaperSize {
    A4(595.28f, 841.89f), LETTER(612f, 792f);

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** {@code a4} or {@code letter}, as the command line spells them. */
    public static java.util.Optional<PaperSize> fromKey(String key) {
        return switch (key == null ? "" : key.toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> java.util.Optional.of(A4);
            case "letter" -> java.util.Optional.of(LETTER);
            default -> java.util.Optional.empty();
        };
    }
}
