package io.presskit.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes .zip files byte by byte, for what {@code ZipOutputStream} will not write: names in a legacy encoding
 * without the UTF-8 flag (as Windows tools in Hong Kong write them), the same name twice, and several entries
 * that share one compressed stream (the overlapping-entry zip bomb).
 */
public final class RawZip {
    private record Entry(byte[] name, boolean utf8Flag, byte[] data, int sameDataAs) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** An entry whose name is written in {@code charset}, with the UTF-8 flag only when it is UTF-8. */
    public RawZip add(String name, Charset charset, byte[] data) {
        entries.add(new Entry(name.getBytes(charset), charset.equals(StandardCharsets.UTF_8), data, -1));
        return this;
    }

    public RawZip add(String name, byte[] data) {
        return add(name, StandardCharsets.UTF_8, data);
    }

    /** An entry named {@code name} whose directory record points at entry {@code index}'s data. */
    public RawZip alias(String name, int index) {
        entries.add(new Entry(name.getBytes(StandardCharsets.UTF_8), true, null, index));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<int[]> locals = new ArrayList<>(); // offset, crc, compressed size, size, method
        for (Entry e : entries) {
            if (e.sameDataAs() >= 0) {
                locals.add(locals.get(e.sameDataAs()));
                continue;
            }
            CRC32 crc = new CRC32();
            crc.update(e.data());
            byte[] packed = deflate(e.data());
            int offset = out.size();
            ByteBuffer h = le(30 + e.name().length);
            h.putInt(0x04034b50).putShort((short) 20).putShort(flags(e)).putShort((short) 8).putShort((short) 0)
                    .putShort((short) 0x21).putInt((int) crc.getValue()).putInt(packed.length).putInt(e.data().length)
                    .putShort((short) e.name().length).putShort((short) 0).put(e.name());
            out.writeBytes(h.array());
            out.writeBytes(packed);
            locals.add(new int[]{offset, (int) crc.getValue(), packed.length, e.data().length});
        }
        int cdStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int[] l = locals.get(i);
            ByteBuffer c = le(46 + e.name().length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort(flags(e)).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt(l[1]).putInt(l[2]).putInt(l[3])
                    .putShort((short) e.name().length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(l[0]).put(e.name());
            out.writeBytes(c.array());
        }
        int cdSize = out.size() - cdStart;
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(cdSize).putInt(cdStart).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static short flags(Entry e) {
        return (short) (e.utf8Flag() ? 0x0800 : 0);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
