package io.presskit.cli;

import io.presskit.document.Assembly;
import io.presskit.document.DocumentException;
import io.presskit.document.DocumentImporter;
import io.presskit.document.IncomingPhoto;
import io.presskit.document.Recognition;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.ReleaseLanguage;
import io.presskit.service.Libraries;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code presskit import-doc FILE.docx|FILE.txt [--photos DIR] [--language TAG]}: a release typed in Word or as
 * plain text, stored as a draft. What the import could not place goes to stderr, one line each; the new
 * release id is the last line of stdout.
 */
final class ImportDocCommand {
    private ImportDocCommand() {
    }

    static int run(Cli.Args args, PrintStream out, PrintStream err, Map<String, String> env)
            throws Cli.UsageException, DocumentException, LibraryException {
        Cli.expect(args, 1, "import-doc needs one file: presskit import-doc FILE.docx|FILE.txt [--photos DIR] [--language TAG]");
        Cli.noOptions(args, false, false, "--photos", "--language");
        String language = args.options().get("--language");
        if (language != null && ReleaseLanguage.parse(language).isEmpty()) {
            throw new Cli.UsageException("--language is a BCP 47 tag such as zh-Hant-HK or en-US, not \"" + language + "\"");
        }
        String photosOption = args.options().get("--photos");
        // Read, recognise and decode everything before the library is opened: a refusal changes nothing.
        Recognition recognition = DocumentImporter.recognize(Path.of(args.positional().get(0)), language);
        List<IncomingPhoto> photos = DocumentImporter.photos(recognition, photosOption == null ? null : Path.of(photosOption));
        recognition.assemble(photos, List.of()); // refusals (an embargo without a zone) before the library opens
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            Assembly assembly = recognition.assemble(photos, store.directory().contacts());
            long id = store.releases().insert(assembly.release(), assembly.images());
            assembly.notes().forEach(n -> err.println("warning: " + n));
            out.println(id);
        }
        return Cli.OK;
    }
}
