package io.presskit;

import io.presskit.cli.Cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        java.util.OptionalInt relaunched = Utf8Relaunch.ifNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        Optional<String> library = args.length == 0 ? Optional.empty() : Cli.appLibrary(args);
        if (args.length == 0 || library.isPresent()) {
            io.presskit.app.PresskitApp.start(library.orElse(null));
            return;
        }
        // The command's failures with their stack traces go to presskit.log; stderr gets one sentence.
        io.presskit.log.Log.toFolder(io.presskit.service.Libraries.dataFolder(System.getenv()), false);
        // UTF-8 whatever the locale: release text is Chinese, and a console that is not UTF-8 shows ? either way.
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = Cli.run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(status);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
    }
}
