package io.presskit.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second app window off a library the first one is editing (SQLite would let both write, and each
 * would overwrite the other's autosaves). An OS file lock on {@code library.db.lock}: released by the OS
 * when the process dies, so a crash never leaves the library locked.
 */
public final class LibraryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static LibraryLock acquire(Path library) throws LibraryException {
        Path file = library.toAbsolutePath().resolveSibling(library.getFileName() + ".lock");
        FileChannel ch = null;
        try {
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent()); // a new library: its folder comes first
            }
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ByteBuffer buf = ByteBuffer.allocate(64);
                ch.read(buf, 0);
                String holder = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
                ch.close();
                throw new LibraryException(LibraryException.Kind.IN_USE, "The library " + library.toAbsolutePath()
                        + " is open in another Presskit window" + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + "; close it there, or open this one read-only.", null);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new LibraryLock(ch, lock);
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            throw new LibraryException("The lock file " + file + " cannot be used (" + e.getMessage() + ").", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel anyway
        }
    }
}
