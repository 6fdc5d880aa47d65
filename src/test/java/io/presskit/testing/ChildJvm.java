package io.presskit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Presskit's command line in a separate JVM through {@code /bin/sh}, so that a test can give it what
 * only a process start can set: a umask, a locale, arguments as raw bytes. The command line is written in
 * shell quoting with non-ASCII bytes as printf octal escapes, so this JVM's own locale cannot alter it.
 * (Presskit's own relaunch in a UTF-8 locale does the same; this is written apart from it on purpose, as a
 * fixture must not come from the code it tests.)
 */
public final class ChildJvm {
    public record Result(int code, byte[] out, byte[] err) {
        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }

        public String errText() {
            return new String(err, StandardCharsets.UTF_8);
        }
    }

    private ChildJvm() {
    }

    /** The shell words that start {@code io.presskit.Launcher} with this test run's classpath. */
    public static List<String> launcher(String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(List.of(jvmOptions));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.presskit.Launcher");
        return cmd;
    }

    /** {@code word} as one shell word: plain bytes single-quoted, other bytes through printf. */
    public static String shellWord(String word) {
        StringBuilder sb = new StringBuilder("\"\"");
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if (u >= 0x20 && u < 0x7f && u != '\'' && u != '\\' && u != '%') {
                sb.append('\'').append((char) u).append('\'');
            } else {
                sb.append("\"$(printf '\\").append(Integer.toOctalString(u)).append("')\"");
            }
        }
        return sb.toString();
    }

    /**
     * Runs {@code prelude; exec words...} in {@code sh} with exactly {@code env} (plus PATH), and waits at
     * most {@code timeoutSeconds}.
     */
    public static Result run(String prelude, List<String> words, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Process p = start(prelude, words, env);
        byte[][] streams = new byte[2][];
        Thread out = new Thread(() -> streams[0] = readAll(p.getInputStream()));
        Thread err = new Thread(() -> streams[1] = readAll(p.getErrorStream()));
        out.start();
        err.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within " + timeoutSeconds + " s");
        }
        out.join();
        err.join();
        return new Result(p.exitValue(), streams[0], streams[1]);
    }

    public static Process start(String prelude, List<String> words, Map<String, String> env) throws IOException {
        StringBuilder script = new StringBuilder(prelude == null ? "" : prelude + "; ").append("exec");
        for (String w : words) {
            script.append(' ').append(shellWord(w));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script.toString());
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        return pb.start();
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
