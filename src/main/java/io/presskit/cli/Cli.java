package io.presskit.cli;

import java.io.PrintStream;
import java.util.Map;

public final class Cli {
    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return 2;
    }
}
