package io.presskit.app.versions;

import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.library.Families;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The language versions of the open release as a row of buttons (中 | EN …), the one shown pressed: pressing
 * another opens that version; beside them the "Add a language version" command's button.
 */
public final class VersionSwitcher extends HBox {
    private final VersionsViewModel vm;
    private final Consumer<Long> open;
    private final HBox buttons = new HBox(2);
    private final ToggleGroup group = new ToggleGroup();

    public VersionSwitcher(VersionsViewModel vm, Consumer<Long> open, Button addVersion) {
        this.vm = vm;
        this.open = open;
        setId("versionSwitcher");
        getStyleClass().add("version-switcher");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 2, 12));
        Label title = new Label(Messages.get("versions.title"));
        title.getStyleClass().add("hint");
        title.setMinWidth(Region.USE_PREF_SIZE);
        buttons.getStyleClass().add("segmented");
        addVersion.getStyleClass().add("small");
        addVersion.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, buttons, addVersion);
        vm.versions().addListener((ListChangeListener<Families.Version>) c -> layoutButtons());
        vm.current.addListener((o, a, b) -> pressCurrent());
        layoutButtons();
    }

    private void layoutButtons() {
        buttons.getChildren().clear();
        group.getToggles().clear();
        List<String> family = vm.versions().stream().map(Families.Version::language).toList();
        for (Families.Version v : vm.versions()) {
            ToggleButton b = new ToggleButton(VersionsViewModel.shortName(v.language(), family));
            b.setId("version-" + v.language());
            b.getStyleClass().addAll("small", "version-button");
            b.setToggleGroup(group);
            b.setUserData(v.id());
            String name = LanguageNames.of(v.language());
            b.setTooltip(new Tooltip(name));
            b.setAccessibleText(Messages.format("versions.switchTo", name));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> {
                if (!Objects.equals(vm.current.get(), v.id())) {
                    open.accept(v.id());
                }
                pressCurrent();
            });
            buttons.getChildren().add(b);
        }
        pressCurrent();
    }

    /** The button of the version the editor shows is pressed, and only that one. */
    private void pressCurrent() {
        for (var t : group.getToggles()) {
            t.setSelected(Objects.equals(t.getUserData(), vm.current.get()));
        }
    }
}
