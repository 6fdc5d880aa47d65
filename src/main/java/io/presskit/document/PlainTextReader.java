package io.presskit.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text release: paragraphs are runs of lines between blank lines (a form feed, as text taken
 * out of a PDF has between pages, counts as a blank line). Lines are kept as they are; the recogniser decides
 * which ones are wrapped parts of one paragraph.
 */
public final class PlainTextReader {
    private PlainTextReader() {
    }

    public static SourceDocument read(String fileName, byte[] bytes) {
        TextCharsets.Decoded decoded = TextCharsets.decode(bytes);
        List<String> notes = new ArrayList<>();
        if (decoded.charset().equals("windows-1252")) {
            notes.add(fileName + " is neither UTF-8, UTF-16 nor Big5; it was read as Windows Latin (windows-1252).");
        }
        return new SourceDocument(fileName, blocks(decoded.text()), List.of(), notes);
    }

    static List<SourceBlock> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<SourceBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            boolean pageBreak = lines[i].indexOf('\f') >= 0;
            if (line.isEmpty() || pageBreak) {
                if (!current.isEmpty()) {
                    blocks.add(SourceBlock.plain(current, start + 1));
                    current = new ArrayList<>();
                }
                if (line.isEmpty()) {
                    continue;
                }
            }
            if (current.isEmpty()) {
                start = i;
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(SourceBlock.plain(current, start + 1));
        }
        return blocks;
    }

    /**
     * Tabs become spaces and other control characters go (a release field holds neither); the line is
     * stripped of the spaces around it.
     */
    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                sb.append(' ');
            } else if (c == '\uFEFF' || Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
