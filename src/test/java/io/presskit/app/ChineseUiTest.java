package io.presskit.app;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 13: the Chinese UI has no English or raw left-overs, and switching language in Preferences redraws everything. */
class ChineseUiTest extends AppTestBase {
    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }




    @Test
    void switchingToChineseInPreferencesLeavesNoEnglishBehind(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !Robots.<Label>find(robot, stage, "#pageLabel").getText().isEmpty());
        assertEquals("Page 1 of 8", Robots.<Label>find(robot, stage, "#pageLabel").getText());

        Robots.shortcut(robot, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefsUiLanguage").tryQuery().isPresent());
        robot.clickOn("#prefsUiLanguage");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && "繁體中文（香港）".equals(c.getText()))
                .queryAs(Node.class));
        Robots.clickButton(robot, "OK");
        app.idle();

        assertEquals("第 1 頁，共 8 頁", Robots.<Label>find(robot, stage, "#pageLabel").getText(), "the page counter follows");
        MenuBar bar = Robots.find(robot, stage, "#menuBar");
        assertEquals(List.of("檔案", "編輯", "資料庫", "分享", "檢視", "說明"), bar.getMenus().stream().map(m -> m.getText()).toList());
        assertEquals(List.of("電郵版本…", "相片包…", "複製為格式化文字"),
                bar.getMenus().get(3).getItems().stream().map(m -> m.getText()).toList());
        assertEquals("Presskit 新聞資料", stage.getTitle());
        assertTrue(app.window.settings().uiLanguage().equals("zh-Hant-HK"));

        // release languages by name, list dates in Chinese, dates typed day first
        ListCell<?> first = Robots.cell(Robots.find(robot, stage, "#releaseList"), 0);
        String meta = first.lookupAll(".release-meta").stream().map(n -> ((Label) n).getText()).findFirst().orElseThrow();
        assertTrue(meta.startsWith("繁體中文（香港） · ") && meta.contains("年"), meta);
        assertEquals("30/11/2026", ((TextInputControl) Robots.find(robot, stage, "#datelineDate")).getPromptText());
        assertEquals("繁體中文（香港）", ((javafx.scene.control.ComboBox<?>) Robots.find(robot, stage, "#languageField"))
                .getEditor().getText());

        // a problem, in Chinese, under its field
        Robots.type(robot, Robots.find(robot, stage, "#headlineField"), "");
        app.idle();
        assertEquals("發布前必須填寫", Robots.message(robot, stage, "headlineMessage"));

        // OK and Cancel are ours, in Chinese
        Robots.shortcut(robot, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prefsIssuer").tryQuery().isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof javafx.scene.control.Button b && "確定".equals(b.getText()))
                .tryQuery().isPresent(), "OK is 確定");
        Robots.clickButton(robot, "取消");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Robots.otherWindows(stage).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still open: " + Robots.otherWindows(stage).stream()
                    .map(w -> ((Stage) w).getTitle() + " " + w.getScene().getRoot()).toList(), e);
        }

        // a text box's own menu, in Chinese, with the release's undo (the headless screen sends no right-click
        // menu request, so the request a right-click makes is sent to the box)
        TextInputControl issuer = Robots.find(robot, stage, "#issuerField");
        robot.interact(() -> {
            javafx.geometry.Bounds b = issuer.localToScreen(issuer.getBoundsInLocal());
            javafx.event.Event.fireEvent(issuer, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5,
                    false, null));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> issuer.getContextMenu() != null && issuer.getContextMenu().isShowing());
        ContextMenu menu = issuer.getContextMenu();
        assertEquals(List.of("復原", "重做", "", "剪下", "複製", "貼上", "", "全選"),
                menu.getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList());
        robot.interact(menu::hide);

        // the date picker names months in Chinese
        javafx.scene.control.DatePicker calendar = Robots.find(robot, stage, "#datelineDateCalendar");
        Robots.click(robot, calendar.lookup(".arrow-button"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".month-year-pane").tryQuery().isPresent());
        String month = robot.lookup(".month-year-pane").query().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.contains("月")).findFirst().orElse("");
        assertTrue(month.contains("月") && !month.matches(".*[A-Za-z].*"), "month shown as: " + month);
        robot.type(KeyCode.ESCAPE);

        WindowStateTest.assertNothingCutShort(robot, stage);
    }
}
