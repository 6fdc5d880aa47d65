package io.presskit.kit.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The shipped faces (Noto Sans for Latin, Noto Sans TC for Han and full-width punctuation), parsed once
 * per process, with advance widths cached per code point; and, for a character none of them has, a
 * system face found by fontconfig.
 */
public final class KitFonts {
    /** The faces a kit uses. */
    public enum Face {
        LATIN("NotoSans-Regular.ttf"), LATIN_BOLD("NotoSans-Bold.ttf"), LATIN_ITALIC("NotoSans-Italic.ttf"),
        TC("NotoSansTC-Regular.ttf"), TC_BOLD("NotoSansTC-Bold.ttf"),
        SC("NotoSansSC-Supplement-Regular.ttf"), SC_BOLD("NotoSansSC-Supplement-Bold.ttf"), FALLBACK(null);

        final String file;

        Face(String file) {
            this.file = file;
        }

        /** The Chinese faces: their glyphs take the justification spacing of a Chinese line. */
        public boolean isTc() {
            return this == TC || this == TC_BOLD || this == SC || this == SC_BOLD;
        }

        /** Loaded only when a character needs it. */
        boolean lazy() {
            return this == SC || this == SC_BOLD || this == FALLBACK;
        }
    }

    /** Regular, bold or italic: the style a run asks for; the face follows from style and script. */
    public enum Style { REGULAR, BOLD, ITALIC }

    /** One parsed font with its cached metrics. Not thread-safe for subsetting: exports are serialised. */
    public static final class Loaded {
        public final Face face;
        public final TrueTypeFont ttf;
        public final String name;
        private final CmapLookup cmap;
        private final float unitsPerEm;
        private final Map<Integer, Float> widths = new ConcurrentHashMap<>();

        Loaded(Face face, TrueTypeFont ttf, String name) throws IOException {
            this.face = face;
            this.ttf = ttf;
            this.name = name;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.unitsPerEm = ttf.getUnitsPerEm();
        }

        public boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width of one code point at 1 pt, in points. */
        public float width(int codePoint) {
            return widths.computeIfAbsent(codePoint, cp -> {
                try {
                    return ttf.getAdvanceWidth(cmap.getGlyphId(cp)) / unitsPerEm;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        public float ascent() {
            try {
                return ttf.getHorizontalHeader().getAscender() / unitsPerEm;
            } catch (IOException e) {
                return 0.9f;
            }
        }
    }

    /** FontBox reports unsupported-but-harmless tables (cmap format 14) through JUL; a CLI must not print them. */
    private static final java.util.logging.Logger FONTBOX_LOG = java.util.logging.Logger.getLogger("org.apache.fontbox");
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        FONTBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static volatile KitFonts shared;

    private final Map<Face, Loaded> faces = new EnumMap<>(Face.class);
    private static final int MAX_LOOKUPS = 32;
    private final Map<Integer, Optional<Loaded>> fallbackByCp = new java.util.HashMap<>();
    private final Map<Path, Loaded> fallbackByFile = new java.util.HashMap<>();
    private int lookups;

    private KitFonts() throws IOException {
        // Parsed side by side: a 7 MB TC face takes a couple of hundred milliseconds in a cold JVM.
        Map<Face, java.util.concurrent.Future<TrueTypeFont>> parsing = new EnumMap<>(Face.class);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "presskit-fonts");
                    t.setDaemon(true);
                    return t;
                });
        try {
            for (Face f : Face.values()) {
                if (!f.lazy()) {
                    parsing.put(f, pool.submit(() -> parse(f.file)));
                }
            }
            for (var e : parsing.entrySet()) {
                faces.put(e.getKey(), new Loaded(e.getKey(), e.getValue().get(), e.getKey().file));
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the fonts", e);
        } finally {
            pool.shutdown();
        }
    }

    /** The simplified-Chinese supplement, parsed the first time a character needs it. */
    private synchronized Loaded supplement(Face face) {
        Loaded l = faces.get(face);
        if (l == null) {
            try {
                l = new Loaded(face, parse(face.file), face.file);
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped font " + face.file + " cannot be read: " + e.getMessage(), e);
            }
            faces.put(face, l);
        }
        return l;
    }

    /**
     * A system face for a character none of the shipped faces has: asked of fontconfig once per character
     * (at most {@link #MAX_LOOKUPS} per process, each costs a process), used only if it is a TrueType font
     * with outlines (a colour-bitmap emoji font would print nothing) that really has the character.
     */
    private synchronized Loaded fallback(int cp) {
        Optional<Loaded> known = fallbackByCp.get(cp);
        if (known != null) {
            return known.orElse(null);
        }
        Loaded found = null;
        for (Loaded l : fallbackByFile.values()) {
            if (l != null && l.has(cp)) {
                found = l;
                break;
            }
        }
        if (found == null && lookups < MAX_LOOKUPS) {
            lookups++;
            Optional<Path> file = FallbackFont.find(cp);
            if (file.isPresent()) {
                Loaded l = fallbackByFile.computeIfAbsent(file.get(), KitFonts::loadSystemFont);
                if (l != null && l.has(cp)) {
                    found = l;
                }
            }
        }
        fallbackByCp.put(cp, Optional.ofNullable(found));
        return found;
    }

    private static Loaded loadSystemFont(Path file) {
        try {
            TrueTypeFont ttf = withoutSubstitutions(new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file))));
            return ttf.getGlyph() == null ? null : new Loaded(Face.FALLBACK, ttf, file.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return null; // an unusable system font is no fallback: the character is left out with a warning
        }
    }

    public static KitFonts shared() {
        KitFonts f = shared;
        if (f == null) {
            synchronized (KitFonts.class) {
                f = shared;
                if (f == null) {
                    try {
                        f = new KitFonts();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the shipped fonts cannot be read: " + e.getMessage(), e);
                    }
                    shared = f;
                }
            }
        }
        return f;
    }

    private static TrueTypeFont parse(String file) throws IOException {
        try (InputStream in = KitFonts.class.getResourceAsStream("/assets/fonts/" + file)) {
            if (in == null) {
                throw new IOException("/assets/fonts/" + file + " is not on the class path");
            }
            return withoutSubstitutions(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        }
    }

    /**
     * Drops the GSUB table. PDFBox 3 applies GSUB substitutions inside showText: the TC face would turn
     * 「——」 into the two-em-dash glyph, whose ToUnicode entry is U+2E3A, so copy and paste would no
     * longer give back the text. The layout measures plain advance widths, so the glyphs drawn must be
     * exactly the glyphs measured.
     */
    static TrueTypeFont withoutSubstitutions(TrueTypeFont ttf) {
        ttf.getTableMap().remove("GSUB");
        return ttf;
    }

    public synchronized Loaded get(Face face) {
        return faces.get(face);
    }

    /**
     * The face a code point is drawn with: Han, kana, bopomofo and full-width forms in the TC face;
     * CJK-ambiguous punctuation (· — … ‘ ’ “ ”) in the TC face inside Chinese text; everything else in
     * the Latin face where it has the glyph, else TC, else the fallback; null when no face has it.
     */
    public Loaded faceFor(int cp, Style style, boolean chinese) {
        boolean wantTc = isCjk(cp) || (chinese && isCjkAmbiguous(cp));
        Face tc = style == Style.BOLD ? Face.TC_BOLD : Face.TC;
        Face latin = switch (style) {
            case BOLD -> Face.LATIN_BOLD;
            case ITALIC -> Face.LATIN_ITALIC;
            default -> Face.LATIN;
        };
        Loaded first = faces.get(wantTc ? tc : latin);
        if (first.has(cp)) {
            return first;
        }
        Loaded second = faces.get(wantTc ? latin : tc);
        if (second.has(cp)) {
            return second;
        }
        Loaded sc = supplement(style == Style.BOLD ? Face.SC_BOLD : Face.SC);
        if (sc.has(cp)) {
            return sc;
        }
        return fallback(cp);
    }

    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.BOPOMOFO
                || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0x2E80 && cp <= 0x2FDF);
    }

    public static boolean isCjkAmbiguous(int cp) {
        return cp == 0x00B7 || cp == 0x2014 || cp == 0x2026 || (cp >= 0x2018 && cp <= 0x201D) || cp == 0x2027
                || cp == 0x2015;
    }

    /** The system font fontconfig picks for characters the shipped faces lack; TrueType only (PDFBox embeds glyf). */
    static final class FallbackFont {
        private FallbackFont() {
        }

        static Optional<Path> find(int cp) {
            try {
                Process p = new ProcessBuilder("fc-match", "-f", "%{file}",
                        String.format(java.util.Locale.ROOT, "sans-serif:charset=%x:fontformat=TrueType", cp))
                        .redirectErrorStream(true).start();
                String out;
                try (InputStream in = p.getInputStream()) {
                    out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                }
                if (!p.waitFor(3, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return Optional.empty();
                }
                Path file = Path.of(out);
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return name.endsWith(".ttf") && Files.isReadable(file) ? Optional.of(file) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
