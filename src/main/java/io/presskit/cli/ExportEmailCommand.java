package io.presskit.cli;

import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.service.Libraries;
import io.presskit.share.EmailExport;
import io.presskit.share.KitPaper;
import io.presskit.share.ReleaseMedia;
import io.presskit.share.ShareException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code presskit export-email ID --out DIR}: DIR/release.html, DIR/release.txt and DIR/release.eml (a draft
 * with the PDF kit attached). The kit's warnings go to stderr, one line each.
 */
final class ExportEmailCommand {
    private ExportEmailCommand() {
    }

    static int run(Cli.Args args, PrintStream err, Map<String, String> env)
            throws Cli.UsageException, LibraryException, ShareException {
        Cli.expect(args, 1, "export-email needs a release id: presskit export-email ID --out DIR");
        Cli.noOptions(args, true, false);
        if (args.out() == null) {
            throw new Cli.UsageException("export-email needs --out DIR");
        }
        long id = Cli.releaseId(args.positional().get(0));
        KitExporter.warmUp("zh-Hant"); // fonts parse while the library opens
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            Release release = Cli.requireComplete(store, id);
            KitOptions options = new KitOptions(KitPaper.forRelease(release), store.releases().summary(id).orElseThrow().updatedAt());
            EmailExport.Written written = EmailExport.write(release, ReleaseMedia.of(store), options, Path.of(args.out()));
            written.warnings().forEach(w -> err.println("warning: " + w));
        }
        return Cli.OK;
    }
}
