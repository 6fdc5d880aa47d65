package io.presskit.document;

import io.presskit.image.ImageBatch;
import io.presskit.image.PreparedImage;
import io.presskit.model.Contact;
import io.presskit.model.ReleaseLanguage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a release typed in Word (.docx) or as plain text (.txt): reads the file, recognises its parts,
 * decodes its photos (the ones embedded in a Word file, or the image files of a folder in name order), and
 * assembles the release. Nothing is stored here; the caller stores {@link Assembly#release()} in one step, so
 * a refusal changes nothing. The app's import preview uses the steps one by one: {@link #recognize},
 * {@link #photos}, then {@link Recognition#assemble} after each correction.
 */
public final class DocumentImporter {
    /** Larger than any release typed by hand with its pictures; refuses a wrong file before reading it whole. */
    static final long MAX_DOCUMENT_BYTES = 200L * 1024 * 1024;
    static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp");

    private DocumentImporter() {
    }

    /** The whole import in one call, as the command line does it. */
    public static Assembly importDocument(Path file, Path photosFolder, String languageTag, List<Contact> directory)
            throws DocumentException {
        Recognition r = recognize(file, languageTag);
        return r.assemble(photos(r, photosFolder), directory);
    }

    /** Reads and recognises {@code file}; {@code languageTag} null lets the text decide. */
    public static Recognition recognize(Path file, String languageTag) throws DocumentException {
        if (languageTag != null && ReleaseLanguage.parse(languageTag).isEmpty()) {
            throw new DocumentException("--language: \"" + languageTag
                    + "\" is not a BCP 47 language tag such as zh-Hant-HK or en-US.");
        }
        return ReleaseRecognizer.recognize(read(file), languageTag);
    }

    /** Recognises text pasted into an empty release (the app's paste), as a plain-text document. */
    public static Recognition recognizeText(String text, String languageTag) {
        SourceDocument doc = new SourceDocument("the pasted text", PlainTextReader.blocks(text), List.of(), List.of());
        return ReleaseRecognizer.recognize(doc, languageTag);
    }

    static SourceDocument read(Path file) throws DocumentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocumentException(file + " is not a file.");
            }
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw new DocumentException(file + " is " + size / (1024 * 1024) + " MB; a release document is at most "
                        + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file + " cannot be read (" + e.getMessage() + ").", e);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return DocxReader.read(name, bytes);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw new DocumentException(file + " is an older Word document (.doc); save it as .docx and import that.");
        }
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            throw new DocumentException(file + " is a PDF; take its text out (pdftotext, or copy and paste into a .txt file) and import that.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx")) {
            throw new DocumentException(file + " is not a Word document (.docx) that can be read.");
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new DocumentException(file + " is too large for a plain-text release.");
        }
        if (looksBinary(bytes)) {
            throw new DocumentException(file + " is neither a Word document (.docx) nor plain text.");
        }
        return PlainTextReader.read(name, bytes);
    }

    /** NUL bytes in text that is not UTF-16 mean a binary file (an image, a spreadsheet). */
    private static boolean looksBinary(byte[] b) {
        int zeros = 0;
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        return zeros > 0 && (zeros < n / 10 || n < 2);
    }

    /**
     * The release's photos, decoded once: the image files of {@code folder} in name order (numbers in names
     * in numeric order: photo-2 before photo-10) when one is given, else the images embedded in the document.
     */
    public static List<IncomingPhoto> photos(Recognition r, Path folder) throws DocumentException {
        List<String> names = new ArrayList<>();
        List<byte[]> files = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        if (folder != null) {
            for (Path p : imageFiles(folder)) {
                names.add(p.getFileName().toString());
                alts.add(null);
                try {
                    files.add(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new DocumentException(p + " cannot be read (" + e.getMessage() + ").", e);
                }
            }
        } else {
            for (SourceImage img : r.embeddedPhotos()) {
                names.add(img.fileName());
                files.add(img.bytes());
                alts.add(img.altText());
            }
        }
        List<PreparedImage> prepared;
        try {
            prepared = ImageBatch.prepareAll(names, files);
        } catch (ImageBatch.Failure f) {
            String where = folder != null ? folder.resolve(names.get(f.index())).toString()
                    : r.fileName() + ", embedded image " + names.get(f.index());
            throw new DocumentException(where + ": " + f.getMessage() + ".", f.getCause());
        }
        List<IncomingPhoto> out = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            out.add(new IncomingPhoto(names.get(i), prepared.get(i), alts.get(i)));
        }
        return out;
    }

    private static List<Path> imageFiles(Path folder) throws DocumentException {
        if (!Files.isDirectory(folder)) {
            throw new DocumentException("--photos: " + folder + " is not a folder.");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> IMAGE_EXTENSIONS.contains(extension(p)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), DocumentImporter::compareNatural))
                    .toList();
        } catch (IOException e) {
            throw new DocumentException("--photos: " + folder + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    /** "photo-2" before "photo-10": runs of digits compare as numbers, the rest as text, case aside. */
    static int compareNatural(String a, String b) {
        Matcher ma = CHUNK.matcher(a);
        Matcher mb = CHUNK.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c;
            if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
                c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
            } else {
                c = x.compareToIgnoreCase(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length()) != 0 ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
