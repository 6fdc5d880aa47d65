package io.presskit.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The one log of the app and the command line. Code logs through {@link System.Logger} ({@link #of}); the JDK
 * backs it with java.util.logging, which Flyway, PDFBox and the JDBC drivers already use, so one configuration
 * here sends everything to one file: {@code presskit.log} in the user's data folder, which a user can send with a
 * problem report. Stack traces go there and never to the user, who gets one sentence.
 *
 * <p>The file is opened at the first record, so a command that logs nothing leaves no file behind. A log grown
 * past {@link #KEEP_BYTES} is moved to {@code presskit.old.log} when the next process starts.
 */
public final class Log {
    public static final String FILE_NAME = "presskit.log";
    static final String OLD_FILE_NAME = "presskit.old.log";
    static final long KEEP_BYTES = 1 << 20;
    private static final String ROOT = "io.presskit";
    /** Held: java.util.logging keeps loggers weakly, and a collected logger forgets its handlers and level. */
    private static final Logger PRESSKIT = Logger.getLogger(ROOT);
    private static final Logger ALL = Logger.getLogger("");

    private Log() {
    }

    /** The logger of a class. */
    public static System.Logger of(Class<?> owner) {
        return System.getLogger(owner.getName());
    }

    /**
     * Sends the records of Presskit (from INFO) and of its libraries (from WARNING) to {@code presskit.log} in
     * {@code folder}; with {@code console}, Presskit's records also go to standard error as
     * {@code presskit: message} (the app, whose standard error only a developer sees). Without it nothing reaches
     * standard error: the command line prints its own sentences. Returns the log file.
     */
    public static synchronized Path toFolder(Path folder, boolean console) {
        Path file = folder.resolve(FILE_NAME);
        for (Handler h : ALL.getHandlers()) {
            ALL.removeHandler(h);
        }
        for (Handler h : PRESSKIT.getHandlers()) {
            PRESSKIT.removeHandler(h);
        }
        ALL.setLevel(Level.WARNING);
        PRESSKIT.setLevel(Level.INFO);
        ALL.addHandler(new LazyFileHandler(file));
        if (console) {
            ConsoleHandler toStderr = new ConsoleHandler();
            toStderr.setLevel(Level.INFO);
            toStderr.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return "presskit: " + formatMessage(r) + System.lineSeparator();
                }
            });
            PRESSKIT.addHandler(toStderr);
        }
        return file;
    }

    /** One line per record (UTC time, level, logger, message), then the stack trace if there is one. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /**
     * A file handler that creates its folder and file at the first record it is given, and appends each record
     * with one write to a file opened for appending. Unlike {@link java.util.logging.FileHandler} it takes no lock
     * file: the app and a command run at the same time both write to {@code presskit.log} (records whole, in the
     * order written) instead of the second one starting {@code presskit.log.1}, and a killed process leaves no
     * {@code .lck} behind.
     */
    static final class LazyFileHandler extends Handler {
        private final Path file;
        private OutputStream open;
        private boolean failed;

        LazyFileHandler(Path file) {
            this.file = file;
            setFormatter(new LineFormatter());
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (failed || !isLoggable(r)) {
                return;
            }
            try {
                if (open == null) {
                    Files.createDirectories(file.getParent());
                    if (Files.isRegularFile(file) && Files.size(file) > KEEP_BYTES) {
                        Files.move(file, file.resolveSibling(OLD_FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
                    }
                    open = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                            StandardOpenOption.WRITE);
                }
                open.write(getFormatter().format(r).getBytes(StandardCharsets.UTF_8));
                open.flush();
            } catch (IOException | RuntimeException e) {
                // A data folder that cannot be written must not stop the app or a command: no log then.
                failed = true;
            }
        }

        @Override
        public synchronized void flush() {
            // every record is written as it comes
        }

        @Override
        public synchronized void close() {
            if (open != null) {
                try {
                    open.close();
                } catch (IOException ignored) {
                    // closing at exit; nothing left to write
                }
                open = null;
            }
        }
    }
}
