package io.presskit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs Presskit again in a UTF-8 locale when it was started in the C locale ({@code LANG=C}: cron, ssh to a
 * server, a bare container).
 *
 * <p>Java 17 reads the locale once, at start-up, to decide how file names and program arguments are turned into
 * text ({@code sun.jnu.encoding}); in the C locale that is ASCII, so a Chinese path cannot even be named, and the
 * arguments already arrived as {@code ?}. Neither can be changed once the JVM runs ({@code -Dsun.jnu.encoding} is
 * ignored), so the only cure from inside the jar is to start the same command again with the character type
 * set to {@code C.UTF-8}. The command is taken as raw bytes from {@code /proc/self/cmdline} and handed to the
 * shell in ASCII (non-ASCII bytes through {@code printf} escapes), so nothing is lost on the way; the new process
 * inherits the terminal, and its exit status is this one's.
 */
final class Utf8Relaunch {
    static final String MARK = "PRESSKIT_UTF8_RELAUNCHED";
    /** What Java calls the character set of the C locale. */
    private static final Set<String> ASCII_NAMES = Set.of("ANSI_X3.4-1968", "US-ASCII", "ASCII", "646", "ISO646-US");

    private Utf8Relaunch() {
    }

    /** The exit status of the relaunched command, or empty when this process may go on itself. */
    static OptionalInt ifNeeded(String[] args) {
        Map<String, String> env = System.getenv();
        String jnu = System.getProperty("sun.jnu.encoding", "");
        Path cmdline = Path.of("/proc/self/cmdline");
        if (env.containsKey(MARK) || !ASCII_NAMES.contains(jnu) || !Files.isReadable(cmdline)) {
            return OptionalInt.empty();
        }
        try {
            List<byte[]> argv = split(Files.readAllBytes(cmdline));
            if (!endsWith(argv, args, Charset.forName(jnu))) {
                return OptionalInt.empty(); // arguments from an @file: this process cannot replay them faithfully
            }
            StringBuilder script = new StringBuilder("exec");
            for (byte[] word : argv) {
                script.append(' ').append(shellWord(word));
            }
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", script.toString()).inheritIO();
            pb.environment().put(MARK, "1");
            // LC_ALL outranks the rest; otherwise only the character type changes and messages keep LANG.
            pb.environment().put(env.containsKey("LC_ALL") ? "LC_ALL" : "LC_CTYPE", "C.UTF-8");
            Process child = pb.start();
            Thread stop = new Thread(child::destroy, "presskit-relaunch-stop");
            Runtime.getRuntime().addShutdownHook(stop); // a SIGTERM to this process reaches the new one
            int status = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(status);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // go on as before: ASCII paths still work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    static List<byte[]> split(byte[] cmdline) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                out.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            out.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return out;
    }

    /** True when the raw command line ends with {@code args} as this JVM decoded them. */
    private static boolean endsWith(List<byte[]> argv, String[] args, Charset decodedWith) {
        if (argv.size() < args.length + 1) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            byte[] raw = argv.get(argv.size() - args.length + i);
            if (!new String(raw, decodedWith).equals(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** One shell word: printable ASCII in single quotes, every other byte through printf's octal escapes. */
    static String shellWord(byte[] word) {
        StringBuilder sb = new StringBuilder("\"\"");
        for (byte b : word) {
            int u = b & 0xff;
            if (u >= 0x20 && u < 0x7f && u != '\'' && u != '\\' && u != '%') {
                sb.append('\'').append((char) u).append('\'');
            } else {
                sb.append("\"$(printf '\\").append(Integer.toOctalString(u)).append("')\"");
            }
        }
        return sb.toString();
    }
}
