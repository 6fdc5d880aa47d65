package io.presskit.app.releases;

import io.presskit.app.i18n.Messages;
import io.presskit.app.settings.HouseDefaults;
import io.presskit.app.task.Background;
import io.presskit.bundle.BundleExporter;
import io.presskit.bundle.BundleImporter;
import io.presskit.library.Families;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.model.WorkflowStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The release list: search (headline and text, any language, through the library's index), filters by
 * workflow status and language, most recently edited first; and the commands on releases.
 */
public final class ReleaseListViewModel {
    private static final long SEARCH_DELAY_MS = 200;

    private final LibraryStore store;
    private final Background background;
    private final Object searchKey = new Object();

    public final StringProperty query = new SimpleStringProperty("");
    /** Null shows every status. */
    public final ObjectProperty<WorkflowStatus> statusFilter = new SimpleObjectProperty<>();
    /** Null or empty shows every language. */
    public final StringProperty languageFilter = new SimpleStringProperty();
    private final ObservableList<ReleaseSummary> releases = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    /** The release the editor shows. */
    public final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReleaseSummary> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<List<ReleaseSummary>> onRefreshed = l -> { };
    /** The families of several language versions, by family id, as last read. */
    private Map<Long, List<Families.Version>> families = Map.of();
    private final javafx.beans.property.ReadOnlyIntegerWrapper familiesRead = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private long generation;

    public ReleaseListViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
        query.addListener((o, a, b) -> background.debounce(searchKey, SEARCH_DELAY_MS, this::refresh));
        statusFilter.addListener((o, a, b) -> refresh());
        languageFilter.addListener((o, a, b) -> refresh());
    }

    public ObservableList<ReleaseSummary> releases() {
        return releases;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ReadOnlyObjectProperty<ReleaseSummary> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** The outcome of the last command, one sentence (errors included). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void setOnRefreshed(Consumer<List<ReleaseSummary>> onRefreshed) {
        this.onRefreshed = onRefreshed;
    }

    /** Reloads the list from the library; a slower, older answer never replaces a newer one. */
    public void refresh() {
        String q = query.get();
        WorkflowStatus s = statusFilter.get();
        String lang = languageFilter.get();
        Long selected = selectedId.get();
        long gen = ++generation;
        background.run(Messages.get("task.search"), p -> {
            List<ReleaseSummary> found = store.releases().search(q);
            List<ReleaseSummary> all = q == null || q.isBlank() ? found : store.releases().list();
            TreeSet<String> langs = new TreeSet<>();
            all.forEach(r -> langs.add(r.language()));
            List<ReleaseSummary> matching = found.stream()
                    .filter(r -> s == null || r.status() == s)
                    .filter(r -> lang == null || lang.isEmpty() || lang.equals(r.language()))
                    .toList();
            Map<Long, List<Families.Version>> several = store.families().withSeveralVersions();
            return new Object[]{oncePerFamily(matching, several, selected), List.copyOf(langs), several};
        }, result -> {
            if (gen != generation) {
                return;
            }
            @SuppressWarnings("unchecked") List<ReleaseSummary> shown = (List<ReleaseSummary>) result[0];
            @SuppressWarnings("unchecked") List<String> langs = (List<String>) result[1];
            @SuppressWarnings("unchecked") Map<Long, List<Families.Version>> several =
                    (Map<Long, List<Families.Version>>) result[2];
            boolean familiesChanged = !several.equals(families);
            families = several;
            if (!langs.equals(languages)) {
                languages.setAll(langs);
            }
            if (!shown.equals(releases)) {
                releases.setAll(shown);
            }
            if (familiesChanged) {
                familiesRead.set(familiesRead.get() + 1); // the same rows may now show other languages
            }
            onRefreshed.accept(shown);
        }, this::failed);
    }

    /**
     * The releases found, a family of language versions once: in the place of its first version found, as that
     * version, or as the one the editor shows when that one was found too (searching either language finds it).
     */
    static List<ReleaseSummary> oncePerFamily(List<ReleaseSummary> found, Map<Long, List<Families.Version>> several,
                                              Long selected) {
        Map<Long, Integer> placeOfFamily = new HashMap<>();
        List<ReleaseSummary> out = new ArrayList<>();
        for (ReleaseSummary r : found) {
            if (!several.containsKey(r.familyId())) {
                out.add(r);
                continue;
            }
            Integer at = placeOfFamily.get(r.familyId());
            if (at == null) {
                placeOfFamily.put(r.familyId(), out.size());
                out.add(r);
            } else if (Objects.equals(selected, r.id())) {
                out.set(at, r);
            }
        }
        return out;
    }

    /** Counts the times the families read differed from the ones before: the list's cells show their languages again. */
    public javafx.beans.property.ReadOnlyIntegerProperty familiesReadProperty() {
        return familiesRead.getReadOnlyProperty();
    }

    /** The languages a listed release is written in: its family's versions, or its own language alone. */
    public List<String> languagesOf(ReleaseSummary r) {
        List<Families.Version> versions = families.get(r.familyId());
        return versions == null ? List.of(r.language()) : versions.stream().map(Families.Version::language).toList();
    }

    /** Whether release {@code id} is the listed release {@code r} or one of its family's language versions. */
    public boolean covers(ReleaseSummary r, Long id) {
        if (id == null) {
            return false;
        }
        if (r.id() == id) {
            return true;
        }
        List<Families.Version> versions = families.get(r.familyId());
        return versions != null && versions.stream().anyMatch(v -> v.id() == id);
    }

    /** Opens release {@code id} once the list shows it (filters cleared): a new language version, say. */
    public void open(long id) {
        selectAfterRefresh(id);
    }

    /**
     * Creates a new, empty release with the house defaults (language, issuer, end mark) and selects it. Nothing
     * else is filled in: the editor's prompts say what belongs where, and nothing prints that was not typed.
     */
    public void create(HouseDefaults defaults) {
        create(defaults, id -> { });
    }

    /** As {@link #create(HouseDefaults)}; {@code created} hears the new release's id before it is selected. */
    public void create(HouseDefaults defaults, Consumer<Long> created) {
        Release r = new Release(defaults.releaseLanguage(), defaults.issuer(), null, null, "", null, List.of(), null,
                List.of(), defaults.endMark(), List.of(), List.of(), null, List.of());
        background.run(Messages.get("task.new"), p -> store.releases().insert(r, List.of()), id -> {
            created.accept(id);
            selectAfterRefresh(id);
        }, this::failed);
    }

    /**
     * A copy as a new draft, to start a translation or a follow-up. Its headline is marked as a copy (副本 /
     * copy, in the release's language) so that the list and the exported file names tell the two apart.
     */
    public void duplicate(long id) {
        background.run(Messages.get("task.duplicate"), p -> {
            Release r = store.releases().release(id).orElseThrow(() -> new IOException("Release " + id + " is gone"));
            return store.releases().insert(r.withHeadline(copyHeadline(r)), List.of());
        }, this::selectAfterRefresh, this::failed);
    }

    /** The headline with the copy mark after its first line: {@code 標題（副本）}, {@code Headline (copy)}. */
    static String copyHeadline(Release r) {
        String h = r.headline() == null ? "" : r.headline();
        int nl = h.indexOf('\n');
        String first = (nl < 0 ? h : h.substring(0, nl)).stripTrailing();
        String mark = r.lang().isChinese() ? "（副本）" : (first.isEmpty() ? "(copy)" : " (copy)");
        return first + mark + (nl < 0 ? "" : h.substring(nl));
    }

    /** Moves the release to the trash; {@link #undoDelete()} restores it. */
    public void delete(long id) {
        // the row may show another language version of the family: what is deleted, and undone, is release id
        ReleaseSummary row = releases.stream().filter(r -> covers(r, id)).findFirst().orElse(null);
        int index = releases.indexOf(row);
        List<Long> siblings = row == null ? List.of() : families.getOrDefault(row.familyId(), List.of()).stream()
                .map(Families.Version::id).filter(v -> v != id).toList();
        background.run(Messages.get("task.delete"), p -> {
            Optional<ReleaseSummary> summary = store.releases().summary(id);
            store.releases().moveToTrash(id);
            return summary;
        }, summary -> {
            ReleaseSummary deleted = summary.orElse(null);
            lastDeleted.set(deleted);
            if (siblings.isEmpty()) {
                releases.remove(row);
            }
            if (Objects.equals(selectedId.get(), id)) {
                // a family's other version stays open; else the release next in the list
                selectedId.set(!siblings.isEmpty() ? siblings.get(0) : releases.isEmpty() ? null
                        : releases.get(Math.min(Math.max(index, 0), releases.size() - 1)).id());
            }
            message.set(Messages.format("message.deleted", deleted == null ? "" : deleted.headlineFirstLine()));
            refresh();
        }, this::failed);
    }

    public void undoDelete() {
        ReleaseSummary deleted = lastDeleted.get();
        if (deleted == null) {
            return;
        }
        background.run(Messages.get("task.restore"), p -> {
            store.releases().restoreFromTrash(deleted.id());
            return deleted.id();
        }, id -> {
            lastDeleted.set(null);
            message.set("");
            selectAfterRefresh(id);
        }, this::failed);
    }

    public void importBundle(Path dirOrZip) {
        background.run(Messages.get("task.import"), p -> {
            BundleImporter.ImportedBundle b = BundleImporter.load(dirOrZip);
            p.update(0.5, dirOrZip.getFileName().toString());
            // a bundle of language versions is the whole family again, its first version opened
            return b.isFamily() ? store.families().insert(b.versions(), b.images()).get(0)
                    : store.releases().insert(b.release(), b.images());
        }, id -> {
            message.set(Messages.format("message.imported", dirOrZip.getFileName()));
            selectAfterRefresh(id);
        }, this::failed);
    }

    /** Stores an imported document as a new draft (one step: all of it or nothing) and opens it. */
    public void importRelease(String source, Release release, java.util.Collection<io.presskit.image.PreparedImage> images) {
        background.run(Messages.get("task.storeImport"), p -> store.releases().insert(release, images), id -> {
            message.set(Messages.format("message.imported", source));
            selectAfterRefresh(id);
        }, this::failed);
    }

    /** Writes the release as a bundle, with all its language versions (format 2) when it has several, this one first. */
    public void exportBundle(long id, Path dir) {
        background.run(Messages.get("task.exportBundle"), p -> {
            List<Release> versions = new ArrayList<>();
            for (long v : store.families().allVersions(id)) {
                versions.add(store.releases().release(v).orElseThrow(() -> new IOException("Release " + v + " is gone")));
            }
            BundleExporter.export(versions, io.presskit.service.LibraryPhotos.originals(store, versions.get(0)), dir);
            return dir;
        }, d -> message.set(Messages.format("message.exportedBundle", d)), this::failed);
    }

    private void selectAfterRefresh(long id) {
        query.set("");
        statusFilter.set(null);
        languageFilter.set(null);
        Consumer<List<ReleaseSummary>> previous = onRefreshed;
        onRefreshed = l -> {
            onRefreshed = previous;
            previous.accept(l);
            selectedId.set(id);
        };
        refresh();
    }

    private void failed(Throwable e) {
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
