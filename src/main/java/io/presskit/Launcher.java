package io.presskit;

import io.presskit.cli.Cli;

import java.util.Optional;

/**
 * The jar's entry point. With no arguments it starts the app on the default library, with only
 * {@code --db FILE} the app on that library; with a command it runs the command line and never touches
 * JavaFX. It does not extend {@code Application}, so a plain classpath jar can start it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<String> library = args.length == 0 ? Optional.empty() : Cli.appLibrary(args);
        if (args.length == 0 || library.isPresent()) {
            io.presskit.app.PresskitApp.start(library.orElse(null));
            return;
        }
        System.exit(Cli.run(args, System.out, System.err, System.getenv()));
    }
}
