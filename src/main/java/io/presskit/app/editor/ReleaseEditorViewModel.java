package io.presskit.app.editor;

import io.presskit.app.i18n.Messages;
import io.presskit.app.task.Background;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRejectedException;
import io.presskit.image.PreparedImage;
import io.presskit.library.LibraryStore;
import io.presskit.model.Boilerplate;
import io.presskit.model.Contact;
import io.presskit.model.Dateline;
import io.presskit.model.InvalidReleaseException;
import io.presskit.model.Photo;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseTiming;
import io.presskit.model.WorkflowStatus;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Everything the release editor shows, as properties, and the only link between the editor and the
 * library. Every edit is validated with {@link ReleaseRules}; a valid state is saved a moment after
 * edits stop (off the UI thread); an invalid one is never saved over the last valid one.
 */
public final class ReleaseEditorViewModel {
    /** How long after the last edit the release is saved. */
    public static final long SAVE_DELAY_MS = 700;
    /** Below this displayed width a photo prints under 150 dpi across A4's text width (≈ 6.3 in). */
    public static final int MIN_PRINT_WIDTH_PX = 950;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter UTC_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** The save state shown in the status bar. */
    public enum SaveState { NONE, SAVED, PENDING, SAVING, INVALID, FAILED }

    private final LibraryStore store;
    private final Background background;
    private final Object saveKey = new Object();

    private final ReadOnlyObjectWrapper<Long> releaseId = new ReadOnlyObjectWrapper<>();
    public final StringProperty language = new SimpleStringProperty("");
    public final StringProperty issuer = new SimpleStringProperty("");
    public final StringProperty label = new SimpleStringProperty("");
    public final BooleanProperty embargoed = new SimpleBooleanProperty(false);
    public final ObjectProperty<LocalDate> embargoDate = new SimpleObjectProperty<>();
    public final StringProperty embargoTime = new SimpleStringProperty("09:00");
    public final StringProperty embargoZone = new SimpleStringProperty(ZoneId.systemDefault().getId());
    public final StringProperty headline = new SimpleStringProperty("");
    public final StringProperty subheadline = new SimpleStringProperty("");
    public final ObservableList<String> highlights = FXCollections.observableArrayList();
    public final StringProperty datelinePlace = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> datelineDate = new SimpleObjectProperty<>();
    /** The body, one paragraph per line. */
    public final StringProperty body = new SimpleStringProperty("");
    public final StringProperty endMark = new SimpleStringProperty("");
    public final StringProperty contactsHeading = new SimpleStringProperty("");
    public final ObservableList<Photo> photos = FXCollections.observableArrayList();
    public final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    public final ObservableList<Boilerplate> boilerplates = FXCollections.observableArrayList();
    public final ObjectProperty<WorkflowStatus> status = new SimpleObjectProperty<>(WorkflowStatus.DRAFT);

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper embargoUtc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Release> validRelease = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NONE);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> photoMessages = FXCollections.observableArrayList();

    /** Photos added since the last save: their images travel with the next save. */
    private final Map<String, PreparedImage> pendingImages = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean filling;
    private volatile boolean saving;
    /** The stored version the editor's copy was read at (or last saved as): a save from an older copy is a conflict. */
    private long version;
    private boolean saveAgain;
    /** A status change asked for while a save ran: it follows the save, so that the save's version check holds. */
    private WorkflowStatus statusAfterSave;
    private Consumer<Long> onSaved = id -> { };

    public ReleaseEditorViewModel(LibraryStore store, Background background) {
        this.store = store;
        this.background = background;
        Observable[] edits = {language, issuer, label, embargoed, embargoDate, embargoTime, embargoZone, headline,
                subheadline, highlights, datelinePlace, datelineDate, body, endMark, contactsHeading, photos,
                contacts, boilerplates};
        for (Observable o : edits) {
            o.addListener(x -> edited());
        }
        status.addListener((o, was, now) -> statusChanged(now));
    }

    /** Called after every save that reached the library (the list re-sorts by last edit). */
    public void setOnSaved(Consumer<Long> onSaved) {
        this.onSaved = onSaved;
    }

    // ------------------------------------------------------------ read-only state

    public ReadOnlyObjectProperty<Long> releaseIdProperty() {
        return releaseId.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ReadOnlyStringProperty embargoUtcProperty() {
        return embargoUtc.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The last valid state of the release: what is saved, previewed and exported. */
    public ReadOnlyObjectProperty<Release> validReleaseProperty() {
        return validRelease.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Photos refused while adding, one sentence each. */
    public ObservableList<String> photoMessages() {
        return photoMessages;
    }

    /** Problems whose field is {@code field} or lies inside it ({@code photos[1]} covers {@code photos[1].caption}). */
    public List<Problem> problemsFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field) || p.field().startsWith(field + ".")
                || p.field().startsWith(field + "[")).collect(Collectors.toList());
    }

    public ReleaseLanguage releaseLanguage() {
        return ReleaseLanguage.of(language.get());
    }

    /** The number photo {@code index} (0-based) prints with: 圖一 / Photo 1. */
    public String photoNumber(int index) {
        return releaseLanguage().photoNumber(index + 1);
    }

    /** The thumbnail of a photo, from the images not yet saved or from the library. Blocks: call off the UI thread. */
    public Optional<byte[]> thumbnailBytes(String sha256) throws Exception {
        PreparedImage pending = pendingImages.get(sha256);
        if (pending != null) {
            return Optional.of(pending.thumbnail().bytes());
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
            version = loaded.version();
            fill(id, loaded.release(), loaded.status());
        }, this::failed);
    }

    /** Shows {@code r} as release {@code id}, without saving anything. */
    public void fill(long id, Release r, WorkflowStatus s) {
        filling = true;
        try {
            pendingImages.clear();
            releaseId.set(id);
            language.set(nz(r.language()));
            issuer.set(nz(r.issuer()));
            label.set(nz(r.label()));
            if (r.timing() instanceof ReleaseTiming.Embargoed e) {
                embargoed.set(true);
                embargoDate.set(e.until().toLocalDate());
                embargoTime.set(TIME.format(e.until()));
                embargoZone.set(e.until().getZone().getId());
            } else {
                embargoed.set(false);
                embargoDate.set(null);
                embargoTime.set("09:00");
                embargoZone.set(ZoneId.systemDefault().getId());
            }
            headline.set(nz(r.headline()));
            subheadline.set(nz(r.subheadline()));
            highlights.setAll(r.highlights());
            datelinePlace.set(r.dateline() == null ? "" : nz(r.dateline().place()));
            datelineDate.set(r.dateline() == null ? null : r.dateline().date());
            body.set(String.join("\n", r.body()));
            endMark.set(nz(r.endMark()));
            contactsHeading.set(nz(r.contactsHeading()));
            photos.setAll(r.photos());
            contacts.setAll(r.contacts());
            boilerplates.setAll(r.boilerplates());
            status.set(s);
        } finally {
            filling = false;
        }
        recompute();
        saveState.set(SaveState.SAVED);
        loaded.set(true);
    }

    /** Shared records changed in the directory: show their new content (links are by id, nothing to save). */
    public void sharedRecordsChanged(List<Contact> directory, List<Boilerplate> library) {
        Map<Long, Contact> byId = directory.stream().collect(Collectors.toMap(Contact::id, c -> c));
        Map<Long, Boilerplate> bpById = library.stream().collect(Collectors.toMap(Boilerplate::id, b -> b));
        filling = true;
        try {
            List<Contact> cs = contacts.stream().filter(c -> c.id() == null || byId.containsKey(c.id()))
                    .map(c -> c.id() == null ? c : byId.get(c.id())).toList();
            if (!cs.equals(contacts)) {
                contacts.setAll(cs);
            }
            List<Boilerplate> bs = boilerplates.stream().filter(b -> b.id() == null || bpById.containsKey(b.id()))
                    .map(b -> b.id() == null ? b : bpById.get(b.id())).toList();
            if (!bs.equals(boilerplates)) {
                boilerplates.setAll(bs);
            }
        } finally {
            filling = false;
        }
        recompute();
    }

    /** Empties the editor (no release selected). */
    public void clear() {
        flush();
        filling = true;
        try {
            releaseId.set(null);
            for (StringProperty s : List.of(language, issuer, label, headline, subheadline, datelinePlace, body,
                    endMark, contactsHeading)) {
                s.set("");
            }
            highlights.clear();
            photos.clear();
            contacts.clear();
            boilerplates.clear();
            embargoed.set(false);
            datelineDate.set(null);
        } finally {
            filling = false;
        }
        problems.clear();
        validRelease.set(null);
        saveState.set(SaveState.NONE);
        loaded.set(false);
    }

    // ------------------------------------------------------------ editing lists

    public void addHighlight() {
        highlights.add("");
    }

    public void removeHighlight(int i) {
        highlights.remove(i);
    }

    public void moveHighlight(int from, int to) {
        move(highlights, from, to);
    }

    public void movePhoto(int from, int to) {
        move(photos, from, to);
    }

    public void removePhoto(int i) {
        photos.remove(i);
    }

    public void setPhotoText(int i, String caption, String credit, String altText) {
        Photo p = photos.get(i);
        Photo q = p.withText(caption, blankToNull(credit), blankToNull(altText));
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
        contacts.remove(i);
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
        boilerplates.remove(i);
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
     * Reads and prepares image files in the background (decoding is slow), several at once, with
     * progress; accepted photos are appended in the order given, refused ones are listed with their reason.
     */
    public Background.Job<?> addPhotos(List<Path> files) {
        photoMessages.clear();
        return background.run(Messages.get("task.addPhotos"), progress -> {
            List<Object> results = new ArrayList<>(Collections.nCopies(files.size(), null));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                order.add(i);
            }
            int[] done = {0};
            // decode in parallel on the common pool; each image reports when it finishes
            order.parallelStream().forEach(i -> {
                if (progress.isCancelled()) {
                    return;
                }
                Path f = files.get(i);
                String name = f.getFileName().toString();
                try {
                    results.set(i, ImagePipeline.prepare(name, Files.readAllBytes(f)));
                } catch (ImageRejectedException e) {
                    results.set(i, e.getMessage());
                } catch (Exception | OutOfMemoryError e) {
                    results.set(i, name + ": " + e.getMessage());
                }
                synchronized (done) {
                    done[0]++;
                    progress.update((double) done[0] / files.size(), name);
                }
            });
            progress.checkCancelled();
            return results;
        }, results -> {
            Set<String> names = photos.stream().map(p -> p.fileName().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
            List<Photo> added = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Object r = results.get(i);
                if (r instanceof PreparedImage img) {
                    String fileName = uniqueName(files.get(i).getFileName().toString(), names);
                    pendingImages.put(img.sha256(), img);
                    added.add(new Photo(fileName, img.sha256(), img.info().mediaType(), img.info().width(),
                            img.info().height(), img.info().orientation(), captionFromName(fileName), null, null));
                } else if (r != null) {
                    photoMessages.add(r.toString());
                }
            }
            photos.addAll(added);
        }, this::failed);
    }

    /** A first caption from the file name, so that a new photo is saved at once; the user rewrites it. */
    static String captionFromName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String c = stem.replace('_', ' ').replace('-', ' ').strip();
        return c.isEmpty() ? fileName : c;
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

    // ------------------------------------------------------------ validation and saving

    private void edited() {
        if (filling || releaseId.get() == null) {
            return;
        }
        recompute();
        if (problems.isEmpty()) {
            saveState.set(SaveState.PENDING);
            background.debounce(saveKey, SAVE_DELAY_MS, this::saveNow);
        } else {
            background.cancelDebounce(saveKey);
            saveState.set(SaveState.INVALID);
        }
    }

    private void recompute() {
        List<Problem> found = new ArrayList<>();
        Release r = toRelease(found);
        found.addAll(ReleaseRules.validate(r));
        problems.setAll(found);
        if (found.isEmpty()) {
            validRelease.set(r);
        }
        StringBuilder text = new StringBuilder(headline.get()).append('\n').append(subheadline.get()).append('\n');
        highlights.forEach(h -> text.append(h).append('\n'));
        text.append(body.get());
        TextCounts c = TextCounts.of(text);
        counts.set(Messages.format("editor.counts", c.words(), c.characters()));
    }

    /** The release as the fields say; problems of fields the model cannot hold (embargo time) go to {@code problems}. */
    public Release toRelease(List<Problem> problemsOut) {
        ReleaseTiming timing = ReleaseTiming.IMMEDIATE;
        embargoUtc.set("");
        if (embargoed.get()) {
            Optional<ZonedDateTime> until = embargo(problemsOut);
            if (until.isPresent()) {
                timing = new ReleaseTiming.Embargoed(until.get());
                embargoUtc.set(UTC_SHOWN.format(until.get().withZoneSameInstant(ZoneOffset.UTC)));
            }
        }
        Dateline dateline = datelinePlace.get().isBlank() && datelineDate.get() == null ? null
                : new Dateline(datelinePlace.get().strip(), datelineDate.get());
        List<String> paragraphs = Arrays.stream(body.get().split("\n", -1)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new Release(language.get().strip(), blankToNull(issuer.get()), blankToNull(label.get()), timing,
                headline.get().strip(), blankToNull(subheadline.get()), List.copyOf(highlights), dateline, paragraphs,
                blankToNull(endMark.get()), List.copyOf(photos), List.copyOf(boilerplates),
                blankToNull(contactsHeading.get()), List.copyOf(contacts));
    }

    private Optional<ZonedDateTime> embargo(List<Problem> out) {
        if (embargoDate.get() == null) {
            out.add(new Problem("release.until", Messages.get("problem.embargoDate")));
            return Optional.empty();
        }
        LocalTime time;
        try {
            time = LocalTime.parse(embargoTime.get().strip(), TIME);
        } catch (DateTimeParseException e) {
            out.add(new Problem("release.until.time", Messages.format("problem.embargoTime", embargoTime.get())));
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(embargoZone.get().strip());
        } catch (DateTimeException e) {
            out.add(new Problem("release.until.zone", Messages.format("problem.embargoZone", embargoZone.get())));
            return Optional.empty();
        }
        ZonedDateTime until = ZonedDateTime.of(embargoDate.get(), time, zone);
        try {
            // the same check bundles get: offset and region must agree
            ReleaseRules.parseEmbargo("release.until", new ReleaseTiming.Embargoed(until).iso());
        } catch (InvalidReleaseException e) {
            out.addAll(e.problems());
            return Optional.empty();
        }
        return Optional.of(until);
    }

    private void saveNow() {
        Long id = releaseId.get();
        Release r = validRelease.get();
        if (id == null || r == null || !problems.isEmpty()) {
            return;
        }
        if (saving) {
            saveAgain = true;
            return;
        }
        saving = true;
        saveState.set(SaveState.SAVING);
        List<PreparedImage> images = imagesFor(r);
        long expected = version;
        background.run(Messages.get("task.save"), p -> store.releases().save(id, expected, r, images), newVersion -> {
            version = newVersion;
            Long savedId = id;
            images.forEach(img -> pendingImages.remove(img.sha256()));
            saving = false;
            lastError.set("");
            if (saveAgain) {
                saveAgain = false;
                saveNow();
            } else if (saveState.get() == SaveState.SAVING) {
                saveState.set(SaveState.SAVED);
            }
            onSaved.accept(savedId);
            changeStatusAfterSave();
        }, e -> {
            saving = false;
            saveState.set(SaveState.FAILED);
            failed(e);
            changeStatusAfterSave();
        });
    }

    private List<PreparedImage> imagesFor(Release r) {
        return r.photos().stream().map(p -> pendingImages.get(p.sha256())).filter(x -> x != null).distinct().toList();
    }

    /** True while a save runs (any thread may ask). */
    public boolean isSaving() {
        return saving;
    }

    /** True when an edit waits for its save. */
    public boolean hasPendingSave() {
        return saveState.get() == SaveState.PENDING || saveState.get() == SaveState.SAVING || saving;
    }

    /** Saves a pending edit now instead of after the delay (switching releases, closing). */
    public void flush() {
        if (background.cancelDebounce(saveKey)) {
            saveNow();
        }
    }

    /**
     * For closing the window: the save still owed, as work to run to completion off the UI thread, or
     * null when everything is saved already. Call on the UI thread.
     */
    public Runnable takeFinalSave() {
        boolean owed = background.cancelDebounce(saveKey) || saveState.get() == SaveState.PENDING;
        Long id = releaseId.get();
        Release r = validRelease.get();
        if (!owed || id == null || r == null || !problems.isEmpty()) {
            return null;
        }
        List<PreparedImage> images = imagesFor(r);
        long expected = version;
        return () -> {
            try {
                store.releases().save(id, expected, r, images);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        };
    }

    private void statusChanged(WorkflowStatus now) {
        Long id = releaseId.get();
        if (filling || id == null || now == null) {
            return;
        }
        flush(); // the edits typed before the status change are saved first
        if (saving) {
            statusAfterSave = now;
            return;
        }
        background.run(Messages.get("task.save"), p -> store.releases().setStatus(id, now, store.user(), null), newVersion -> {
            version = newVersion;
            onSaved.accept(id);
        }, this::failed);
    }

    private void changeStatusAfterSave() {
        WorkflowStatus next = statusAfterSave;
        statusAfterSave = null;
        if (next != null && !saving) {
            statusChanged(next);
        }
    }

    private void failed(Throwable e) {
        lastError.set(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
