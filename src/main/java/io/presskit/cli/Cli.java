package io.presskit.cli;

import io.presskit.bundle.BundleException;
import io.presskit.bundle.BundleImporter;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.model.ReleaseSummary;
import io.presskit.service.Libraries;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line, exactly as {@code docs/cli.md}: import, list, export-bundle, --help, --db,
 * PRESSKIT_DB. Exit 0 done, 1 refused or failed (one sentence on stderr; a stack trace only with
 * --debug), 2 wrong usage. It never touches JavaFX.
 */
public final class Cli {
    private static final System.Logger LOG = io.presskit.log.Log.of(Cli.class);
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String HELP = """
            Presskit: press releases in, PDF press kits out.

            Usage:
              presskit                                  open the app on the default library
              presskit --db FILE                        open the app on that library
              presskit import DIR_OR_ZIP [--db FILE]    import a bundle; prints the new release id last (a bundle
                                                        of language versions: each version's id, one a line)
              presskit list [--db FILE]                 one line a release: ID<TAB>status<TAB>headline
              presskit export ID --out FILE.pdf [--db FILE] [--paper a4|letter]
                                                        the release as a PDF press kit (A4 by default)
                       [--languages all|TAG,TAG] [--page-numbers document|version] [--split]
                       [--logo IMAGE]
                                                        its language versions in one PDF, in that order (all:
                                                        this one first); page numbers over the whole PDF or per
                                                        version; --split: one PDF a version, FILE-TAG.pdf
              presskit export-bundle ID --out DIR [--db FILE]
                                                        write a release as a bundle folder (or .zip), with all
                                                        its language versions
              presskit link ID ID                       make the second release a language version of the first
                                                        (a contact with the same email in both is one person,
                                                        named in both scripts); prints ID<TAB>language a version
              presskit unlink ID                        take a version out of its family, with copies of what
                                                        the versions share
              presskit versions ID                      the release's language versions: ID<TAB>language<TAB>
                                                        the pieces that may be stale translations
              presskit backup --out FILE [--db FILE]    a consistent copy of the library, while in use
              presskit import-doc FILE.docx|FILE.txt [--photos DIR] [--language TAG] [--db FILE]
                                                        a release typed in Word or as plain text; --photos:
                                                        image files in name order, one per caption in order;
                                                        prints the new release id last
              presskit export-email ID --out DIR [--db FILE]
                                                        DIR/release.html, release.txt and release.eml (a draft
                                                        with the PDF kit attached)
              presskit export-photos ID --out FILE.zip [--db FILE]
                                                        the photos at print quality, caption, credit and alt
                                                        text written into each file, and captions.txt
              presskit status ID draft|in-review|approved|issued [--by NAME] [--note TEXT]
                                                        move a release along; approved and issued need a
                                                        complete release, and lock it against edits
              presskit history ID                       one line a revision: REV<TAB>time<TAB>who<TAB>status
                                                        <TAB>what changed
              presskit copy --to FILE_OR_URL            the whole library into another, empty one (a new
                                                        file, or a team library on a PostgreSQL server)
              presskit --help                           this text

            Options:
              --db FILE_OR_URL
                          the library: a file, or postgresql://HOST[:PORT]/DB?user=NAME for a team library
                          (the password from PGPASSWORD or ~/.pgpass); else $PRESSKIT_DB, else the default
              --debug     print stack traces of failures

            Exit status: 0 done, 1 refused or failed, 2 wrong usage.
            """;

    private Cli() {
    }

    /** Wrong usage: printed with a pointer to --help, exit 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Options with a value that only some commands take; each command says which ones it accepts. */
    static final java.util.Set<String> COMMAND_OPTIONS = java.util.Set.of("--photos", "--language", "--by", "--note", "--to",
            "--languages", "--page-numbers", "--logo");

    /** Options without a value that only some commands take (kept in the options as "true"). */
    static final java.util.Set<String> COMMAND_FLAGS = java.util.Set.of("--split");

    /** Parsed arguments: the command, its positional arguments and the options. */
    record Args(String command, List<String> positional, String db, String out, String paper, boolean debug,
                Map<String, String> options) {
        static Args parse(String[] argv) throws UsageException {
            String command = null;
            List<String> positional = new ArrayList<>();
            String db = null;
            String out = null;
            String paper = null;
            boolean debug = false;
            Map<String, String> options = new java.util.LinkedHashMap<>();
            for (int i = 0; i < argv.length; i++) {
                String a = argv[i];
                String value = null;
                String name = a;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                switch (name) {
                    case "--help", "-h" -> command = "help";
                    case "--debug" -> debug = true;
                    case "--db", "--out", "--paper" -> {
                        if (value == null) {
                            if (i + 1 >= argv.length) {
                                throw new UsageException(name + " needs a value");
                            }
                            value = argv[++i];
                        }
                        switch (name) {
                            case "--db" -> db = value;
                            case "--out" -> out = value;
                            default -> paper = value;
                        }
                    }
                    default -> {
                        if (COMMAND_FLAGS.contains(a)) {
                            options.put(a, "true");
                            continue;
                        }
                        if (COMMAND_OPTIONS.contains(name)) {
                            if (value == null) {
                                if (i + 1 >= argv.length) {
                                    throw new UsageException(name + " needs a value");
                                }
                                value = argv[++i];
                            }
                            options.put(name, value);
                            continue;
                        }
                        if (a.startsWith("-") && a.length() > 1) {
                            throw new UsageException("unknown option " + a);
                        }
                        if (command == null) {
                            command = a;
                        } else if (!command.equals("help")) {
                            positional.add(a);
                        }
                    }
                }
            }
            return new Args(command, positional, db, out, paper, debug, options);
        }
    }

    /**
     * The library to open the app on when the arguments name one and no command ({@code presskit --db FILE}),
     * as {@code PRESSKIT_DB} does; empty when the arguments are for the command line.
     */
    public static java.util.Optional<String> appLibrary(String[] argv) {
        try {
            Args a = Args.parse(argv);
            if (a.command() == null && a.db() != null && a.positional().isEmpty() && a.out() == null && a.paper() == null
                    && a.options().isEmpty()) {
                return java.util.Optional.of(a.db());
            }
        } catch (UsageException e) {
            // wrong usage: the command line says so
        }
        return java.util.Optional.empty();
    }

    public static int run(String[] argv, PrintStream out, PrintStream err, Map<String, String> env) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (UsageException e) {
            err.println("presskit: " + e.getMessage() + " (see presskit --help)");
            return USAGE;
        }
        try {
            return switch (args.command() == null ? "help" : args.command()) {
                case "help" -> {
                    out.print(HELP);
                    yield OK;
                }
                case "import" -> importBundle(args, out, env);
                case "list" -> list(args, out, err, env);
                case "export" -> VersionCommands.exportKit(args, out, err, env);
                case "export-bundle" -> exportBundle(args, out, env);
                case "backup" -> backup(args, env);
                case "import-doc" -> ImportDocCommand.run(args, out, err, env);
                case "export-email" -> ExportEmailCommand.run(args, err, env);
                case "export-photos" -> ExportPhotosCommand.run(args, err, env);
                case "status" -> ReviewCommands.status(args, out, env);
                case "history" -> ReviewCommands.history(args, out, env);
                case "copy" -> CopyCommand.run(args, out, env);
                case "link" -> VersionCommands.link(args, out, env);
                case "unlink" -> VersionCommands.unlink(args, out, env);
                case "versions" -> VersionCommands.versions(args, out, env);
                default -> throw new UsageException("unknown command " + args.command());
            };
        } catch (UsageException e) {
            err.println("presskit: " + e.getMessage() + " (see presskit --help)");
            return USAGE;
        } catch (BundleException | LibraryException | io.presskit.document.DocumentException
                 | io.presskit.share.ShareException e) {
            return failed(err, args.debug(), e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(err, args.debug(), "presskit failed: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + (args.debug() ? "" : " (run again with --debug for details)"), e);
        }
    }

    /** One sentence on stderr; the stack trace in the log, and on stderr only with --debug. */
    private static int failed(PrintStream err, boolean debug, String sentence, Throwable e) {
        err.println(sentence);
        LOG.log(System.Logger.Level.ERROR, sentence, e);
        if (debug) {
            e.printStackTrace(err);
        }
        return FAILED;
    }

    private static int importBundle(Args args, PrintStream out, Map<String, String> env)
            throws UsageException, BundleException, LibraryException {
        expect(args, 1, "import needs one bundle folder or .zip: presskit import DIR_OR_ZIP");
        noOptions(args, false, false);
        Path source = Path.of(args.positional().get(0));
        // Read and check everything before the library is touched: a refusal changes nothing.
        BundleImporter.ImportedBundle bundle = BundleImporter.load(source);
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            if (bundle.isFamily()) {
                for (long id : store.families().insert(bundle.versions(), bundle.images())) {
                    out.println(id);
                }
            } else {
                out.println(store.releases().insert(bundle.release(), bundle.images()));
            }
        }
        return OK;
    }

    private static int list(Args args, PrintStream out, PrintStream err, Map<String, String> env)
            throws UsageException, LibraryException {
        expect(args, 0, "list takes no arguments: presskit list [--db FILE]");
        noOptions(args, false, false);
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            List<ReleaseSummary> all = new ArrayList<>(store.releases().list());
            all.sort((a, b) -> Long.compare(a.id(), b.id()));
            StringBuilder sb = new StringBuilder();
            for (ReleaseSummary s : all) {
                sb.append(s.id()).append('\t').append(s.status().key()).append('\t')
                        .append(s.damaged() ? "(damaged) " : "").append(s.headlineFirstLine()).append('\n');
            }
            out.print(sb);
            for (ReleaseSummary s : all) {
                if (s.damaged()) {
                    err.println("warning: release " + s.id() + " is damaged in the library: " + s.damage() + ".");
                }
            }
        }
        return OK;
    }

    private static int exportBundle(Args args, PrintStream out, Map<String, String> env)
            throws UsageException, BundleException, LibraryException {
        expect(args, 1, "export-bundle needs a release id: presskit export-bundle ID --out DIR");
        noOptions(args, true, false);
        if (args.out() == null) {
            throw new UsageException("export-bundle needs --out DIR");
        }
        long id = releaseId(args.positional().get(0));
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            VersionCommands.exportBundle(store, id, Path.of(args.out()));
        }
        return OK;
    }

    private static int backup(Args args, Map<String, String> env) throws UsageException, LibraryException {
        expect(args, 0, "backup takes no arguments: presskit backup --out FILE");
        noOptions(args, true, false);
        if (args.out() == null) {
            throw new UsageException("backup needs --out FILE");
        }
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            store.backup(Path.of(args.out()));
        }
        return OK;
    }

    /** The release to export, with every photo's image in the library (else the photo is named, nothing written). */
    static Release requireRelease(LibraryStore store, long id) throws LibraryException {
        Release release = store.releases().release(id).orElseThrow(() -> new LibraryException("Release " + id
                + " is not in the library " + store.location().shown() + "."));
        store.images().requireAll(release);
        return release;
    }

    /** The release, refused with one sentence unless it may be issued (what export, email and photo pack need). */
    static Release requireComplete(LibraryStore store, long id) throws LibraryException {
        Release release = requireRelease(store, id);
        List<io.presskit.model.Problem> problems = io.presskit.model.ReleaseRules.validate(release);
        if (!problems.isEmpty()) {
            throw new LibraryException("Release " + id + " is not complete yet, so it cannot be exported: "
                    + problems.get(0).sentence());
        }
        return release;
    }

    static long releaseId(String text) throws UsageException {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the sentence below
        }
        throw new UsageException("\"" + text + "\" is not a release id (a number, as presskit list shows)");
    }

    static void expect(Args args, int count, String usage) throws UsageException {
        if (args.positional().size() != count) {
            throw new UsageException(usage);
        }
    }

    /** Refuses the options a command does not take; {@code accepted} names the command options it does. */
    static void noOptions(Args args, boolean outAllowed, boolean paperAllowed, String... accepted) throws UsageException {
        for (String option : args.options().keySet()) {
            if (!List.of(accepted).contains(option)) {
                throw new UsageException(args.command() + " does not take " + option);
            }
        }
        if (args.out() != null && !outAllowed) {
            throw new UsageException(args.command() + " does not take --out");
        }
        if (args.paper() != null && !paperAllowed) {
            throw new UsageException(args.command() + " does not take --paper");
        }
    }
}
