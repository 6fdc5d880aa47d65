package io.presskit.app.editor;

import io.presskit.app.i18n.Messages;
import io.presskit.app.i18n.ProblemTexts;
import io.presskit.app.i18n.TypedDates;
import io.presskit.app.photos.PhotoDecoder;
import io.presskit.app.settings.HouseDefaults;
import io.presskit.app.task.Autosave;
import io.presskit.app.task.Background;
import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryStore;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Photo;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Everything the release editor shows, as properties, and the only link between the editor and the library.
 * A draft is always saved as typed, a moment after edits stop, whatever it lacks: validation marks what a
 * release needs before it is issued, it never holds back a save. Only what the library cannot hold at all is
 * not stored: a value the form cannot read (kept in {@link UnstoredValues} and put back on the next opening)
 * and a text over the hard limits. Every change is one step of the release's undo history.
 */
public final class ReleaseEditorViewModel {
    /** How long after the last edit the release is saved (a system property, so a test can hold a save back). */
    public static final long SAVE_DELAY_MS = Long.getLong("presskit.autosaveDelayMs", 700);
    /** Below this displayed width a photo prints under 150 dpi across A4's text width (≈ 6.3 in). */
    public static final int MIN_PRINT_WIDTH_PX = 950;

    private final LibraryStore store;
    private final Background background;
    private final Autosave autosave;
    private final EditHistory<EditorState> history = new EditHistory<>();
    private HouseDefaults defaults = new HouseDefaults("", "zh-Hant-HK", "Asia/Hong_Kong", "###", HouseDefaults.Paper.A4);
    private UnstoredValues unstoredValues;

    private final ReadOnlyObjectWrapper<Long> releaseId = new ReadOnlyObjectWrapper<>();
    public final StringProperty language = new SimpleStringProperty("");
    public final StringProperty issuer = new SimpleStringProperty("");
    public final StringProperty label = new SimpleStringProperty("");
    public final BooleanProperty embargoed = new SimpleBooleanProperty(false);
    /** The embargo date as typed (day first or month first by the UI locale, or ISO). */
    public final StringProperty embargoDate = new SimpleStringProperty("");
    public final StringProperty embargoTime = new SimpleStringProperty("");
    public final StringProperty embargoZone = new SimpleStringProperty("");
    public final StringProperty headline = new SimpleStringProperty("");
    public final StringProperty subheadline = new SimpleStringProperty("");
    public final ObservableList<String> highlights = FXCollections.observableArrayList();
    public final StringProperty datelinePlace = new SimpleStringProperty("");
    /** The dateline date as typed. */
    public final StringProperty datelineDate = new SimpleStringProperty("");
    /** The body: paragraphs apart by a blank line. */
    public final StringProperty body = new SimpleStringProperty("");
    public final StringProperty endMark = new SimpleStringProperty("");
    public final StringProperty contactsHeading = new SimpleStringProperty("");
    public final ObservableList<Photo> photos = FXCollections.observableArrayList();
    public final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    public final ObservableList<Boilerplate> boilerplates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkflowStatus> status = new ReadOnlyObjectWrapper<>(WorkflowStatus.DRAFT);
    /** Approved and issued releases are locked by the library: the form shows them but takes no edits. */
    private final javafx.beans.binding.BooleanBinding locked = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> status.get() == WorkflowStatus.APPROVED || status.get() == WorkflowStatus.ISSUED, status);

    private final ObservableList<FormProblem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost when it is collected. */
    private final ObservableList<FormProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper embargoUtc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headlineCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subheadlineCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper highlightsCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Release> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper storable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> photoMessages = FXCollections.observableArrayList();

    /** The release as last stored: it stands in for values the form cannot read. */
    private Release stored;
    /** The stored version the editor's copy was read at or last saved as: a save from an older copy is a conflict. */
    private long version;
    /**
     * Images the library may not hold: photos added since the last save, and photos removed (their images
     * leave the library with the save), so that undo can bring them back. Read by saves off the UI thread.
     */
    private final Map<String, PreparedImage> heldImages = new ConcurrentHashMap<>();
    private Map<Long, Contact> directory = Map.of();
    private Map<Long, Boilerplate> library = Map.of();
    private EditorState lastState;
    private boolean filling;
    private Consumer<Long> onSaved = id -> { };
    private BiConsumer<WorkflowStatus, List<Problem>> onStatusRefused = (s, p) -> { };

    public ReleaseEditorViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
        this.autosave = new Autosave(background, SAVE_DELAY_MS, Messages.get("task.save"));
        autosave.errorProperty().addListener((o, a, e) -> {
            if (!e.isEmpty()) {
                lastError.set(e);
            }
        });
        typing(language, "language");
        typing(issuer, "issuer");
        typing(label, "label");
        embargoed.addListener(x -> edited("release.until", false));
        typing(embargoDate, "release.until");
        typing(embargoTime, "release.until.time");
        typing(embargoZone, "release.until.zone");
        typing(headline, "headline");
        typing(subheadline, "subheadline");
        typing(datelinePlace, "dateline.place");
        typing(datelineDate, "dateline.date");
        typing(body, "body");
        typing(endMark, "endMark");
        typing(contactsHeading, "contactsHeading");
        listEdits(highlights, "highlights");
        listEdits(photos, "photos");
        listEdits(contacts, "contacts");
        listEdits(boilerplates, "boilerplates");
        lastState = snapshot();
    }

    private void typing(StringProperty p, String field) {
        p.addListener(x -> edited(field, true));
    }

    /** Setting one item is typing in it ({@code highlights[2]}); anything else changes the list itself. */
    private <T> void listEdits(ObservableList<T> list, String field) {
        list.addListener((ListChangeListener<T>) c -> {
            String which = field;
            boolean typing = false;
            if (c.next() && c.wasReplaced() && c.getFrom() + 1 == c.getTo() && c.getRemovedSize() == 1 && !c.next()) {
                c.reset();
                c.next();
                which = field + "[" + c.getFrom() + "]";
                typing = true;
            }
            edited(which, typing);
        });
    }

    /** Called after every save that reached the library (the list re-sorts by last edit). */
    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    /** Called when a move to approved or issued is refused, with the problems that stand in the way. */
    public void setOnStatusRefused(BiConsumer<WorkflowStatus, List<Problem>> onStatusRefused) {
        this.onStatusRefused = onStatusRefused;
    }

    /** The house defaults a new embargo starts from (its time zone). */
    public void setDefaults(HouseDefaults defaults) {
        this.defaults = defaults;
    }

    /** Where typed values that cannot be stored yet are kept between openings. */
    public void setUnstoredValues(UnstoredValues unstoredValues) {
        this.unstoredValues = unstoredValues;
    }

    // ------------------------------------------------------------ read-only state

    public ReadOnlyObjectProperty<Long> releaseIdProperty() {
        return releaseId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkflowStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the release is approved or issued: locked until its status goes back to draft. */
    public javafx.beans.binding.BooleanExpression lockedProperty() {
        return locked;
    }

    /** Every problem of the form: what could not be stored first, then what the release needs before it is issued. */
    public ObservableList<FormProblem> problems() {
        return problemsView;
    }

    /** The problems about {@code field} or inside it ({@code photos[1]} covers {@code photos[1].caption}). */
    public List<FormProblem> problemsFor(String field) {
        return problems.stream().filter(p -> p.concerns(field)).collect(Collectors.toList());
    }

    /** What stops the release from being issued (exported as final, approved): every problem of the form. */
    public List<Problem> issueProblems() {
        return problems.stream().map(FormProblem::problem).toList();
    }

    public ReadOnlyStringProperty embargoUtcProperty() {
        return embargoUtc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineCountsProperty() {
        return headlineCounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subheadlineCountsProperty() {
        return subheadlineCounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty highlightsCountsProperty() {
        return highlightsCounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyCountsProperty() {
        return bodyCounts.getReadOnlyProperty();
    }

    /** The release as typed, as far as it can be stored: what is saved and previewed. */
    public ReadOnlyObjectProperty<Release> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** False while a text breaks the library's hard limits: then nothing of the release is saved. */
    public ReadOnlyBooleanProperty storableProperty() {
        return storable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Autosave.State> saveStateProperty() {
        return autosave.stateProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public EditHistory<EditorState> history() {
        return history;
    }

    /** Photos refused while adding, one sentence each. */
    public ObservableList<String> photoMessages() {
        return photoMessages;
    }

    public ReleaseLanguage releaseLanguage() {
        return ReleaseLanguage.of(language.get());
    }

    /** The number photo {@code index} (0-based) prints with: 圖一 / Photo 1. */
    public String photoNumber(int index) {
        return releaseLanguage().photoNumber(index + 1);
    }

    /** How problem paths of this release are named in the UI: its photo numbers, its contacts' names. */
    public ProblemTexts.Context problemContext() {
        return new ProblemTexts.Context() {
            @Override
            public String photoNumber(int index) {
                return ReleaseEditorViewModel.this.photoNumber(index);
            }

            @Override
            public String contactName(int index) {
                return index < contacts.size() ? contacts.get(index).name() : "";
            }

            @Override
            public String boilerplateTitle(int index) {
                return index < boilerplates.size() ? boilerplates.get(index).title() : "";
            }
        };
    }

    /** The thumbnail of a photo, from the images held here or from the library. Blocks: call off the UI thread. */
    public Optional<byte[]> thumbnailBytes(String sha256) throws Exception {
        PreparedImage held = heldImages.get(sha256);
        if (held != null) {
            return Optional.of(held.thumbnail().bytes());
        }
        return store.images().thumbnail(sha256).map(t -> t.bytes());
    }

    public static boolean tooSmallForPrint(Photo p) {
        return p.displayWidth() < MIN_PRINT_WIDTH_PX;
    }

    // ------------------------------------------------------------ loading

    /** Loads a release into the editor, saving any pending edit of the previous one first. */
    public void load(long id) {
        flush();
        background.run(Messages.get("task.open"), p -> store.releases().read(id)
                .orElseThrow(() -> new IllegalStateException("Release " + id + " is gone")), loaded -> {
            fill(id, loaded.release(), loaded.status());
            version = loaded.version();
        }, this::failed);
    }

    /**
     * Reads the open release again once {@code pending} says nothing else still writes it (the side-by-side
     * editor saved this version meanwhile: the form's copy, and the version it would save from, are old).
     */
    public void reload(java.util.function.BooleanSupplier pending) {
        Long id = releaseId.get();
        if (id == null) {
            return;
        }
        flush();
        background.run(Messages.get("task.open"), p -> {
            long deadline = System.currentTimeMillis() + 30_000;
            while (pending.getAsBoolean() && System.currentTimeMillis() < deadline) {
                p.checkCancelled();
                Thread.sleep(20);
            }
            return store.releases().read(id).orElseThrow(() -> new IllegalStateException("Release " + id + " is gone"));
        }, loaded -> {
            if (Objects.equals(id, releaseId.get())) {
                fill(id, loaded.release(), loaded.status());
                version = loaded.version();
            }
        }, this::failed);
    }

    /** Shows {@code r} as release {@code id}, without saving anything; its history starts empty. */
    public void fill(long id, Release r, WorkflowStatus s) {
        boolean dayFirst = Messages.dayFirst();
        Map<String, String> kept = unstoredValues == null ? Map.of() : unstoredValues.of(id);
        filling = true;
        try {
            heldImages.clear();
            stored = r;
            releaseId.set(id);
            language.set(nz(r.language()));
            issuer.set(nz(r.issuer()));
            label.set(nz(r.label()));
            if (r.timing() instanceof ReleaseTiming.Embargoed e) {
                embargoed.set(true);
                embargoDate.set(TypedDates.format(e.until().toLocalDate(), dayFirst));
                embargoTime.set(TypedDates.format(e.until().toLocalTime()));
                embargoZone.set(e.until().getZone().getId());
            } else {
                embargoed.set(false);
                embargoDate.set("");
                embargoTime.set("");
                embargoZone.set(defaults.timeZone());
            }
            headline.set(nz(r.headline()));
            subheadline.set(nz(r.subheadline()));
            highlights.setAll(r.highlights());
            datelinePlace.set(r.dateline() == null ? "" : nz(r.dateline().place()));
            datelineDate.set(r.dateline() == null ? "" : TypedDates.format(r.dateline().date(), dayFirst));
            body.set(ParagraphText.joinParagraphs(r.body()));
            endMark.set(nz(r.endMark()));
            contactsHeading.set(nz(r.contactsHeading()));
            photos.setAll(r.photos());
            contacts.setAll(r.contacts());
            boilerplates.setAll(r.boilerplates());
            status.set(s);
            // what was typed last time and could not be stored goes back where it was typed
            if (kept.containsKey(DraftReading.EMBARGOED)) {
                embargoed.set(true);
            }
            Optional.ofNullable(kept.get(DraftReading.EMBARGO_DATE)).ifPresent(embargoDate::set);
            Optional.ofNullable(kept.get(DraftReading.EMBARGO_TIME)).ifPresent(embargoTime::set);
            Optional.ofNullable(kept.get(DraftReading.EMBARGO_ZONE)).ifPresent(embargoZone::set);
            Optional.ofNullable(kept.get(DraftReading.DATELINE_DATE)).ifPresent(datelineDate::set);
        } finally {
            filling = false;
        }
        history.clear();
        lastState = snapshot();
        autosave.reset();
        lastError.set("");
        recompute();
        loaded.set(true);
    }

    /** Shared records changed in the directory: show their new content (links are by id, nothing to save). */
    public void sharedRecordsChanged(List<Contact> allContacts, List<Boilerplate> allBoilerplates) {
        directory = allContacts.stream().collect(Collectors.toMap(Contact::id, c -> c, (a, b) -> a));
        library = allBoilerplates.stream().collect(Collectors.toMap(Boilerplate::id, b -> b, (a, b) -> a));
        filling = true;
        try {
            List<Contact> cs = current(contacts, directory, Contact::id);
            if (!cs.equals(contacts)) {
                contacts.setAll(cs);
            }
            List<Boilerplate> bs = current(boilerplates, library, Boilerplate::id);
            if (!bs.equals(boilerplates)) {
                boilerplates.setAll(bs);
            }
        } finally {
            filling = false;
        }
        lastState = snapshot();
        recompute();
    }

    /** The records as the directory has them now; ones deleted from it are left out. */
    private static <T> List<T> current(List<T> shown, Map<Long, T> now, java.util.function.Function<T, Long> id) {
        if (now.isEmpty()) {
            return List.copyOf(shown);
        }
        return shown.stream().filter(x -> id.apply(x) == null || now.containsKey(id.apply(x)))
                .map(x -> id.apply(x) == null ? x : now.get(id.apply(x))).toList();
    }

    /** Empties the editor (no release selected). */
    public void clear() {
        flush();
        filling = true;
        try {
            releaseId.set(null);
            for (StringProperty s : List.of(language, issuer, label, embargoDate, embargoTime, embargoZone, headline,
                    subheadline, datelinePlace, datelineDate, body, endMark, contactsHeading)) {
                s.set("");
            }
            highlights.clear();
            photos.clear();
            contacts.clear();
            boilerplates.clear();
            embargoed.set(false);
        } finally {
            filling = false;
        }
        stored = null;
        history.clear();
        lastState = snapshot();
        problems.clear();
        draft.set(null);
        autosave.cancel();
        loaded.set(false);
    }

    // ------------------------------------------------------------ editing lists

    public void addHighlight() {
        highlights.add("");
    }

    public void setHighlight(int i, String text) {
        if (i < highlights.size() && !highlights.get(i).equals(text)) {
            highlights.set(i, text);
        }
    }

    public void removeHighlight(int i) {
        if (i >= 0 && i < highlights.size()) {
            highlights.remove(i);
        }
    }

    public void moveHighlight(int from, int to) {
        move(highlights, from, to);
    }

    public void movePhoto(int from, int to) {
        move(photos, from, to);
    }

    public void removePhoto(int i) {
        if (i >= 0 && i < photos.size()) {
            photos.remove(i);
        }
    }

    public void setPhotoText(int i, String caption, String credit, String altText) {
        Photo p = photos.get(i);
        Photo q = p.withText(caption, credit, altText);
        if (!q.equals(p)) {
            photos.set(i, q);
        }
    }

    public void attachContact(Contact c) {
        if (c != null && contacts.stream().noneMatch(x -> x.id() != null && x.id().equals(c.id()))) {
            contacts.add(c);
        }
    }

    public void moveContact(int from, int to) {
        move(contacts, from, to);
    }

    public void detachContact(int i) {
        if (i >= 0 && i < contacts.size()) {
            contacts.remove(i);
        }
    }

    public void attachBoilerplate(Boilerplate b) {
        if (b != null && boilerplates.stream().noneMatch(x -> x.id() != null && x.id().equals(b.id()))) {
            boilerplates.add(b);
        }
    }

    public void moveBoilerplate(int from, int to) {
        move(boilerplates, from, to);
    }

    public void detachBoilerplate(int i) {
        if (i >= 0 && i < boilerplates.size()) {
            boilerplates.remove(i);
        }
    }

    private static <T> void move(ObservableList<T> list, int from, int to) {
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) {
            return;
        }
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(from);
        copy.add(to, item);
        list.setAll(copy);
    }

    /**
     * Reads and prepares image files in the background, several at once, with progress; accepted photos are
     * appended in the order given (one undo step), refused ones are listed with their reason. Captions start
     * empty: the file name is not a caption, and a prompt says what to write.
     */
    public Background.Job<?> addPhotos(List<Path> files) {
        photoMessages.clear();
        Long forRelease = releaseId.get();
        return background.run(Messages.get("task.addPhotos"), progress -> PhotoDecoder.decode(files, progress), results -> {
            if (!Objects.equals(forRelease, releaseId.get())) {
                return; // another release was opened meanwhile
            }
            Set<String> names = photos.stream().map(p -> p.fileName().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(HashSet::new));
            List<Photo> added = new ArrayList<>();
            for (PhotoDecoder.Outcome o : results) {
                if (o.image() != null) {
                    PreparedImage img = o.image();
                    String fileName = uniqueName(o.file().getFileName().toString(), names);
                    heldImages.put(img.sha256(), img);
                    added.add(new Photo(fileName, img.sha256(), img.info().mediaType(), img.info().width(),
                            img.info().height(), img.info().orientation(), "", null, null));
                } else if (o.refusal() != null) {
                    photoMessages.add(o.refusal());
                }
            }
            photos.addAll(added);
        }, this::failed);
    }

    static String uniqueName(String name, Set<String> taken) {
        String clean = name.replaceAll("[/\\\\]", "_");
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank()) {
            clean = "photo.jpg";
        }
        int dot = clean.lastIndexOf('.');
        String stem = dot > 0 ? clean.substring(0, dot) : clean;
        String ext = dot > 0 ? clean.substring(dot) : "";
        String candidate = clean;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + ext;
        }
        taken.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    // ------------------------------------------------------------ undo and redo

    /** Undoes the last change; returns the field it changed (to show it), or null when there was nothing. */
    public String undo() {
        EditHistory.Job<EditorState> j = history.undo();
        if (j == null) {
            return null;
        }
        restore(j.before());
        return j.field();
    }

    public String redo() {
        EditHistory.Job<EditorState> j = history.redo();
        if (j == null) {
            return null;
        }
        restore(j.after());
        return j.field();
    }

    private void restore(EditorState s) {
        filling = true;
        try {
            language.set(s.language());
            issuer.set(s.issuer());
            label.set(s.label());
            embargoed.set(s.embargoed());
            embargoDate.set(s.embargoDate());
            embargoTime.set(s.embargoTime());
            embargoZone.set(s.embargoZone());
            headline.set(s.headline());
            subheadline.set(s.subheadline());
            setIfChanged(highlights, s.highlights());
            datelinePlace.set(s.datelinePlace());
            datelineDate.set(s.datelineDate());
            body.set(s.body());
            endMark.set(s.endMark());
            contactsHeading.set(s.contactsHeading());
            setIfChanged(photos, s.photos());
            // shared records show their content as the directory has it now, not as it was then
            setIfChanged(contacts, current(s.contacts(), directory, Contact::id));
            setIfChanged(boilerplates, current(s.boilerplates(), library, Boilerplate::id));
        } finally {
            filling = false;
        }
        lastState = snapshot();
        recompute();
        scheduleSave();
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }

    private EditorState snapshot() {
        return new EditorState(language.get(), issuer.get(), label.get(), embargoed.get(), embargoDate.get(),
                embargoTime.get(), embargoZone.get(), headline.get(), subheadline.get(), highlights,
                datelinePlace.get(), datelineDate.get(), body.get(), endMark.get(), contactsHeading.get(), photos,
                contacts, boilerplates);
    }

    // ------------------------------------------------------------ validation and saving

    private void edited(String field, boolean typing) {
        if (filling || releaseId.get() == null) {
            return;
        }
        if ("release.until".equals(field) && !typing && embargoed.get() && embargoZone.get().isBlank()) {
            filling = true;
            embargoZone.set(defaults.timeZone()); // a new embargo is written in the house time zone
            filling = false;
        }
        EditorState now = snapshot();
        history.record(field, typing, lastState, now);
        lastState = now;
        recompute();
        scheduleSave();
    }

    private void recompute() {
        DraftReading reading = DraftReading.read(snapshot(), stored, Messages.dayFirst());
        Release r = reading.release();
        List<Problem> hard = ReleaseRules.hardLimits(r);
        Set<String> unreadableFields = reading.unreadable().stream().map(Problem::field).collect(Collectors.toSet());
        List<FormProblem> found = new ArrayList<>();
        reading.unreadable().forEach(p -> found.add(new FormProblem(p, FormProblem.Kind.UNREADABLE)));
        hard.forEach(p -> found.add(new FormProblem(p, FormProblem.Kind.NOT_STORED)));
        Set<Problem> hardSet = new LinkedHashSet<>(hard);
        for (Problem p : ReleaseRules.validate(r)) {
            if (!hardSet.contains(p) && !unreadableFields.contains(p.field())) {
                found.add(new FormProblem(p, FormProblem.Kind.INCOMPLETE));
            }
        }
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        draft.set(r);
        storable.set(hard.isEmpty());
        embargoUtc.set(reading.embargoUtc());
        headlineCounts.set(counts("field.headline", headline.get()));
        subheadlineCounts.set(counts("field.subheadline", subheadline.get()));
        highlightsCounts.set(counts("field.highlights", String.join("\n", highlights)));
        bodyCounts.set(counts("field.body", body.get()));
        Long id = releaseId.get();
        if (unstoredValues != null && id != null) {
            unstoredValues.keep(id, reading.unstored());
        }
    }

    private static String counts(String fieldKey, String text) {
        TextCounts c = TextCounts.of(text);
        return Messages.format("editor.counts", Messages.get(fieldKey), c.words(), c.characters());
    }

    private void scheduleSave() {
        if (releaseId.get() == null) {
            return;
        }
        if (!storable.get()) {
            autosave.cancel(); // the last stored state stays; the field says why this one cannot be stored
            return;
        }
        autosave.changed(this::saveStep);
    }

    /** The save of the form as it is now, or null when it cannot be stored. */
    private Autosave.Step<?> saveStep() {
        Long id = releaseId.get();
        Release r = draft.get();
        if (id == null || r == null || !storable.get()) {
            return null;
        }
        Release before = stored;
        long expected = version;
        Map<String, PreparedImage> held = Map.copyOf(heldImages);
        return new Autosave.Step<Long>(p -> store.releases().save(id, expected, r, imagesToStore(before, r, held)),
                newVersion -> {
                    if (Objects.equals(id, releaseId.get())) {
                        version = newVersion;
                        stored = r;
                        Set<String> now = shas(r);
                        heldImages.keySet().removeIf(now::contains);
                    }
                    onSaved.accept(id);
                });
    }

    /**
     * The images the save of {@code next} must bring: those of new photos. Photos dropped since {@code before}
     * lose their image with the save; it is read back first and held, so that undo can restore the photo.
     * Runs off the UI thread, inside the save.
     */
    private List<PreparedImage> imagesToStore(Release before, Release next, Map<String, PreparedImage> held)
            throws Exception {
        Set<String> was = before == null ? Set.of() : shas(before);
        Set<String> now = shas(next);
        if (before != null) {
            for (Photo p : before.photos()) {
                if (!now.contains(p.sha256()) && !heldImages.containsKey(p.sha256())) {
                    store.images().storedImage(p).ifPresent(img -> heldImages.put(img.sha256(), img));
                }
            }
        }
        List<PreparedImage> needed = new ArrayList<>();
        for (String sha : now) {
            PreparedImage img = held.containsKey(sha) ? held.get(sha) : heldImages.get(sha);
            if (!was.contains(sha) && img != null) {
                needed.add(img);
            }
        }
        return needed;
    }

    private static Set<String> shas(Release r) {
        return r.photos().stream().map(Photo::sha256).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** True while a save runs (any thread may ask). */
    public boolean isSaving() {
        return autosave.isSaving();
    }

    /** True when an edit waits for its save or a save runs. */
    public boolean hasPendingSave() {
        return autosave.isOwed();
    }

    /** Saves a pending edit now instead of after the delay (switching releases, exporting). */
    public void flush() {
        autosave.flush();
    }

    /**
     * For closing the window: the save still owed, as work to run to completion off the UI thread, or null
     * when everything is saved already. Call on the UI thread.
     */
    public Runnable takeFinalSave() {
        return autosave.takeFinal();
    }

    /**
     * Moves the release to another workflow status. Approved and issued need a release that may be issued:
     * when it may not, nothing changes and the problems go to {@link #setOnStatusRefused}.
     */
    public boolean requestStatus(WorkflowStatus next) {
        Long id = releaseId.get();
        if (id == null || next == null || next == status.get()) {
            return true;
        }
        if ((next == WorkflowStatus.APPROVED || next == WorkflowStatus.ISSUED) && !problems.isEmpty()) {
            onStatusRefused.accept(next, issueProblems());
            return false;
        }
        WorkflowStatus was = status.get();
        status.set(next);
        flush(); // what was typed before the move is saved first, and the move follows that save
        autosave.enqueue(() -> new Autosave.Step<Long>(p -> store.releases().setStatus(id, next, store.user(), null),
                newVersion -> {
                    if (Objects.equals(id, releaseId.get())) {
                        version = newVersion;
                    }
                    onSaved.accept(id);
                }, e -> {
                    if (Objects.equals(id, releaseId.get()) && status.get() == next) {
                        status.set(was); // refused by the library: the status stays where it was
                    }
                }));
        return true;
    }

    private void failed(Throwable e) {
        lastError.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
