package io.presskit.app;

import io.presskit.app.settings.Settings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letterhead logo in the house style, chosen in Preferences: a damaged image is refused when chosen, a good
 * one is printed on the first page of every kit the app exports, and a logo file gone since it was chosen leaves
 * the kit without it and says so beside the preview.
 */
class HouseLogoTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    /** The sizes of the images drawn on the kit's first page. */
    static List<String> firstPageImages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            List<String> sizes = new ArrayList<>();
            for (COSName n : res.getXObjectNames()) {
                if (res.getXObject(n) instanceof PDImageXObject img) {
                    sizes.add(img.getWidth() + "x" + img.getHeight());
                }
            }
            return sizes;
        }
    }

    Path export(FxRobot robot, String name) throws Exception {
        Path pdf = dir.resolve(name);
        List<Path> exported = new ArrayList<>();
        app.window.setOnExported(exported::add);
        robot.interact(() -> app.window.exportPdfTo(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> exported.size() == 1);
        return pdf;
    }

    void openPreferences(FxRobot robot) throws Exception {
        Robots.shortcut(robot, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefsLogoChoose").tryQuery().isPresent());
    }

    @Test
    void aLogoChosenInPreferencesIsOnEveryKitAndABrokenOneIsRefusedWhenChosen(FxRobot robot) throws Exception {
        // the logo file, drawn by AWT; and a copy cut in half, as a failed download leaves it
        Path logo = AppFixture.drawImage(dir, "house-logo.png", 800, 200, new Color(0x1F4E79));
        byte[] whole = Files.readAllBytes(logo);
        Path broken = dir.resolve("broken-logo.png");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
        assertEquals(List.of(), firstPageImages(export(robot, "before.pdf")).stream().filter("800x200"::equals).toList(),
                "no logo before one is chosen");

        AtomicReference<File> answer = new AtomicReference<>(broken.toFile());
        app.window.setLogoChooser(w -> answer.get());
        openPreferences(robot);
        Label message = robot.lookup("#prefsLogoMessage").queryAs(Label.class);
        TextField shown = robot.lookup("#prefsLogo").queryAs(TextField.class);
        robot.clickOn("#prefsLogoChoose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message.getText().startsWith("The logo was not used"));
        assertTrue(message.getText().contains("broken-logo.png"), message.getText());
        assertEquals("", shown.getText(), "the damaged image is not taken");

        answer.set(logo.toFile());
        robot.clickOn("#prefsLogoChoose");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.getText().equals("house-logo.png"));
        assertEquals(logo.toAbsolutePath().toString(), shown.getTooltip().getText(), "the whole path on hover");
        assertEquals("", message.getText());
        Robots.clickButton(robot, "OK");
        app.idle();
        assertEquals(Optional.of(logo.toAbsolutePath().toString()), Settings.load(app.settingsFile).get("defaults.logo"));

        assertEquals(1, firstPageImages(export(robot, "with-logo.pdf")).stream().filter("800x200"::equals).count(),
                "the logo at its own size on the letterhead");
        @SuppressWarnings("unchecked") ListView<String> warnings = robot.lookup("#warningsList").queryAs(ListView.class);
        assertTrue(warnings.getItems().stream().noneMatch(w -> w.contains("logo")), warnings.getItems().toString());

        // the file goes away after it was chosen: kits come out without it, and the preview says why
        Files.delete(logo);
        Robots.type(robot, Robots.find(robot, stage, "#headlineField"), "With the logo gone");
        app.idle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> warnings.getItems().stream().anyMatch(
                w -> w.equals("The letterhead logo is not printed. The logo " + logo.toAbsolutePath() + " does not exist.")));
        assertEquals(List.of(), firstPageImages(export(robot, "logo-gone.pdf")).stream().filter("800x200"::equals).toList());

        // and No logo takes it out of the house style
        openPreferences(robot);
        robot.clickOn("#prefsLogoRemove");
        assertEquals("", robot.lookup("#prefsLogo").queryAs(TextField.class).getText());
        Robots.clickButton(robot, "OK");
        app.idle();
        assertFalse(Settings.load(app.settingsFile).get("defaults.logo").isPresent());
    }
}
