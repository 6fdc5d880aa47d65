package io.presskit.app.directory;

import io.presskit.app.editor.FormProblem;
import io.presskit.app.editor.ParagraphText;
import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Autosave;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.model.Problem;
import io.presskit.model.ReleaseSummary;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shared library of records (the contact directory, the boilerplate library): a searchable list, a
 * form for the selected record that saves itself as typed a moment after edits stop (a bad email is kept and
 * marked, never dropped; only the library's hard limits keep a change out), and the releases that use the
 * record, so that a change to a shared record shows where it lands.
 */
public abstract class SharedRecordsViewModel<T> {
    private static final long SAVE_DELAY_MS = 600;

    protected final LibraryStore store;
    private final Background background;
    private final Autosave autosave;
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all, x -> true);
    public final StringProperty search = new SimpleStringProperty("");
    public final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ObservableList<FormProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ReleaseSummary> usedIn = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> onChanged = new ArrayList<>();
    private boolean filling;

    protected SharedRecordsViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
        this.autosave = new Autosave(background, SAVE_DELAY_MS, Messages.get("task.save"));
        autosave.errorProperty().addListener((o, a, e) -> {
            if (!e.isEmpty()) {
                message.set(e);
            }
        });
        search.addListener((o, a, q) -> shown.setPredicate(r -> q == null || q.isBlank() || matches(r, q.strip().toLowerCase())));
        selected.addListener((o, was, now) -> {
            if (!filling) {
                selectedChanged(now);
            }
        });
    }

    /** Call once the form's properties exist: each of their changes is an edit. */
    protected final void watch(Observable... fields) {
        for (Observable f : fields) {
            f.addListener(x -> edited());
        }
    }

    // ------------------------------------------------------------ what a kind of record does

    protected abstract List<T> loadAll() throws Exception;

    protected abstract T saveRecord(T record) throws Exception;

    protected abstract void deleteRecord(long id) throws Exception;

    protected abstract List<ReleaseSummary> releasesUsing(long id) throws Exception;

    protected abstract Long id(T record);

    protected abstract boolean matches(T record, String lowerQuery);

    /** The record as the form says, with the selected record's id (null for a new one). */
    protected abstract T fromForm(Long id);

    protected abstract void fillForm(T record);

    /** Everything the record needs before a release listing it may be issued (marks, never refusals). */
    protected abstract List<Problem> validate(T record);

    /** What keeps the record out of the library altogether. */
    protected abstract List<Problem> hardLimits(T record);

    /** True for a record with nothing typed in it: a new one is stored once something is. */
    protected abstract boolean isBlank(T record);

    // ------------------------------------------------------------ state

    public ObservableList<T> shown() {
        return shown;
    }

    public ObservableList<T> all() {
        return all;
    }

    /** The form's problems: a bad email is stored as typed and marked; a hard limit keeps the change out. */
    public ObservableList<FormProblem> problems() {
        return problems;
    }

    public List<FormProblem> problemsFor(String field) {
        return problems.stream().filter(p -> p.concerns(field)).toList();
    }

    /** True when a release listing {@code record} could not be issued until it is completed. */
    public boolean incomplete(T record) {
        return !validate(record).isEmpty();
    }

    private List<FormProblem> marks(T record) {
        List<Problem> hard = hardLimits(record);
        return validate(record).stream().map(p -> new FormProblem(p, hard.contains(p) ? FormProblem.Kind.NOT_STORED
                : FormProblem.Kind.INCOMPLETE)).toList();
    }

    public ObservableList<ReleaseSummary> usedIn() {
        return usedIn;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Runs after every change that reached the library (the editor then shows the new content). */
    public void addOnChanged(Runnable r) {
        onChanged.add(r);
    }

    public void reload() {
        background.run(Messages.get("task.load"), p -> loadAll(), list -> {
            Long keep = selected.get() == null ? null : id(selected.get());
            filling = true;
            try {
                all.setAll(list);
                selected.set(keep == null ? null : list.stream().filter(r -> keep.equals(id(r))).findFirst().orElse(null));
            } finally {
                filling = false;
            }
        }, this::failed);
    }

    /** Starts a new record: it is stored once the form is valid. */
    public void startNew() {
        flush();
        selected.set(null);
        selectedChanged(null);
    }

    public void deleteSelected() {
        T r = selected.get();
        if (r == null || id(r) == null) {
            return;
        }
        long id = id(r);
        background.run(Messages.get("task.delete"), p -> {
            deleteRecord(id);
            return id;
        }, done -> {
            all.remove(r);
            selected.set(null);
            changed();
        }, this::failed);
    }

    private void selectedChanged(T now) {
        flush();
        filling = true;
        try {
            fillForm(now);
        } finally {
            filling = false;
        }
        problems.setAll(now == null ? List.of() : marks(now));
        usedIn.clear();
        if (now != null && id(now) != null) {
            long id = id(now);
            background.run(Messages.get("task.load"), p -> releasesUsing(id), list -> {
                if (selected.get() != null && Objects.equals(id(selected.get()), id)) {
                    usedIn.setAll(list);
                }
            }, this::failed);
        }
    }

    /** Saves a pending edit now. */
    public void flush() {
        autosave.flush();
    }

    /** True while a save runs (any thread may ask). */
    public boolean isSaving() {
        return autosave.isSaving();
    }

    /** True when the form's record has problems (shown at its fields) that a release listing it would meet. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    private Long selectedId() {
        return selected.get() == null ? null : id(selected.get());
    }

    private void edited() {
        if (filling) {
            return;
        }
        T record = fromForm(selectedId());
        problems.setAll(marks(record));
        if (!hardLimits(record).isEmpty() || (selectedId() == null && isBlank(record))) {
            autosave.cancel();
            return;
        }
        autosave.changed(this::saveStep);
    }

    /** The save of the form as it is when the delay has passed (a new record has its id by then). */
    private Autosave.Step<?> saveStep() {
        T record = fromForm(selectedId());
        if (!hardLimits(record).isEmpty() || (id(record) == null && isBlank(record))) {
            return null;
        }
        return new Autosave.Step<T>(p -> saveRecord(record), stored -> {
            filling = true;
            try {
                int i = indexOfId(id(stored));
                if (i >= 0) {
                    all.set(i, stored);
                } else {
                    all.add(stored);
                }
                T sel = selected.get();
                if (sel == null || Objects.equals(id(sel), id(stored))) {
                    selected.set(stored);
                }
            } finally {
                filling = false;
            }
            long id = id(stored);
            background.run(Messages.get("task.load"), p -> releasesUsing(id), list -> {
                if (selected.get() != null && Objects.equals(id(selected.get()), id)) {
                    usedIn.setAll(list);
                }
            }, this::failed);
            changed();
        });
    }

    private int indexOfId(Long id) {
        for (int i = 0; i < all.size(); i++) {
            if (Objects.equals(id(all.get(i)), id)) {
                return i;
            }
        }
        return -1;
    }

    private void changed() {
        onChanged.forEach(Runnable::run);
    }

    private void failed(Throwable e) {
        message.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /** Lines of a text area as list items, blank lines dropped. */
    protected static List<String> lines(String text) {
        return ParagraphText.split(text);
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
