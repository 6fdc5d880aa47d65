package io.presskit.app.directory;

import io.presskit.app.editor.ParagraphText;
import io.presskit.app.task.Background;
import io.presskit.library.LibraryStore;
import io.presskit.model.Boilerplate;
import io.presskit.model.Problem;
import io.presskit.model.ReleaseRules;
import io.presskit.model.ReleaseSummary;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** The shared "About …" sections. The body is edited one paragraph per line. */
public final class BoilerplateLibraryViewModel extends SharedRecordsViewModel<Boilerplate> {
    public final StringProperty title = new SimpleStringProperty("");
    public final StringProperty body = new SimpleStringProperty("");

    public BoilerplateLibraryViewModel(LibraryStore store, Background background) {
        super(store, background);
        watch(title, body);
    }

    @Override
    protected List<Boilerplate> loadAll() throws Exception {
        return store.directory().boilerplates();
    }

    @Override
    protected Boilerplate saveRecord(Boilerplate b) throws Exception {
        return store.directory().saveBoilerplate(b);
    }

    @Override
    protected void deleteRecord(long id) throws Exception {
        store.directory().deleteBoilerplate(id);
    }

    @Override
    protected List<ReleaseSummary> releasesUsing(long id) throws Exception {
        return store.directory().releasesUsingBoilerplate(id);
    }

    @Override
    protected Long id(Boilerplate b) {
        return b.id();
    }

    @Override
    protected boolean matches(Boilerplate b, String q) {
        return b.title().toLowerCase().contains(q) || b.body().stream().anyMatch(p -> p.toLowerCase().contains(q));
    }

    @Override
    protected Boilerplate fromForm(Long id) {
        return new Boilerplate(id, title.get().strip(), lines(body.get()));
    }

    @Override
    protected void fillForm(Boilerplate b) {
        title.set(b == null ? "" : b.title());
        body.set(b == null ? "" : ParagraphText.joinParagraphs(b.body()));
    }

    @Override
    protected List<Problem> validate(Boilerplate b) {
        return ReleaseRules.validateBoilerplate(b, "");
    }

    @Override
    protected List<Problem> hardLimits(Boilerplate b) {
        return ReleaseRules.boilerplateHardLimits(b, "");
    }

    @Override
    protected boolean isBlank(Boilerplate b) {
        return b.title().isBlank() && b.body().isEmpty();
    }
}
