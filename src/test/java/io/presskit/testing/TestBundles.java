package io.presskit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Fixtures made by the tests themselves: copies of the sample bundle, edited release.json, drawn images. */
public final class TestBundles {
    public static final Path SAMPLE = Path.of("assets/sample");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestBundles() {
    }

    /** A copy of the sample bundle in {@code dir}/name. */
    public static Path copySample(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    /**
     * A bilingual bundle (format 2) in {@code dir}/name: the sample's Chinese text as it is and an English version
     * translated from it for the tests (src/test/resources/io/presskit/bundle/family/release.json, written by hand),
     * sharing the sample's photos; the contacts and the boilerplate named in both languages.
     */
    public static Path copyFamily(Path dir, String name) throws IOException {
        Path target = copySample(dir, name);
        Files.write(target.resolve("release.json"), resource("/io/presskit/bundle/family/release.json"));
        return target;
    }

    /** Edits release.json of a bundle folder as a JSON tree. */
    public static void editJson(Path bundle, Consumer<ObjectNode> edit) throws IOException {
        Path file = bundle.resolve("release.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(root);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    public static ObjectNode photo(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("photos").get(i);
    }

    public static JsonNode read(Path bundle) throws IOException {
        return JSON.readTree(bundle.resolve("release.json").toFile());
    }

    /** A fixture file from the test class path ({@code /io/presskit/image/fit/camera.jpg}). */
    public static byte[] resource(String path) {
        try (var in = TestBundles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entropy-coded part of a JPEG: from its first scan header (SOS) to its end marker, found by walking
     * the segment lengths. Two files with the same scan data show the same pixels, byte for byte.
     */
    public static byte[] scanData(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = jpeg[pos + 1] & 0xff;
            if (marker == 0xDA) {
                int end = jpeg.length;
                while (end >= 2 && !((jpeg[end - 2] & 0xff) == 0xFF && (jpeg[end - 1] & 0xff) == 0xD9)) {
                    end--;
                }
                return java.util.Arrays.copyOfRange(jpeg, pos, end);
            }
            pos += 2 + (((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff));
        }
        throw new IllegalArgumentException("no scan in this JPEG");
    }

    /** The markers of a JPEG's segments before its first scan, in order (0xE1 for EXIF/XMP, 0xFE comments …). */
    public static java.util.List<Integer> markersBeforeScan(byte[] jpeg) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            int marker = jpeg[pos + 1] & 0xff;
            if (marker == 0xDA) {
                break;
            }
            out.add(marker);
            pos += 2 + (((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff));
        }
        return out;
    }

    /** A drawn image encoded as {@code format} ("png", "jpg"). */
    public static byte[] image(int w, int h, String format) {
        BufferedImage img = new BufferedImage(w, h, format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, Math.max(1, w / 4), Math.max(1, h / 4)); // a marker in the top-left corner
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format.equals("jpg") ? "jpeg" : format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
