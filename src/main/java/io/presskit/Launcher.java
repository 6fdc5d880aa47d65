package io.presskit;

import io.presskit.cli.Cli;

/**
 * The jar's entry point. With no arguments it starts the app; with a command it runs the command line
 * and never touches JavaFX. It does not extend {@code Application}, so a plain classpath jar can start it.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.presskit.app.PresskitApp.start(args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err, System.getenv()));
    }
}
