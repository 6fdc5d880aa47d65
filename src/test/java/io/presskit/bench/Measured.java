package io.presskit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a whole command under /usr/bin/time -v: wall time and peak resident memory, as a user meets them. */
record Measured(double millis, long peakKb, int exit, String stdout, String stderr) {
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    static Measured run(Path workDir, List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("/usr/bin/time");
        cmd.add("-v");
        cmd.addAll(command);
        Path err = Files.createTempFile(BenchMain.WORK.toAbsolutePath(), "stderr", ".txt");
        Path out = Files.createTempFile(BenchMain.WORK.toAbsolutePath(), "stdout", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        int exit = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        String text = Files.readString(err, StandardCharsets.UTF_8);
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        Files.deleteIfExists(out);
        Matcher m = RSS.matcher(text);
        long kb = m.find() ? Long.parseLong(m.group(1)) : -1;
        return new Measured(ms, kb, exit, output, text);
    }

    static boolean available(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
