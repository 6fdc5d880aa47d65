package io.presskit.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the nine placeholder photos of the sample release (assets/sample/photos/photo-NN.jpg): plainly
 * placeholders, small, reproducible. Run once when the sample changes:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.presskit.tools.SamplePhotosMain}
 * (or with java -cp target/test-classes:target/classes).
 */
public final class SamplePhotosMain {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final Color[][] PALETTE = {
            {new Color(0x1F4E79), new Color(0x5B9BD5)}, {new Color(0x7B2C2C), new Color(0xE07A5F)},
            {new Color(0x2D5F3F), new Color(0x81B29A)}, {new Color(0x4A3B6B), new Color(0x9D8BC9)},
            {new Color(0x5C4B1E), new Color(0xE9C46A)}, {new Color(0x1E5C5C), new Color(0x6CC5C5)},
            {new Color(0x3D3D3D), new Color(0xA0A0A0)}, {new Color(0x6B2D5C), new Color(0xD88BC2)},
            {new Color(0x23395B), new Color(0x8EA8C3)}};

    private SamplePhotosMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/sample/photos");
        Files.createDirectories(dir);
        Font tc = font("assets/fonts/NotoSansTC-Bold.ttf");
        Font latin = font("assets/fonts/NotoSansTC-Regular.ttf"); // has Latin and Han: the line mixes both
        for (int i = 0; i < 9; i++) {
            boolean portrait = i == 3; // one portrait, like a speaker's photo
            int w = portrait ? 1000 : 1500;
            int h = portrait ? 1500 : 1000;
            BufferedImage img = draw(w, h, i, tc, latin);
            Path out = dir.resolve(String.format("photo-%02d.jpg", i + 1));
            write(img, out);
            System.out.println(out + " " + Files.size(out) + " bytes");
        }
    }

    static BufferedImage draw(int w, int h, int i, Font tc, Font latin) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color[] c = PALETTE[i];
        g.setPaint(new GradientPaint(0, 0, c[0], w, h, c[1]));
        g.fillRect(0, 0, w, h);
        // A few soft shapes so that the placeholder reads as "a photo goes here", not as a flat slide.
        g.setColor(new Color(255, 255, 255, 28));
        for (int k = 0; k < 6; k++) {
            int r = (int) (Math.min(w, h) * (0.18 + 0.07 * ((i + k) % 4)));
            int x = (int) (w * (((k * 37 + i * 11) % 100) / 100.0)) - r / 2;
            int y = (int) (h * (((k * 53 + i * 29) % 100) / 100.0)) - r / 2;
            g.fillOval(x, y, r, r);
        }
        // A camera pictogram in the middle.
        int cw = Math.min(w, h) / 3;
        int ch = cw * 2 / 3;
        int cx = (w - cw) / 2;
        int cy = h / 2 - ch;
        g.setColor(new Color(255, 255, 255, 215));
        g.setStroke(new BasicStroke(Math.max(6, cw / 28f)));
        g.draw(new RoundRectangle2D.Double(cx, cy, cw, ch, cw / 6.0, cw / 6.0));
        g.drawRect(cx + cw / 8, cy - ch / 8, cw / 4, ch / 8);
        int lens = ch * 3 / 5;
        g.drawOval(cx + (cw - lens) / 2, cy + (ch - lens) / 2, lens, lens);
        // Label: 圖N · placeholder.
        g.setFont(tc.deriveFont(Font.PLAIN, Math.min(w, h) / 9f));
        centre(g, "圖" + NUMERALS[i], w, cy + ch + Math.min(w, h) / 7);
        g.setFont(latin.deriveFont(Font.PLAIN, Math.min(w, h) / 26f));
        centre(g, "PLACEHOLDER PHOTO " + (i + 1) + " OF 9 · 示意圖", w, cy + ch + Math.min(w, h) / 7 + Math.min(w, h) / 12);
        g.dispose();
        return img;
    }

    private static void centre(Graphics2D g, String s, int w, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (w - fm.stringWidth(s)) / 2, baseline);
    }

    private static Font font(String path) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static void write(BufferedImage img, Path out) throws Exception {
        Files.write(out, io.presskit.image.ImagePipeline.jpeg(img, 0.82f));
    }
}
