package io.presskit.cli;

import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.service.Libraries;
import io.presskit.share.PhotoPack;
import io.presskit.share.ReleaseMedia;
import io.presskit.share.ShareException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code presskit export-photos ID --out FILE.zip}: the release's photos at print quality with caption, credit,
 * alt text, copyright and headline in their IPTC and XMP fields, and captions.txt.
 */
final class ExportPhotosCommand {
    private ExportPhotosCommand() {
    }

    static int run(Cli.Args args, PrintStream err, Map<String, String> env)
            throws Cli.UsageException, LibraryException, ShareException {
        Cli.expect(args, 1, "export-photos needs a release id: presskit export-photos ID --out FILE.zip");
        Cli.noOptions(args, true, false);
        if (args.out() == null) {
            throw new Cli.UsageException("export-photos needs --out FILE.zip");
        }
        long id = Cli.releaseId(args.positional().get(0));
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            Release release = Cli.requireComplete(store, id);
            PhotoPack.write(release, ReleaseMedia.of(store), Path.of(args.out()));
        }
        return Cli.OK;
    }
}
