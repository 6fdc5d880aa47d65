package io.presskit.app.versions;

import io.presskit.app.i18n.LanguageNames;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.library.Families;
import io.presskit.library.LibraryStore;
import io.presskit.model.ReleaseLanguage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The language versions of the release in the editor, for the version switcher (中 / EN …) and "Add a language
 * version": the family's versions outside the trash, and the languages a new version may be in.
 */
public final class VersionsViewModel {
    private final LibraryStore store;
    private final Background background;
    /** The release the editor shows; the switcher lists its family. */
    public final ObjectProperty<Long> current = new SimpleObjectProperty<>();
    private final ObservableList<Families.Version> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    public VersionsViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
        current.addListener((o, a, id) -> refresh());
    }

    /** The versions of the current release's family outside the trash, in the family's order. */
    public ObservableList<Families.Version> versions() {
        return versions;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Reads the family again (after a link, a new version, a language changed in the editor). */
    public void refresh() {
        Long id = current.get();
        long gen = ++generation;
        if (id == null) {
            versions.clear();
            return;
        }
        background.run(Messages.get("task.load"), p -> store.families().versions(id).stream()
                .filter(v -> !v.inTrash() || v.id() == id).toList(), list -> {
            if (gen == generation && !list.equals(versions)) {
                versions.setAll(list);
            }
        }, e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /** The languages offered for a new version: the usual ones the family has no version in. */
    public List<String> offered() {
        return LanguageNames.OFFERED.stream().filter(tag -> versions.stream()
                .noneMatch(v -> v.language().equalsIgnoreCase(tag))).toList();
    }

    /**
     * Starts a new version of the current release in {@code language}: the shared parts filled in, the text to
     * write. {@code opened} gets its id, on the UI thread.
     */
    public void add(String language, Consumer<Long> opened) {
        Long id = current.get();
        if (id == null) {
            return;
        }
        String tag = LanguageNames.tagFor(language);
        if (ReleaseLanguage.parse(tag).isEmpty()) {
            error.set(Messages.format("versions.badLanguage", language));
            return;
        }
        background.run(Messages.get("task.addVersion"), p -> store.families().addVersion(id, tag), newId -> {
            error.set("");
            opened.accept(newId);
        }, e -> error.set(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /**
     * The switcher's short name of a version: 中 for Traditional Chinese, 简 for simplified, EN, else the language
     * code in capitals; with the region when two versions of the family would read alike (EN-US, EN-GB).
     */
    public static String shortName(String tag, List<String> family) {
        String mine = base(tag);
        long alike = family.stream().filter(t -> base(t).equals(mine)).count();
        if (alike < 2) {
            return mine;
        }
        String region = ReleaseLanguage.of(tag).locale().getCountry();
        return region.isEmpty() ? tag : mine + "-" + region;
    }

    private static String base(String tag) {
        ReleaseLanguage l = ReleaseLanguage.of(tag);
        if (l.isSimplifiedChinese()) {
            return "简";
        }
        if (l.isChinese()) {
            return "中";
        }
        return l.locale().getLanguage().toUpperCase(Locale.ROOT);
    }
}
