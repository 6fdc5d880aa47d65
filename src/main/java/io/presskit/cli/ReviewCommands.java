package io.presskit.cli;

import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.library.Revision;
import io.presskit.model.WorkflowStatus;
import io.presskit.service.Libraries;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Review sign-off and history on the command line: {@code presskit status ID STATUS [--by NAME] [--note TEXT]} and
 * {@code presskit history ID}.
 */
final class ReviewCommands {
    private ReviewCommands() {
    }

    /**
     * Moves a release to another status, by {@code --by} (the system user by default) with an optional note; prints
     * {@code ID<TAB>status}. Approved and issued need a complete release: else one sentence names the first problem.
     */
    static int status(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 2, "status needs a release id and a status: presskit status ID draft|in-review|approved|issued "
                + "[--by NAME] [--note TEXT]");
        Cli.noOptions(args, false, false, "--by", "--note");
        long id = Cli.releaseId(args.positional().get(0));
        WorkflowStatus status = WorkflowStatus.fromKey(args.positional().get(1)).orElseThrow(() -> new Cli.UsageException(
                "the status is draft, in-review, approved or issued, not \"" + args.positional().get(1) + "\""));
        String by = args.options().getOrDefault("--by", System.getProperty("user.name", "unknown"));
        if (by.isBlank()) {
            throw new Cli.UsageException("--by needs a name");
        }
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            store.releases().setStatus(id, status, by.strip(), args.options().get("--note"));
        }
        out.println(id + "\t" + status.key());
        return Cli.OK;
    }

    /** One line a revision, oldest first: {@code REV<TAB>time<TAB>who<TAB>status<TAB>what changed}. */
    static int history(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 1, "history needs a release id: presskit history ID");
        Cli.noOptions(args, false, false);
        long id = Cli.releaseId(args.positional().get(0));
        StringBuilder sb = new StringBuilder();
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            for (Revision r : store.history().revisions(id)) {
                sb.append(r.number()).append('\t').append(r.savedAt().truncatedTo(ChronoUnit.SECONDS)).append('\t')
                        .append(oneLine(r.by())).append('\t').append(r.status().key()).append('\t')
                        .append(oneLine(r.changedText()));
                if (r.note() != null) {
                    sb.append(" (note: ").append(oneLine(r.note())).append(')');
                }
                sb.append('\n');
            }
        }
        out.print(sb);
        return Cli.OK;
    }

    /** A column's text on one line: tabs and line breaks would break the columns. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
