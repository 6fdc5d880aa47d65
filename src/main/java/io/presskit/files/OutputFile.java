package io.presskit.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file or folder being written under a temporary name beside its target, then put in place in one step
 * (every export and backup goes through here, so a failure or a kill never leaves half a file under the
 * real name).
 *
 * <ul>
 *   <li>The target is the real file: a target that is a symbolic link is written through and stays a link.</li>
 *   <li>The temporary file is created by the OS with the process's umask, as {@code cp} would create it
 *       ({@code Files.createTempFile} would make it 0600); replacing a file keeps that file's permissions.</li>
 *   <li>Its name, {@code .presskit-<boot>-<pid>-<random><suffix>.part}, says which process wrote it, so the
 *       next write to the folder removes what a killed export left behind, and never one still being written.</li>
 * </ul>
 */
public final class OutputFile implements AutoCloseable {
    private static final String PREFIX = ".presskit-";
    private static final Pattern LEFTOVER = Pattern.compile("\\.presskit-(?:([0-9a-f]{8})-(\\d+)-)?[0-9a-zA-Z]+.*\\.part(?:-wal|-shm|-journal)?");
    /** Leftovers of another machine or boot (or of versions that did not name their process) age out. */
    private static final Duration FOREIGN_LEFTOVER_AGE = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] SQLITE_SIDE_FILES = {"-wal", "-shm", "-journal"};

    private final Path target;
    private final Path temp;
    private boolean placed;

    private OutputFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Creates an empty temporary file ({@code folder} false) or folder beside {@code target}, after removing
     * what killed writes left in that folder. {@code suffix} ends the temporary name (".pdf").
     */
    public static OutputFile beside(Path target, String suffix, boolean folder) throws IOException {
        Path real = realTarget(target);
        Path dir = real.getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(PREFIX + OWNER + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36)
                    + suffix + ".part");
            try {
                if (folder) {
                    Files.createDirectory(temp);
                } else {
                    Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                }
                return new OutputFile(real, temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Where to write. */
    public Path temp() {
        return temp;
    }

    /** The file that will be written: the given path with its links followed. */
    public Path target() {
        return target;
    }

    /** Puts the written file in place of the target, replacing an existing file (whose permissions it takes). */
    public void replaceTarget() throws IOException {
        if (Files.isRegularFile(target)) {
            PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (old != null && now != null) {
                now.setPermissions(old.readAttributes().permissions());
            }
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        placed = true;
    }

    /**
     * Puts the written file in place of a target that does not exist; if one appeared meanwhile it is left
     * alone and {@link FileAlreadyExistsException} is thrown. A hard link makes that check and the placing one
     * step; where links are not supported (FAT), a move that refuses an existing target does.
     */
    public void placeNew() throws IOException {
        if (Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(temp, target); // folders: rename(2) refuses a non-empty target, and the caller checked emptiness
            placed = true;
            return;
        }
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.move(temp, target);
        }
        placed = true;
    }

    /**
     * Removes the temporary file or folder unless it was put in place, with the log and index files SQLite keeps
     * beside a database being written (a library is made under a temporary name too).
     */
    @Override
    public void close() {
        if (!placed) {
            deleteTree(temp);
        }
        for (String suffix : SQLITE_SIDE_FILES) {
            deleteTree(temp.resolveSibling(temp.getFileName() + suffix));
        }
    }

    /** {@code target} with symbolic links followed, also a dangling one (an export creates its file). */
    static Path realTarget(Path target) throws IOException {
        Path p = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException(target + " is a loop of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        Path parent = p.getParent();
        if (parent != null && Files.exists(parent)) {
            p = parent.toRealPath().resolve(p.getFileName());
        }
        return p;
    }

    /** Temporary files of writes that cannot finish any more: their process is gone, or they are old. */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*.part*")) {
            for (Path p : s) {
                if (isAbandoned(p)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tidying up is a courtesy: an unreadable folder fails the write itself, with its own sentence
        }
    }

    private static boolean isAbandoned(Path p) throws IOException {
        Matcher m = LEFTOVER.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) != null && m.group(1).equals(BOOT)) {
            return ProcessHandle.of(Long.parseLong(m.group(2))).map(h -> !h.isAlive()).orElse(true);
        }
        FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        return modified.toInstant().isBefore(Instant.now().minus(FOREIGN_LEFTOVER_AGE));
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        } catch (NoSuchFileException ignored) {
            // gone already
        } catch (IOException | RuntimeException ignored) {
            // what stays is named .presskit-…part and is removed by a later write to this folder
        }
    }

    /** This boot of this machine: a process id means something only within it. */
    private static final String BOOT = bootId();
    private static final String OWNER = BOOT + "-" + ProcessHandle.current().pid();

    private static String bootId() {
        try {
            String id = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip().replace("-", "");
            if (id.matches("[0-9a-f]{8,}")) {
                return id.substring(0, 8);
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: a random tag per run; leftovers of other runs then age out instead
        }
        return HexFormat.of().formatHex(RANDOM.generateSeed(4));
    }
}
