package io.presskit.app.versions;

import io.presskit.app.editor.EditHistory;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Autosave;
import io.presskit.app.task.Background;
import io.presskit.library.ConflictException;
import io.presskit.library.Families;
import io.presskit.library.LibraryStore;
import io.presskit.model.Counterparts;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import io.presskit.model.TextUnits;
import io.presskit.model.TextUnits.Field;
import io.presskit.model.WorkflowStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Two language versions of a release side by side: each piece (headline, sub-headline, highlight, paragraph,
 * caption) in a row next to its counterpart, the possibly stale ones and the missing ones marked. Typing in a cell
 * saves that version a moment later (one autosave per side) through the library's keyed save, with the keys of
 * its paragraphs, so a paragraph typed into the empty place beside another becomes its counterpart; "add a
 * paragraph after" makes a new row whose place in the other version waits empty. Every change is a step of this
 * view's undo history (the app's Undo acts on it while the view is shown). The library says what is stale
 * ({@link Counterparts}).
 */
public final class SideBySideViewModel {
    /** One side's piece of a row: its text as typed, and whether it may be stale or is missing. */
    public static final class Cell {
        public final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
        private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper();

        public ReadOnlyBooleanProperty staleProperty() {
            return stale.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty missingProperty() {
            return missing.getReadOnlyProperty();
        }
    }

    /** A piece and its counterpart: which field, its key, how it is named (Paragraph 3), the two cells. */
    public static final class Row {
        private final Field field;
        private final String key;
        private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
        private final Cell[] cells = {new Cell(), new Cell()};

        Row(Field field, String key) {
            this.field = field;
            this.key = key;
        }

        public Field field() {
            return field;
        }

        public String key() {
            return key;
        }

        public ReadOnlyStringProperty labelProperty() {
            return label.getReadOnlyProperty();
        }

        /** 0: the release's own version (left), 1: the other one. */
        public Cell cell(int side) {
            return cells[side];
        }

        /** Whether a paragraph can be added after this one (highlights and body). */
        public boolean listed() {
            return field == Field.HIGHLIGHT || field == Field.BODY;
        }

        /** {@code headline}, {@code body:3} … as {@link TextUnits#unit} names it. */
        public String unit() {
            return TextUnits.unit(field, key);
        }
    }

    /** The two versions as typed, row by row: what one step of the undo history holds. */
    public record State(List<RowText> rows) {
        public State {
            rows = List.copyOf(rows);
        }
    }

    /** One row's texts in a {@link State}. */
    public record RowText(Field field, String key, String left, String right) {
        String side(int side) {
            return side == 0 ? left : right;
        }
    }

    private final LibraryStore store;
    private final Background background;
    private final Autosave[] saves;
    private final EditHistory<State> history = new EditHistory<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Families.Version> others = FXCollections.observableArrayList();
    /** The version shown beside the release (one of {@link #others()}). */
    public final ObjectProperty<Families.Version> other = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper[] languages = {new ReadOnlyStringWrapper(""), new ReadOnlyStringWrapper("")};
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final Families.VersionText[] shown = new Families.VersionText[2];
    /** Every version's text and units as last read: new keys are taken beyond all of them. */
    private List<Families.VersionText> all = List.of();
    private final Map<Field, Set<String>> usedKeys = new HashMap<>();
    private State lastState = new State(List.of());
    private Long releaseId;
    private boolean filling;
    private boolean savedSinceLoad;
    private long generation;
    private Consumer<Long> onSaved = id -> { };

    public SideBySideViewModel(LibraryStore store, Background background, long saveDelayMillis) {
        this.store = store;
        this.background = background;
        this.saves = new Autosave[]{new Autosave(background, saveDelayMillis, Messages.get("task.save")),
                new Autosave(background, saveDelayMillis, Messages.get("task.save"))};
        for (Autosave a : saves) {
            a.errorProperty().addListener((o, was, e) -> {
                if (!e.isEmpty()) {
                    error.set(e);
                }
            });
        }
        other.addListener((o, a, b) -> {
            if (!filling && b != null && releaseId != null) {
                load(releaseId, b.id(), () -> false);
            }
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The family's other versions outside the trash: what can be shown beside the release. */
    public ObservableList<Families.Version> others() {
        return others;
    }

    /** The language of each side (0 the release's, 1 the other). */
    public ReadOnlyStringProperty languageProperty(int side) {
        return languages[side].getReadOnlyProperty();
    }

    /** Said after a save took in someone else's save of the same version (cleared by the next load). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Approved and issued families are locked: shown, not edited. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public boolean isLocked() {
        return locked.get();
    }

    public EditHistory<State> history() {
        return history;
    }

    /** Called on the UI thread after each save reached the library, with the saved release's id. */
    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    /** Whether a side still owes a save (any thread may ask: the editor waits for it before it reads again). */
    public boolean isOwed() {
        return saves[0].isOwed() || saves[1].isOwed();
    }

    /** Whether a save ran since the versions were last loaded: the editor's copy of the release is then old. */
    public boolean savedSinceLoad() {
        return savedSinceLoad;
    }

    /** Saves what is typed now rather than after the delay. */
    public void flush() {
        saves[0].flush();
        saves[1].flush();
    }

    /** For closing the window: the saves still owed, to run off the UI thread, or null. Call on the UI thread. */
    public Runnable takeFinalSave() {
        Runnable left = saves[0].takeFinal();
        Runnable right = saves[1].takeFinal();
        if (left == null && right == null) {
            return null;
        }
        return () -> {
            if (left != null) {
                left.run();
            }
            if (right != null) {
                right.run();
            }
        };
    }

    /** Shows nothing (no release open). */
    public void clear() {
        flush();
        releaseId = null;
        ++generation;
        filling = true;
        try {
            rows.clear();
            others.clear();
            other.set(null);
        } finally {
            filling = false;
        }
        loaded.set(false);
        history.clear();
    }

    /**
     * Shows release {@code id} beside its version {@code otherId} (null: the family's first other version), once
     * {@code pending} (the form's save still owed) says the library holds what was typed. Nothing is shown for a
     * release without other versions. The history starts empty.
     */
    public void load(long id, Long otherId, BooleanSupplier pending) {
        flush();
        releaseId = id;
        long gen = ++generation;
        background.run(Messages.get("task.load"), p -> {
            long deadline = System.currentTimeMillis() + 30_000;
            while ((pending.getAsBoolean() || isOwed()) && System.currentTimeMillis() < deadline) {
                p.checkCancelled();
                Thread.sleep(20);
            }
            return store.families().texts(id);
        }, texts -> {
            if (gen == generation) {
                fill(id, otherId, texts);
            }
        }, e -> error.set(message(e)));
    }

    private void fill(long id, Long otherId, List<Families.VersionText> texts) {
        filling = true;
        try {
            all = texts;
            savedSinceLoad = false;
            history.clear();
            notice.set("");
            Families.VersionText mine = texts.stream().filter(t -> t.id() == id).findFirst().orElse(null);
            others.setAll(texts.stream().filter(t -> t.id() != id)
                    .map(t -> new Families.Version(t.id(), t.release().language(), false)).toList());
            Families.VersionText beside = texts.stream().filter(t -> t.id() != id && (otherId == null || t.id() == otherId))
                    .findFirst().orElse(null);
            rows.clear();
            usedKeys.clear();
            if (mine == null || beside == null) {
                other.set(null);
                loaded.set(false);
                lastState = new State(List.of());
                return;
            }
            shown[0] = mine;
            shown[1] = beside;
            other.set(others.stream().filter(v -> v.id() == beside.id()).findFirst().orElse(null));
            languages[0].set(mine.release().language());
            languages[1].set(beside.release().language());
            locked.set(mine.status() == WorkflowStatus.APPROVED || mine.status() == WorkflowStatus.ISSUED);
            rememberKeys(texts);
            for (Counterparts.Row r : Counterparts.rows(List.of(mine.counterpart(), beside.counterpart()))) {
                Row row = newRow(r.field(), r.key());
                for (int side = 0; side < 2; side++) {
                    Counterparts.Cell c = r.cells().get(side);
                    row.cell(side).text.set(c == null ? "" : c.text());
                }
                rows.add(row);
            }
            relabel();
            marks();
            error.set("");
            loaded.set(true);
            saves[0].reset();
            saves[1].reset();
            lastState = snapshot();
        } finally {
            filling = false;
        }
    }

    private Row newRow(Field field, String key) {
        Row row = new Row(field, key);
        for (int side = 0; side < 2; side++) {
            int s = side;
            row.cell(side).text.addListener((o, a, b) -> typed(row, s));
        }
        return row;
    }

    private void rememberKeys(List<Families.VersionText> texts) {
        for (Families.VersionText t : texts) {
            usedKeys.computeIfAbsent(Field.HIGHLIGHT, f -> new HashSet<>()).addAll(t.units().highlightKeys());
            usedKeys.computeIfAbsent(Field.BODY, f -> new HashSet<>()).addAll(t.units().bodyKeys());
        }
    }

    /** Highlight 2, Paragraph 3, Photo 1: numbered in reading order, as the rows stand. */
    private void relabel() {
        int highlight = 0;
        int paragraph = 0;
        int photo = 0;
        for (Row r : rows) {
            r.label.set(switch (r.field()) {
                case HEADLINE -> Messages.get("versions.row.headline");
                case SUBHEADLINE -> Messages.get("versions.row.subheadline");
                case HIGHLIGHT -> Messages.format("versions.row.highlight", ++highlight);
                case BODY -> Messages.format("versions.row.paragraph", ++paragraph);
                case CAPTION -> Messages.format("versions.row.caption", ++photo);
            });
        }
    }

    /** The stale and missing marks, from every version's units as last read (a third version counts too). */
    private void marks() {
        List<Counterparts.Version> versions = all.stream().map(Families.VersionText::counterpart).toList();
        int left = indexOf(shown[0].id());
        int right = indexOf(shown[1].id());
        Map<String, Counterparts.Row> byUnit = new HashMap<>();
        for (Counterparts.Row r : Counterparts.rows(versions)) {
            byUnit.put(r.unit(), r);
        }
        for (Row row : rows) {
            Counterparts.Row r = byUnit.get(row.unit());
            for (int side = 0; side < 2; side++) {
                int v = side == 0 ? left : right;
                Cell c = row.cell(side);
                c.stale.set(r != null && v >= 0 && r.stale(v));
                boolean otherHasText = !row.cell(1 - side).text.get().isBlank();
                c.missing.set(c.text.get().isBlank() && otherHasText);
            }
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds an empty paragraph (or highlight) after {@code row}, to be typed on either side; its place in the other
     * version waits empty beside it (nothing is stored until one side has text). Returns the new row.
     */
    public Row addAfter(Row row) {
        if (!row.listed() || isLocked() || !rows.contains(row)) {
            return null;
        }
        Set<String> used = usedKeys.computeIfAbsent(row.field(), f -> new HashSet<>());
        rows.stream().filter(r -> r.field() == row.field()).forEach(r -> used.add(r.key()));
        String key = TextUnits.fresh(used);
        Row added = newRow(row.field(), key);
        rows.add(rows.indexOf(row) + 1, added);
        relabel();
        marks();
        State now = snapshot();
        history.record(added.unit(), false, lastState, now);
        lastState = now;
        return added;
    }

    private void typed(Row row, int side) {
        if (filling || shown[side] == null) {
            return;
        }
        marks();
        State now = snapshot();
        history.record((side == 0 ? "left:" : "right:") + row.unit(), true, lastState, now);
        lastState = now;
        scheduleSave(side);
    }

    private void scheduleSave(int side) {
        if (isLocked()) {
            return;
        }
        saves[side].changed(() -> step(side));
    }

    private State snapshot() {
        List<RowText> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new RowText(r.field(), r.key(), r.cell(0).text.get(), r.cell(1).text.get()));
        }
        return new State(out);
    }

    // ------------------------------------------------------------ undo and redo

    /** Undoes the last change; returns the unit it changed ({@code left:body:3}), or null when there was nothing. */
    public String undo() {
        EditHistory.Job<State> j = history.undo();
        if (j == null) {
            return null;
        }
        restore(j.before());
        return j.field();
    }

    public String redo() {
        EditHistory.Job<State> j = history.redo();
        if (j == null) {
            return null;
        }
        restore(j.after());
        return j.field();
    }

    /** Puts {@code s} back: rows added since come out again, texts as they were; each side that changed is saved. */
    private void restore(State s) {
        State before = snapshot();
        Map<String, Row> byUnit = new HashMap<>();
        rows.forEach(r -> byUnit.put(r.unit(), r));
        List<Row> next = new ArrayList<>();
        filling = true;
        try {
            for (RowText t : s.rows()) {
                Row row = byUnit.get(TextUnits.unit(t.field(), t.key()));
                if (row == null) {
                    row = newRow(t.field(), t.key());
                }
                row.cell(0).text.set(t.left());
                row.cell(1).text.set(t.right());
                next.add(row);
            }
            if (!next.equals(rows)) {
                rows.setAll(next);
            }
        } finally {
            filling = false;
        }
        relabel();
        marks();
        lastState = snapshot();
        for (int side = 0; side < 2; side++) {
            if (!sideTexts(before, side).equals(sideTexts(lastState, side))) {
                scheduleSave(side);
            }
        }
    }

    private static Map<String, String> sideTexts(State s, int side) {
        Map<String, String> out = new HashMap<>();
        for (RowText t : s.rows()) {
            if (!t.side(side).isBlank()) {
                out.put(TextUnits.unit(t.field(), t.key()), t.side(side));
            }
        }
        return out;
    }

    // ------------------------------------------------------------ saving

    /** The save of one side as the rows stand now. */
    private Autosave.Step<?> step(int side) {
        Families.VersionText v = shown[side];
        if (v == null) {
            return null;
        }
        Edit edit = edit(side);
        long gen = generation;
        return new Autosave.Step<>(p -> {
            try {
                store.families().saveVersion(v.id(), v.version(), edit.release(), edit.highlightKeys(), edit.bodyKeys(),
                        List.of());
                return new Saved(store.families().texts(v.id()), false);
            } catch (ConflictException c) {
                // saved elsewhere since this side read it: both kept, piece by piece, in one more save
                Families.VersionText now = store.families().texts(v.id()).stream().filter(t -> t.id() == v.id())
                        .findFirst().orElseThrow(() -> c);
                VersionMerge.Keyed merged = VersionMerge.merge(
                        new VersionMerge.Keyed(v.release(), v.units().highlightKeys(), v.units().bodyKeys()),
                        new VersionMerge.Keyed(edit.release(), edit.highlightKeys(), edit.bodyKeys()),
                        new VersionMerge.Keyed(now.release(), now.units().highlightKeys(), now.units().bodyKeys()));
                store.families().saveVersion(v.id(), now.version(), merged.release(), merged.highlightKeys(),
                        merged.bodyKeys(), List.of());
                return new Saved(store.families().texts(v.id()), true);
            }
        }, result -> {
            savedSinceLoad = true;
            if (gen == generation) {
                saved(side, result.texts());
                if (result.merged()) {
                    showTheirs(side, v);
                    notice.set(Messages.get("versions.merged"));
                }
            }
            onSaved.accept(v.id());
        }, e -> error.set(message(e)));
    }

    private record Saved(List<Families.VersionText> texts, boolean merged) {
    }

    /**
     * After a save that took in someone else's: the pieces of side {@code side} not touched here since
     * {@code before} was read show what is stored now; pieces they added show once no save is owed.
     */
    private void showTheirs(int side, Families.VersionText before) {
        Map<String, String> was = before.units().texts(before.release());
        Families.VersionText v = shown[side];
        Map<String, String> now = v.units().texts(v.release());
        Set<String> shownUnits = new HashSet<>();
        filling = true;
        try {
            for (Row row : rows) {
                shownUnits.add(row.unit());
                String typed = row.cell(side).text.get();
                String stored = now.getOrDefault(row.unit(), "");
                if (typed.equals(was.getOrDefault(row.unit(), "")) && !typed.equals(stored)) {
                    row.cell(side).text.set(stored);
                }
            }
        } finally {
            filling = false;
        }
        lastState = snapshot();
        marks();
        if (!shownUnits.containsAll(now.keySet()) && !isOwed()) {
            fill(releaseId, shown[1].id(), all); // side 0 is always the release's own version, side 1 the one beside it
        }
    }

    private record Edit(Release release, List<String> highlightKeys, List<String> bodyKeys) {
    }

    /** Side {@code side}'s release with the rows' text: its own order kept, new pieces placed after their row's neighbour. */
    private Edit edit(int side) {
        Families.VersionText v = shown[side];
        Release r = v.release();
        String headline = text(side, Field.HEADLINE, null, r.headline());
        String subheadline = text(side, Field.SUBHEADLINE, null, r.subheadline() == null ? "" : r.subheadline());
        Map<String, String> stored = v.units().texts(r);
        List<String> hKeys = ordered(side, Field.HIGHLIGHT, v.units().highlightKeys(), stored);
        List<String> bKeys = ordered(side, Field.BODY, v.units().bodyKeys(), stored);
        // a piece without a row (stored by someone else since the rows were made) keeps its text
        List<String> highlights = hKeys.stream().map(k -> text(side, Field.HIGHLIGHT, k,
                stored.getOrDefault(TextUnits.unit(Field.HIGHLIGHT, k), ""))).toList();
        List<String> body = bKeys.stream().map(k -> text(side, Field.BODY, k,
                stored.getOrDefault(TextUnits.unit(Field.BODY, k), ""))).toList();
        List<Photo> photos = new ArrayList<>();
        for (Photo p : r.photos()) {
            photos.add(p.withText(text(side, Field.CAPTION, TextUnits.photoKey(p), p.caption()), p.credit(), p.altText()));
        }
        Release edited = new Release(r.language(), r.issuer(), r.label(), r.timing(), headline, subheadline, highlights,
                r.dateline(), body, r.endMark(), photos, r.boilerplates(), r.contactsHeading(), r.contacts());
        return new Edit(edited, hKeys, bKeys);
    }

    private String text(int side, Field field, String key, String otherwise) {
        for (Row row : rows) {
            if (row.field() == field && Objects.equals(row.key(), key)) {
                return row.cell(side).text.get();
            }
        }
        return otherwise;
    }

    /**
     * The keys of a version's highlights or paragraphs after an edit: its own order, without the pieces emptied
     * (a paragraph whose text is all deleted is removed; its place stays open beside its counterpart), with the
     * pieces typed where it had none, each after the nearest row above it that it has.
     */
    private List<String> ordered(int side, Field field, List<String> own, Map<String, String> stored) {
        List<String> keys = new ArrayList<>(own);
        String previous = null;
        for (Row row : rows) {
            if (row.field() != field) {
                continue;
            }
            boolean has = keys.contains(row.key());
            if (!has && !row.cell(side).text.get().isBlank()) {
                keys.add(previous == null ? 0 : keys.indexOf(previous) + 1, row.key());
                has = true;
            }
            if (has) {
                previous = row.key();
            }
        }
        keys.removeIf(k -> text(side, field, k, stored.getOrDefault(TextUnits.unit(field, k), "")).isBlank());
        return keys;
    }

    private void saved(int side, List<Families.VersionText> texts) {
        all = texts;
        rememberKeys(texts);
        for (int s = 0; s < 2; s++) {
            long id = shown[s].id();
            int at = s;
            texts.stream().filter(t -> t.id() == id).findFirst().ifPresent(t -> shown[at] = t);
        }
        marks();
        error.set("");
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
