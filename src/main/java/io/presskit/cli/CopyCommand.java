package io.presskit.cli;

import io.presskit.library.LibraryCopy;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryLocation;
import io.presskit.library.LibraryStore;
import io.presskit.service.Libraries;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@code presskit copy --to FILE_OR_URL}: the whole library ({@code --db}) into another, empty one — a team library
 * on a PostgreSQL server from a file, or a file from a team library — in one transaction on the receiving side,
 * every release keeping its number. Prints what was copied.
 */
final class CopyCommand {
    private CopyCommand() {
    }

    static int run(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 0, "copy takes no arguments: presskit copy --to FILE_OR_URL");
        Cli.noOptions(args, false, false, "--to");
        String to = args.options().get("--to");
        if (to == null || to.isBlank()) {
            throw new Cli.UsageException("copy needs --to FILE_OR_URL");
        }
        LibraryLocation target = LibraryLocation.parse(to);
        try (LibraryStore from = Libraries.open(args.db(), env)) {
            if (target.shown().equals(from.location().shown())) {
                throw new LibraryException("The library " + target.shown() + " cannot be copied into itself.");
            }
            LibraryCopy.Copied copied;
            if (target instanceof LibraryLocation.File f && !java.nio.file.Files.exists(f.path())) {
                copied = LibraryCopy.toNewFile(from, f.path());
            } else {
                try (LibraryStore into = LibraryStore.open(target, Clock.systemUTC(), LibraryStore.Seed.NOTHING, null, env)) {
                    copied = LibraryCopy.copy(from, into);
                }
            }
            out.println("Copied " + copied.summary() + " into " + target.shown() + ".");
        }
        return Cli.OK;
    }
}
