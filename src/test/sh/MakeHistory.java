import io.presskit.library.LibraryStore;
import io.presskit.library.VersionedRelease;
import io.presskit.model.Release;
import io.presskit.model.WorkflowStatus;
import io.presskit.service.Libraries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the sample release of a new library a short history by two officers, for the README's screenshot of the
 * comparison view: {@code java -cp target/presskit.jar src/test/sh/MakeHistory.java LIBRARY.db}.
 */
public class MakeHistory {
    public static void main(String[] args) throws Exception {
        try (LibraryStore store = Libraries.open(Path.of(args[0]))) {
            long id = store.releases().list().get(0).id();
            store.setUser("lee");
            edit(store, id, r -> {
                List<String> body = new ArrayList<>(r.body());
                body.set(0, body.get(0).replace("800", "900"));
                return new Release(r.language(), r.issuer(), r.label(), r.timing(),
                        r.headline().replace("八百", "九百").replace("2023", "2024"), r.subheadline().replace("人工智能", "生成式人工智能"),
                        r.highlights(), r.dateline(), body, r.endMark(), r.photos(), r.boilerplates(),
                        r.contactsHeading(), r.contacts());
            });
            store.releases().setStatus(id, WorkflowStatus.IN_REVIEW, "陳主任", "請核對人數");
        }
    }

    private static void edit(LibraryStore store, long id, java.util.function.UnaryOperator<Release> change)
            throws Exception {
        VersionedRelease v = store.releases().read(id).orElseThrow();
        store.releases().save(id, v.version(), change.apply(v.release()), List.of());
    }
}
