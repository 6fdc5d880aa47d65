package io.presskit.share;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfo;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The metadata a picture desk reads, as the segments {@link JpegSegments} writes into a photo:
 * <ul>
 *   <li>IPTC IIM (APP13, Photoshop 3.0 resource 0x0404): Headline 2:105, Credit 2:110, Copyright Notice 2:116 and
 *   Caption/Abstract 2:120, always in UTF-8 declared by the 1:90 coded character set, each cut at a character
 *   boundary to the length the IIM standard allows (the full text is in the XMP);</li>
 *   <li>XMP (APP1): dc:description, dc:rights, photoshop:Credit, photoshop:Headline and
 *   Iptc4xmpCore:AltTextAccessibility, the names of the IPTC Photo Metadata Standard;</li>
 *   <li>EXIF (APP1): only the camera and the time the photo was taken, copied from the original — never its GPS
 *   position, maker notes or serial numbers, and no orientation (the pixels are upright).</li>
 * </ul>
 * IIM is written here rather than through Commons Imaging, whose writer declares UTF-8 only when a value does not
 * fit Latin-1, so an English caption with "é" would go out undeclared.
 */
final class PhotoMetadata {
    /** What a photo carries: every value may be null. */
    record Fields(String caption, String credit, String altText, String copyright, String headline) {
    }

    private static final byte[] UTF8_DECLARATION = {0x1B, '%', 'G'};
    private static final int HEADLINE = 105;
    private static final int CREDIT = 110;
    private static final int COPYRIGHT = 116;
    private static final int CAPTION = 120;

    private static final List<TagInfo> ROOT_TAGS = List.of(TiffTagConstants.TIFF_TAG_MAKE, TiffTagConstants.TIFF_TAG_MODEL,
            TiffTagConstants.TIFF_TAG_DATE_TIME, TiffTagConstants.TIFF_TAG_ARTIST, TiffTagConstants.TIFF_TAG_COPYRIGHT);
    private static final List<TagInfo> EXIF_TAGS = List.of(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL,
            ExifTagConstants.EXIF_TAG_DATE_TIME_DIGITIZED, ExifTagConstants.EXIF_TAG_EXPOSURE_TIME,
            ExifTagConstants.EXIF_TAG_FNUMBER, ExifTagConstants.EXIF_TAG_ISO, ExifTagConstants.EXIF_TAG_FOCAL_LENGTH,
            ExifTagConstants.EXIF_TAG_LENS_MODEL);

    private PhotoMetadata() {
    }

    // ------------------------------------------------------------------ IPTC IIM

    /** The APP13 payload: "Photoshop 3.0", one 8BIM resource 0x0404 holding the IIM datasets. */
    static byte[] iptcApp13(Fields f) throws IOException {
        ByteArrayOutputStream iim = new ByteArrayOutputStream();
        dataset(iim, 1, 90, UTF8_DECLARATION);
        dataset(iim, 2, 0, new byte[] {0, 4}); // record version 4
        text(iim, HEADLINE, f.headline(), 256);
        text(iim, CREDIT, f.credit(), 32);
        text(iim, COPYRIGHT, f.copyright(), 128);
        text(iim, CAPTION, f.caption(), 2000);
        byte[] data = iim.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        out.write("8BIM".getBytes(StandardCharsets.US_ASCII));
        out.write(0x04);
        out.write(0x04);
        out.write(0); // empty Pascal name, padded to even length
        out.write(0);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16 & 0xFF);
        out.write(data.length >>> 8 & 0xFF);
        out.write(data.length & 0xFF);
        out.write(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, int dataset, String value, int maxBytes) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        dataset(out, 2, dataset, utf8Prefix(value.replace('\n', ' ').strip(), maxBytes));
    }

    private static void dataset(ByteArrayOutputStream out, int record, int dataset, byte[] value) throws IOException {
        out.write(0x1C);
        out.write(record);
        out.write(dataset);
        out.write(value.length >> 8);
        out.write(value.length & 0xFF);
        out.write(value);
    }

    /** The longest prefix of {@code s} whose UTF-8 form fits {@code maxBytes}, never splitting a character. */
    static byte[] utf8Prefix(String s, int maxBytes) {
        byte[] all = s.getBytes(StandardCharsets.UTF_8);
        if (all.length <= maxBytes) {
            return all;
        }
        int end = maxBytes;
        while (end > 0 && (all[end] & 0xC0) == 0x80) { // a continuation byte: back up to the character's start
            end--;
        }
        byte[] cut = new byte[end];
        System.arraycopy(all, 0, cut, 0, end);
        return cut;
    }

    // ------------------------------------------------------------------ XMP

    /** The APP1 payload: the XMP namespace, then the packet. */
    static byte[] xmpApp1(Fields f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII));
        out.write(xmpPacket(f));
        return out.toByteArray();
    }

    static byte[] xmpPacket(Fields f) throws IOException {
        String rdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            doc.appendChild(doc.createProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
            Element meta = doc.createElementNS("adobe:ns:meta/", "x:xmpmeta");
            doc.appendChild(meta);
            doc.appendChild(doc.createProcessingInstruction("xpacket", "end=\"w\""));
            Element rdf = doc.createElementNS(rdfNs, "rdf:RDF");
            meta.appendChild(rdf);
            Element d = doc.createElementNS(rdfNs, "rdf:Description");
            d.setAttributeNS(rdfNs, "rdf:about", "");
            rdf.appendChild(d);
            String dc = "http://purl.org/dc/elements/1.1/";
            String ps = "http://ns.adobe.com/photoshop/1.0/";
            String iptc = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
            d.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:dc", dc);
            d.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:photoshop", ps);
            d.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:Iptc4xmpCore", iptc);
            langAlt(doc, d, dc, "dc:description", f.caption());
            langAlt(doc, d, dc, "dc:rights", f.copyright());
            simple(doc, d, ps, "photoshop:Credit", f.credit());
            simple(doc, d, ps, "photoshop:Headline", f.headline());
            langAlt(doc, d, iptc, "Iptc4xmpCore:AltTextAccessibility", f.altText());
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("the XMP packet could not be written", e);
        }
    }

    private static void simple(Document doc, Element parent, String ns, String name, String value) {
        if (value != null && !value.isBlank()) {
            Element e = doc.createElementNS(ns, name);
            e.setTextContent(value.replace('\n', ' ').strip());
            parent.appendChild(e);
        }
    }

    /** A language alternative with the default entry, as XMP requires for descriptions and rights. */
    private static void langAlt(Document doc, Element parent, String ns, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String rdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        Element e = doc.createElementNS(ns, name);
        Element alt = doc.createElementNS(rdfNs, "rdf:Alt");
        Element li = doc.createElementNS(rdfNs, "rdf:li");
        li.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "x-default");
        li.setTextContent(value.strip());
        alt.appendChild(li);
        e.appendChild(alt);
        parent.appendChild(e);
    }

    // ------------------------------------------------------------------ EXIF

    /**
     * The APP1 payload of an EXIF block holding only the original's camera and capture time (never GPS), or
     * null when the original has no EXIF or none that can be read.
     */
    static byte[] cameraExif(byte[] original) {
        try {
            ImageMetadata md = Imaging.getMetadata(original);
            if (!(md instanceof JpegImageMetadata jpeg) || jpeg.getExif() == null) {
                return null;
            }
            TiffOutputSet src = jpeg.getExif().getOutputSet();
            TiffOutputSet dst = new TiffOutputSet(src.byteOrder);
            copy(src.getRootDirectory(), dst, ROOT_TAGS, false);
            copy(src.getExifDirectory(), dst, EXIF_TAGS, true);
            if (dst.getRootDirectory() == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
            new TiffImageWriterLossy(src.byteOrder).write(out, dst);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null; // EXIF we cannot read is EXIF we do not pass on
        }
    }

    private static void copy(TiffOutputDirectory from, TiffOutputSet to, List<TagInfo> tags, boolean exif)
            throws ImagingException {
        if (from == null) {
            return;
        }
        for (TagInfo tag : tags) {
            TiffOutputField f = from.findField(tag);
            if (f != null) {
                TiffOutputDirectory dir = exif ? to.getOrCreateExifDirectory() : to.getOrCreateRootDirectory();
                dir.add(f);
            }
        }
    }
}
