package io.presskit.kit;

import io.presskit.bundle.BundleImporter;
import io.presskit.image.ImageInputsTestSupport;
import io.presskit.image.ImagePipeline;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PhotoSource;
import io.presskit.image.PreparedImage;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;
import io.presskit.testing.TestBundles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The two kits the tests read back: the sample (Chinese) and an English embargoed release built here. */
final class KitFixtures {
    static final String LONG_URL = "https://www.acme-robotics.example.com/newsroom/2027/03/15/"
            + "autonomous-harbour-inspection-robot-launch-announcement-with-technical-specifications?ref=press-kit";

    /** A release with its photos' renditions, as the library would hand them to the kit. */
    record Kit(Release release, PhotoSource photos, Map<String, PreparedImage> images) {
    }

    private KitFixtures() {
    }

    static Kit sample() throws Exception {
        BundleImporter.ImportedBundle b = BundleImporter.load(TestBundles.SAMPLE);
        return kit(b.release(), b.images());
    }

    static Kit english() throws Exception {
        List<PreparedImage> images = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        // A CMYK JPEG as agencies send them.
        PreparedImage cmyk = ImagePipeline.prepare("agency-cmyk.jpg", ImageInputsTestSupport.adobeJpeg(false));
        // A phone shot: landscape pixels stored with EXIF orientation 6 (portrait when shown).
        PreparedImage portrait = ImagePipeline.prepare("phone-portrait.jpg",
                TestBundles.resource("/io/presskit/image/orientation/phone-portrait.jpg"));
        // A logo with transparency.
        PreparedImage logo = ImagePipeline.prepare("logo.png", logoPng());
        PreparedImage wide = ImagePipeline.prepare("harbour.jpg", TestBundles.image(2400, 1600, "jpg"));
        images.add(wide);
        images.add(cmyk);
        images.add(portrait);
        images.add(logo);
        photos.add(photo(wide, "harbour.jpg", "The inspection robot at Boston Harbor on its first dive.", "Acme Robotics"));
        photos.add(photo(cmyk, "agency-cmyk.jpg", "Dr. Maria Santos with the control console.", "Wire Agency"));
        photos.add(photo(portrait, "phone-portrait.jpg", "Robot engineer Ji-woo Park, portrait taken on a phone.", null));
        photos.add(photo(logo, "logo.png", "The Acme Robotics logo 🤖 for print and web.", null));
        Release r = new Release("en-US", "Acme Robotics", null,
                new ReleaseTiming.Embargoed(ZonedDateTime.parse("2027-03-15T09:00:00-04:00[America/New_York]")),
                "Acme Robotics launches an underwater robot\nthat inspects harbour walls on its own",
                "The Harbor Scout maps cracks and corrosion without divers",
                List.of("Inspects 2 km of harbour wall a day, five times faster than a dive team.",
                        "Ships to port authorities in Boston, Rotterdam and Singapore from June 2027."),
                new Dateline("Boston", LocalDate.of(2027, 3, 15)),
                List.of("Acme Robotics today introduced the Harbor Scout, an autonomous underwater robot that inspects "
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
                                + "from 12 to 14 May 2027, with live dives twice a day in the expo's test basin."),
                null, photos,
                List.of(new Boilerplate(null, "About Acme Robotics", List.of(
                        "Acme Robotics builds autonomous machines for inspection work that is dangerous, dirty or dull. "
                                + "Founded in 2015 in Cambridge, Massachusetts, it employs 240 people in Boston and Rotterdam."))),
                null,
                List.of(new Contact(null, "Acme Robotics", "Jordan Lee", List.of("+1 617 555 0142"),
                                List.of("jordan.lee@acme-robotics.example.com")),
                        new Contact(null, "Brightline PR", "Sam Ortega", List.of("+1 212 555 0199", "+1 917 555 0123"),
                                List.of("sam@brightline-pr.example.com"))));
        if (!ReleaseRules.validate(r).isEmpty()) {
            throw new IllegalStateException(ReleaseRules.validate(r).toString());
        }
        return kit(r, images);
    }

    private static Photo photo(PreparedImage img, String name, String caption, String credit) {
        return new Photo(name, img.sha256(), img.info().mediaType(), img.info().width(), img.info().height(),
                img.info().orientation(), caption, credit, null);
    }

    private static Kit kit(Release r, List<PreparedImage> images) {
        Map<String, PreparedImage> bySha = new HashMap<>();
        images.forEach(i -> bySha.put(i.sha256(), i));
        PhotoSource source = photo -> {
            PhotoRendition rendition = bySha.get(photo.sha256()).rendition();
            return rendition;
        };
        return new Kit(r, source, bySha);
    }

    static byte[] logoPng() throws Exception {
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
