package io.presskit.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of one bundle: a folder, a .zip of one, or the sample inside the jar. Every path a bundle
 * names is checked here, once: relative, inside the bundle, no "..", and (for folders) no link that
 * leads outside.
 */
public abstract class BundleSource implements AutoCloseable {
    /** Largest file read from a bundle; a zip entry that inflates past it is refused (zip bombs). */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    /** Opens a folder or a .zip file. */
    public static BundleSource open(Path path) throws BundleException {
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        if (Files.isRegularFile(path)) {
            return Zip.openZip(path);
        }
        throw new BundleException(path + " is neither a bundle folder nor a .zip file");
    }

    /** The sample release shipped inside the jar, under {@code resourceBase} ("/assets/sample/"). */
    public static BundleSource classpath(String resourceBase) {
        return new Classpath(resourceBase);
    }

    /**
     * Reads {@code relative} (as written in release.json). The message of a refusal names the path; the
     * caller prefixes the field ({@code photos[3].file: …}).
     */
    public byte[] read(String relative) throws BundleException {
        String clean = checkRelative(relative);
        try {
            return readChecked(clean);
        } catch (NoSuchFileException e) {
            throw new BundleException(relative + " is not in the bundle");
        } catch (IOException e) {
            throw new BundleException(relative + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    protected abstract byte[] readChecked(String clean) throws IOException, BundleException;

    @Override
    public void close() throws IOException {
    }

    /** Normalises a bundle path and refuses one that leaves the bundle. */
    static String checkRelative(String relative) throws BundleException {
        if (relative == null || relative.isBlank()) {
            throw new BundleException("the file name is blank");
        }
        String p = relative.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.startsWith("~")) {
            throw new BundleException(relative + " is an absolute path; photo paths must stay inside the bundle");
        }
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new BundleException(relative + " leaves the bundle folder; photo paths must stay inside it");
            }
            if (part.indexOf('\0') >= 0) {
                throw new BundleException(relative + " is not a valid file name");
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            throw new BundleException(relative + " is not a file name");
        }
        return String.join("/", parts);
    }

    private static final class Folder extends BundleSource {
        private final Path root;
        private final Path realRoot;

        Folder(Path root) throws BundleException {
            this.root = root.toAbsolutePath().normalize();
            try {
                this.realRoot = this.root.toRealPath();
            } catch (IOException e) {
                throw new BundleException(root + " cannot be opened (" + e.getMessage() + ")", e);
            }
        }

        @Override
        protected byte[] readChecked(String clean) throws IOException, BundleException {
            Path file = root.resolve(clean).normalize();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                throw new NoSuchFileException(clean);
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (NoSuchFileException e) {
                throw new BundleException(clean + " is a link to a file that does not exist");
            }
            if (!real.startsWith(realRoot)) {
                throw new BundleException(clean + " is a link that leaves the bundle folder; photo paths must stay inside it");
            }
            if (!Files.isRegularFile(real)) {
                throw new BundleException(clean + " is not a file");
            }
            if (Files.size(real) > MAX_ENTRY_BYTES) {
                throw new BundleException(clean + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
            }
            return Files.readAllBytes(real);
        }
    }

    private static final class Zip extends BundleSource {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;

        private Zip(ZipFile zip, Map<String, ZipEntry> entries) {
            this.zip = zip;
            this.entries = entries;
        }

        /**
         * Entries are indexed by their normalised path, relative to the folder holding release.json
         * (a zip of a folder usually has one top folder).
         */
        static Zip openZip(Path path) throws BundleException {
            ZipFile zip;
            try {
                zip = new ZipFile(path.toFile());
            } catch (ZipException e) {
                throw new BundleException(path.getFileName() + " is neither a bundle folder nor a readable .zip file");
            } catch (IOException e) {
                throw new BundleException(path + " cannot be read (" + e.getMessage() + ")", e);
            }
            try {
                Map<String, ZipEntry> all = new HashMap<>();
                String base = null;
                Enumeration<? extends ZipEntry> en = zip.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory()) {
                        continue;
                    }
                    String name;
                    try {
                        name = checkRelative(e.getName());
                    } catch (BundleException ex) {
                        throw new BundleException(path.getFileName() + ": the entry " + e.getName()
                                + " leaves the archive; the .zip is refused");
                    }
                    all.put(name, e);
                    if (name.equals("release.json") || name.endsWith("/release.json")) {
                        String b = name.substring(0, name.length() - "release.json".length());
                        if (base == null || b.length() < base.length()) {
                            base = b;
                        }
                    }
                }
                if (base == null) {
                    throw new BundleException(path.getFileName() + " holds no release.json");
                }
                Map<String, ZipEntry> entries = new HashMap<>();
                for (var e : all.entrySet()) {
                    if (e.getKey().startsWith(base)) {
                        entries.put(e.getKey().substring(base.length()), e.getValue());
                    }
                }
                return new Zip(zip, entries);
            } catch (BundleException | RuntimeException e) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // already refusing
                }
                throw e;
            }
        }

        @Override
        protected byte[] readChecked(String clean) throws IOException, BundleException {
            ZipEntry e = entries.get(clean);
            if (e == null) {
                throw new NoSuchFileException(clean);
            }
            try (InputStream in = zip.getInputStream(e)) {
                byte[] data = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (data.length > MAX_ENTRY_BYTES) {
                    throw new BundleException(clean + " inflates past " + (MAX_ENTRY_BYTES >> 20) + " MB; the .zip is refused");
                }
                return data;
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static final class Classpath extends BundleSource {
        private final String base;

        Classpath(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }

        @Override
        protected byte[] readChecked(String clean) throws IOException {
            try (InputStream in = BundleSource.class.getResourceAsStream(base + clean)) {
                if (in == null) {
                    throw new NoSuchFileException(clean);
                }
                return in.readAllBytes();
            }
        }
    }
}
