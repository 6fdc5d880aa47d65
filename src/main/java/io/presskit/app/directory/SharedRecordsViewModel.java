package io.presskit.app.directory;

import io.presskit.app.i18n.Messages;
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
 * form for the selected record that saves itself a moment after edits stop (when valid), and the
 * releases that use the record, so that a change to a shared record shows where it lands.
 */
public abstract class SharedRecordsViewModel<T> {
    private static final long SAVE_DELAY_MS = 600;

    protected final LibraryStore store;
    private final Background background;
    private final Object saveKey = new Object();
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all, x -> true);
    public final StringProperty search = new SimpleStringProperty("");
    public final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<ReleaseSummary> usedIn = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Runnable> onChanged = new ArrayList<>();
    private boolean filling;
    private boolean saving;
    private boolean saveAgain;

    protected SharedRecordsViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
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

    protected abstract List<Problem> validate(T record);

    // ------------------------------------------------------------ state

    public ObservableList<T> shown() {
        return shown;
    }

    public ObservableList<T> all() {
        return all;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public List<Problem> problemsFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field) || p.field().startsWith(field + "[")).toList();
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
        flushFor();
        filling = true;
        try {
            fillForm(now);
        } finally {
            filling = false;
        }
        problems.clear();
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

    private Runnable pendingFlush;

    private void flushFor() {
        if (background.cancelDebounce(saveKey) && pendingFlush != null) {
            pendingFlush.run();
        }
    }

    /** Saves a pending edit now. */
    public void flush() {
        flushFor();
    }

    private void edited() {
        if (filling) {
            return;
        }
        T current = selected.get();
        Long id = current == null ? null : id(current);
        T record = fromForm(id);
        problems.setAll(validate(record));
        if (problems.isEmpty()) {
            pendingFlush = () -> save(record);
            background.debounce(saveKey, SAVE_DELAY_MS, () -> save(fromForm(selected.get() == null ? null : id(selected.get()))));
        } else {
            background.cancelDebounce(saveKey);
        }
    }

    private void save(T record) {
        if (!validate(record).isEmpty()) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        background.run(Messages.get("task.save"), p -> saveRecord(record), stored -> {
            saving = false;
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
            if (saveAgain) {
                saveAgain = false;
                save(fromForm(id(stored)));
            }
            long id = id(stored);
            background.run(Messages.get("task.load"), p -> releasesUsing(id), list -> {
                if (selected.get() != null && Objects.equals(id(selected.get()), id)) {
                    usedIn.setAll(list);
                }
            }, this::failed);
            changed();
        }, e -> {
            saving = false;
            failed(e);
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
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
