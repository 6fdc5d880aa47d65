package io.presskit.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of one bundle: a folder, a .zip of one, or the sample inside the jar. Every path a bundle
 * names is checked here, once: relative, inside the bundle, no "..", and (for folders) no link that
 * leads outside.
 *
 * <p>What one import may unpack is limited in total, not per file: a 255 KB zip can name one entry that
 * unpacks to 250 MB forty times over (or point forty directory records at it). Every read counts against
 * {@link #budget}, and is streamed, so a refusal comes as soon as the total is passed, naming the file.
 */
public abstract class BundleSource implements AutoCloseable {
    /** Largest file read from a bundle unless the caller says less (photos: the largest image accepted). */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    private static final int CHUNK = 1 << 16;

    /** Bytes this import may still read: a third of the heap, at most 1 GiB, so that a refusal comes before the heap runs out. */
    private long budget = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 3);
    private final long limit = budget;

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
        return read(relative, MAX_ENTRY_BYTES, "the largest file read from a bundle is " + (MAX_ENTRY_BYTES >> 20) + " MB");
    }

    /**
     * Reads {@code relative}, refusing it (before reading, when its size is known) past {@code maxBytes};
     * {@code why} ends that refusal ("the largest image accepted is 200 MB").
     */
    public byte[] read(String relative, long maxBytes, String why) throws BundleException {
        String clean = checkRelative(relative);
        try {
            OptionalLong size = size(clean);
            if (size.isPresent() && size.getAsLong() > maxBytes) {
                throw new BundleException(relative + " " + sizeVerb() + " " + mb(size.getAsLong()) + " MB; " + why);
            }
            try (InputStream in = open(clean)) {
                return readBounded(relative, in, maxBytes, why);
            }
        } catch (NoSuchFileException e) {
            throw new BundleException(relative + " is not in the bundle");
        } catch (IOException e) {
            throw new BundleException(relative + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Streams one file in, stopping at its own limit or at the import's. Thread-safe: photos are read in parallel. */
    private byte[] readBounded(String relative, InputStream in, long maxBytes, String why)
            throws IOException, BundleException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[CHUNK];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new BundleException(relative + " " + sizeVerb() + " more than " + mb(maxBytes) + " MB; " + why);
            }
            take(relative, n);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private synchronized void take(String relative, long n) throws BundleException {
        budget -= n;
        if (budget < 0) {
            throw new BundleException(relative + " would take the import past " + mb(limit)
                    + " MB unpacked in all, more than this Presskit can hold; the bundle is refused");
        }
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** "is" for a file, "unpacks to" for a zip entry: how a refusal words a size. */
    protected String sizeVerb() {
        return "is";
    }

    /** The file's size, when known before reading. */
    protected abstract OptionalLong size(String clean) throws IOException, BundleException;

    protected abstract InputStream open(String clean) throws IOException, BundleException;

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

        private Path checked(String clean) throws IOException, BundleException {
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
            return real;
        }

        @Override
        protected OptionalLong size(String clean) throws IOException, BundleException {
            return OptionalLong.of(Files.size(checked(clean)));
        }

        @Override
        protected InputStream open(String clean) throws IOException, BundleException {
            return Files.newInputStream(checked(clean));
        }
    }

    private static final class Zip extends BundleSource {
        /**
         * Names in a zip without the UTF-8 flag are in whatever code page the writing tool used: Windows in Hong
         * Kong and Taiwan writes Big5 (HKSCS), in mainland China GBK. This machine's own encoding is tried first;
         * CP437, which the zip format names and which reads any bytes, last.
         */
        private static final List<String> LEGACY_NAMES = List.of("Big5-HKSCS", "GBK", "IBM437");

        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;

        private Zip(ZipFile zip, Map<String, ZipEntry> entries) {
            this.zip = zip;
            this.entries = entries;
        }

        /**
         * Entries are indexed by their normalised path, relative to the folder holding release.json
         * (a zip of a folder usually has one top folder). Of the encodings a zip's names may be in, the one
         * under which release.json's photos are all found wins.
         */
        static Zip openZip(Path path) throws BundleException {
            Zip fallback = null;
            BundleException refusal = null;
            for (Charset names : nameEncodings()) {
                Zip z;
                try {
                    z = openZip(path, names);
                } catch (ZipException e) {
                    continue; // names that are not valid in this encoding: try the next
                } catch (BundleException e) {
                    refusal = refusal == null ? e : refusal;
                    continue;
                }
                if (z.holdsItsPhotos()) {
                    closeQuietly(fallback);
                    return z;
                }
                if (fallback == null) {
                    fallback = z;
                } else {
                    closeQuietly(z);
                }
            }
            if (fallback != null) {
                return fallback; // the refusal then names the photo that is missing
            }
            if (refusal != null) {
                throw refusal;
            }
            throw new BundleException(path.getFileName() + " is neither a bundle folder nor a readable .zip file");
        }

        private static List<Charset> nameEncodings() {
            Set<Charset> out = new LinkedHashSet<>();
            out.add(StandardCharsets.UTF_8);
            String nativeName = System.getProperty("native.encoding", System.getProperty("sun.jnu.encoding"));
            try {
                Charset own = nativeName == null ? null : Charset.forName(nativeName);
                if (own != null && !own.equals(StandardCharsets.US_ASCII) && !own.name().startsWith("ISO-8859")) {
                    out.add(own);
                }
            } catch (RuntimeException ignored) {
                // an encoding this JVM does not know: the list below still applies
            }
            for (String name : LEGACY_NAMES) {
                if (Charset.isSupported(name)) {
                    out.add(Charset.forName(name));
                }
            }
            return List.copyOf(out);
        }

        private static Zip openZip(Path path, Charset names) throws ZipException, BundleException {
            ZipFile zip;
            try {
                zip = new ZipFile(path.toFile(), names);
            } catch (ZipException e) {
                throw e;
            } catch (IOException e) {
                throw new BundleException(path + " cannot be read (" + e.getMessage() + ")", e);
            }
            try {
                Map<String, List<String>> raw = new LinkedHashMap<>();
                Map<String, ZipEntry> all = new LinkedHashMap<>();
                Enumeration<? extends ZipEntry> en = zip.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory() || isLitter(e.getName())) {
                        continue;
                    }
                    String name;
                    try {
                        name = checkRelative(e.getName());
                    } catch (BundleException ex) {
                        throw new BundleException(path.getFileName() + ": the entry " + e.getName()
                                + " leaves the archive; the .zip is refused");
                    }
                    raw.computeIfAbsent(name, k -> new ArrayList<>()).add(e.getName());
                    all.put(name, e);
                }
                for (var e : raw.entrySet()) {
                    if (e.getValue().size() > 1) {
                        // The format is strict: two entries under one name would be resolved by taking one of them.
                        throw new BundleException(path.getFileName() + " holds " + e.getKey() + " "
                                + (e.getValue().size() == 2 ? "twice" : e.getValue().size() + " times") + " ("
                                + String.join(", ", e.getValue()) + "); the .zip is refused");
                    }
                }
                List<String> bundles = all.keySet().stream()
                        .filter(n -> n.equals("release.json") || n.endsWith("/release.json")).toList();
                if (bundles.isEmpty()) {
                    throw new BundleException(path.getFileName() + " holds no release.json");
                }
                int depth = bundles.stream().mapToInt(Zip::depth).min().orElseThrow();
                List<String> top = bundles.stream().filter(n -> depth(n) == depth).toList();
                if (top.size() > 1) {
                    throw new BundleException(path.getFileName() + " holds more than one release.json ("
                            + String.join(", ", top) + "); the .zip is refused");
                }
                String base = top.get(0).substring(0, top.get(0).length() - "release.json".length());
                Map<String, ZipEntry> entries = new LinkedHashMap<>();
                for (var e : all.entrySet()) {
                    if (e.getKey().startsWith(base)) {
                        entries.put(e.getKey().substring(base.length()), e.getValue());
                    }
                }
                return new Zip(zip, entries);
            } catch (BundleException | RuntimeException e) {
                closeQuietly(zip);
                throw e;
            }
        }

        private static int depth(String name) {
            return (int) name.chars().filter(c -> c == '/').count();
        }

        /**
         * What the tools of a desktop leave in a zip without anyone choosing it: Office lock files, macOS
         * resource forks and folder settings, Windows thumbnail caches. Never part of a bundle; skipped.
         */
        static boolean isLitter(String entryName) {
            String n = entryName.replace('\\', '/');
            String base = n.substring(n.lastIndexOf('/') + 1);
            return n.startsWith("__MACOSX/") || n.contains("/__MACOSX/") || base.startsWith("~$")
                    || base.equals(".DS_Store") || base.equalsIgnoreCase("Thumbs.db") || base.equalsIgnoreCase("desktop.ini");
        }

        /** True when every photo file release.json names is an entry: the test that the names were read right. */
        private boolean holdsItsPhotos() {
            ZipEntry json = entries.get("release.json");
            if (json == null || json.getSize() > BundleJson.MAX_BYTES) {
                return false;
            }
            try (InputStream in = zip.getInputStream(json)) {
                var photos = BundleJson.photoFiles(in.readNBytes((int) BundleJson.MAX_BYTES));
                for (String file : photos) {
                    if (!entries.containsKey(checkRelative(file))) {
                        return false;
                    }
                }
                return true;
            } catch (IOException | BundleException | RuntimeException e) {
                return false;
            }
        }

        @Override
        protected String sizeVerb() {
            return "unpacks to";
        }

        @Override
        protected OptionalLong size(String clean) throws IOException {
            ZipEntry e = entries.get(clean);
            if (e == null) {
                throw new NoSuchFileException(clean);
            }
            // What the directory says; a zip may lie about it, so the read counts for itself as well.
            return e.getSize() >= 0 ? OptionalLong.of(e.getSize()) : OptionalLong.empty();
        }

        @Override
        protected InputStream open(String clean) throws IOException {
            ZipEntry e = entries.get(clean);
            if (e == null) {
                throw new NoSuchFileException(clean);
            }
            return zip.getInputStream(e);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        private static void closeQuietly(AutoCloseable c) {
            if (c == null) {
                return;
            }
            try {
                c.close();
            } catch (Exception ignored) {
                // already choosing another
            }
        }
    }

    private static final class Classpath extends BundleSource {
        private final String base;

        Classpath(String base) {
            this.base = base.endsWith("/") ? base : base + "/";
        }

        @Override
        protected OptionalLong size(String clean) {
            return OptionalLong.empty();
        }

        @Override
        protected InputStream open(String clean) throws IOException {
            InputStream in = BundleSource.class.getResourceAsStream(base + clean);
            if (in == null) {
                throw new NoSuchFileException(clean);
            }
            return in;
        }
    }
}
