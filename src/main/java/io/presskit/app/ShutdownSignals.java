package io.presskit.app;

import sun.misc.Signal;

import java.util.List;

/**
 * What a desktop sends at logout (SIGTERM, and SIGINT/SIGHUP from a terminal): instead of the JVM's default,
 * which runs {@code exit()} while the GTK loop is still drawing and crashes in native code, the app's orderly
 * shutdown runs (pending edits saved, library closed and unlocked, the toolkit stopped) and the JVM then ends
 * on its own. {@code sun.misc.Signal} is the JDK's supported way to catch them (module jdk.unsupported).
 */
final class ShutdownSignals {
    private ShutdownSignals() {
    }

    /** Runs {@code orderly} (on the signal thread: it must hand over to the FX thread itself) on each signal. */
    static void install(Runnable orderly) {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), s -> orderly.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not on this platform, or ignored by whoever started us (nohup): keep the default
            }
        }
    }
}
