package io.presskit.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file whose encoding nobody wrote down. Releases reach us from Notepad (UTF-8, with or
 * without a byte-order mark, or "Unicode" = UTF-16LE with one), from macOS (UTF-8) and from older Hong Kong
 * tools that still save Big5 with the HKSCS extensions. Strict decoders decide in that order: valid UTF-8 is
 * almost never anything else, and Big5-HKSCS is tried before the Windows Latin fallback.
 */
final class TextCharsets {
    /** The text and the name of the encoding it was read as. */
    record Decoded(String text, String charset) {
    }

    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextCharsets() {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new Decoded(utf16, "UTF-16");
        }
        String s = strict(b, StandardCharsets.UTF_8);
        if (s != null) {
            return new Decoded(s, "UTF-8");
        }
        s = strict(b, BIG5_HKSCS);
        if (s != null && mostlyText(s)) {
            return new Decoded(s, "Big5-HKSCS");
        }
        return new Decoded(new String(b, WINDOWS_1252), "windows-1252");
    }

    /** UTF-16 without a byte-order mark shows itself by zero bytes in every other place of ASCII text. */
    private static String utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = b.length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros == 0) {
            return strict(b, StandardCharsets.UTF_16LE);
        }
        if (evenZeros > pairs * 0.3 && oddZeros == 0) {
            return strict(b, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Big5 decodes many byte soups; a real text has few control characters and some CJK. */
    private static boolean mostlyText(String s) {
        int control = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            if (io.presskit.model.Scripts.isCjk(c)) {
                cjk++;
            }
        }
        return control == 0 && cjk > 0;
    }
}
