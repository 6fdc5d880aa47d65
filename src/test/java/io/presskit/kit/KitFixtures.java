package io.presskit.kit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImageInputsTestSupport;
import io.presskit.image.PreparedImage;
import io.presskit.image.PhotoSource;
import io.presskit.model.Release;
import io.presskit.testing.TestBundles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two kits the tests read back, both imported from bundles as a user would: the sample (Chinese), and
 * an English embargoed release written here: a camera JPEG fit for print (2400 × 1600, with EXIF and GPS),
 * a 64-pixel CMYK agency file, a phone portrait stored sideways with EXIF orientation 6, a PNG logo with
 * transparency, an emoji in a caption, a long URL, and a {@code "credit": ""} that means no credit.
 */
final class KitFixtures {
    static final String LONG_URL = "https://www.acme-robotics.example.com/newsroom/2027/03/15/"
            + "autonomous-harbour-inspection-robot-launch-announcement-with-technical-specifications?ref=press-kit";
    /** Its first line, set greedily, would leave "divers" alone on a line. */
    static final String HEADLINE = "Acme Robotics launches an underwater robot that maps cracks in harbour walls and quays "
            + "without divers\nand inspects a port in a week";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A release with its photos' renditions, as the library would hand them to the kit; and the original files. */
    record Kit(Release release, PhotoSource photos, Map<String, PreparedImage> images, Map<String, byte[]> files) {
    }

    private KitFixtures() {
    }

    static Kit sample() throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.SAMPLE);
        return kit(b, Map.of());
    }

    static Kit english() throws Exception {
        Path dir = englishBundle(Files.createDirectories(Path.of("target", "test-fixtures"))
                .resolve("english-" + System.nanoTime()));
        Map<String, byte[]> files = new HashMap<>();
        try (var list = Files.list(dir.resolve("photos"))) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return kit(BundleImporter.load(dir), files);
    }

    /** Writes the English embargoed release as a bundle folder, release.json written field by field. */
    static Path englishBundle(Path dir) throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.write(photos.resolve("harbour.jpg"), TestBundles.resource("/io/presskit/image/fit/camera.jpg"));
        Files.write(photos.resolve("agency-cmyk.jpg"), ImageInputsTestSupport.adobeJpeg(false));
        Files.write(photos.resolve("phone-portrait.jpg"), TestBundles.resource("/io/presskit/image/orientation/phone-portrait.jpg"));
        Files.write(photos.resolve("logo.png"), logoPng());

        ObjectNode r = JSON.createObjectNode();
        r.put("format", 1);
        r.put("language", "en-US");
        r.put("issuer", "Acme Robotics");
        r.putObject("release").put("type", "embargoed").put("until", "2027-03-15T09:00:00-04:00[America/New_York]");
        r.put("headline", HEADLINE);
        r.put("subheadline", "The Harbor Scout maps cracks and corrosion without divers");
        r.putArray("highlights").add("Inspects 2 km of harbour wall a day, five times faster than a dive team.")
                .add("Ships to port authorities in Boston, Rotterdam and Singapore from June 2027.");
        r.putObject("dateline").put("place", "Boston").put("date", "2027-03-15");
        ArrayNode body = r.putArray("body");
        for (String p : List.of(
                "Acme Robotics today introduced the Harbor Scout, an autonomous underwater robot that inspects "
                        + "harbour walls, piers and quays for cracks and corrosion without putting divers in the water.",
                "\"Every port we talked to has the same problem: miles of concrete and steel below the waterline "
                        + "and too few divers to look at it,\" said Dana Whitfield, chief executive of Acme Robotics. "
                        + "\"The Harbor Scout gives them a complete picture every week instead of every five years.\"",
                "The robot dives to 60 metres, follows a wall at a constant distance using sonar, and stitches "
                        + "its camera and laser scans into a 3-D model that engineers review in a browser.",
                "Technical specifications, pricing and a video of the first dive are at " + LONG_URL + " and "
                        + "from the press office at press@acme-robotics.example.com.",
                "Pilot deployments with the Port of Boston and the Port of Rotterdam ran from September 2026 "
                        + "to February 2027 and inspected 140 km of quay walls.",
                "In Rotterdam the robot found 312 cracks wider than two millimetres in walls built between 1950 "
                        + "and 1975, 41 of which the port had no record of. Repairs on the most urgent eleven began "
                        + "within a month, before the winter storms.",
                "\"We used to send divers into black water with a torch and a notebook,\" said Pieter de Vries, "
                        + "head of asset management at the Port of Rotterdam. \"Now we open a model on a screen, "
                        + "compare it with last month's, and the changes are highlighted for us.\"",
                "The Harbor Scout weighs 38 kg, runs for six hours on one charge and is launched from a quay or "
                        + "a small boat by two people. Data stay on the port's own servers; no footage leaves the "
                        + "site unless the port chooses to share it.",
                "Acme Robotics will show the Harbor Scout at Ports & Waterways Expo in Rotterdam, stand 4.112, "
                        + "from 12 to 14 May 2027, with live dives twice a day in the expo's test basin.")) {
            body.add(p);
        }
        ArrayNode ph = r.putArray("photos");
        ph.addObject().put("file", "photos/harbour.jpg").put("caption", "The inspection robot at Boston Harbor on its first dive.")
                .put("credit", "Acme Robotics").put("altText", "An orange robot the size of a suitcase hangs from a crane over grey water.");
        ph.addObject().put("file", "photos/agency-cmyk.jpg").put("caption", "Dr. Maria Santos with the control console.")
                .put("credit", "Photo: Wire Agency");
        // An empty optional string means the same as leaving it out.
        ph.addObject().put("file", "photos/phone-portrait.jpg").put("caption", "Robot engineer Ji-woo Park, portrait taken on a phone.")
                .put("credit", "").put("altText", "");
        ph.addObject().put("file", "photos/logo.png").put("caption", "The Acme Robotics logo 🤖 for print and web.");
        r.putArray("boilerplates").addObject().put("title", "About Acme Robotics").putArray("body")
                .add("Acme Robotics builds autonomous machines for inspection work that is dangerous, dirty or dull. "
                        + "Founded in 2015 in Cambridge, Massachusetts, it employs 240 people in Boston and Rotterdam.");
        ArrayNode contacts = r.putArray("contacts");
        ObjectNode jordan = contacts.addObject().put("organization", "Acme Robotics").put("name", "Jordan Lee");
        jordan.putArray("phones").add("+1 617 555 0142");
        jordan.putArray("emails").add("jordan.lee@acme-robotics.example.com");
        ObjectNode sam = contacts.addObject().put("organization", "Brightline PR").put("name", "Sam Ortega");
        sam.putArray("phones").add("+1 212 555 0199").add("+1 917 555 0123");
        sam.putArray("emails").add("sam@brightline-pr.example.com");
        Files.writeString(dir.resolve("release.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return dir;
    }

    private static Kit kit(BundleImporter.ImportedBundle b, Map<String, byte[]> files) {
        Map<String, PreparedImage> bySha = new HashMap<>();
        b.images().forEach(i -> bySha.put(i.sha256(), i));
        PhotoSource source = photo -> bySha.get(photo.sha256()).rendition();
        return new Kit(b.release(), source, bySha, files);
    }

    static byte[] logoPng() throws IOException {
        BufferedImage img = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F4E79));
        g.fillOval(100, 100, 600, 600);
        g.setColor(new Color(0xE07A5F));
        g.fillRect(800, 250, 700, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
