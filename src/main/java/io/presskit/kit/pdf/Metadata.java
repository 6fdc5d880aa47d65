package io.presskit.kit.pdf;

import io.presskit.kit.document.KitDocument;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * What a kit says about itself, as PDF/A-2a and PDF/UA-1 ask (after PDFBox's CreatePDFA example): the
 * Info dictionary and XMP metadata saying the same, the PDF/A and PDF/UA identification, the sRGB output
 * intent, the document language, and a viewer that shows the title rather than the file name.
 */
final class Metadata {
    static final String PRODUCER = "Presskit (Apache PDFBox)";
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    private Metadata() {
    }

    /** The sRGB profile of the output intent: the same bytes for every kit, read from the JDK once. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** Reads the sRGB profile (the JDK's colour management starts) before the first kit needs it. */
    static void warmUp() {
        java.util.Objects.requireNonNull(Srgb.PROFILE);
    }

    static void write(PDDocument doc, KitDocument kit, Instant created, String contentKey) throws IOException {
        // Whole seconds in UTC: XMP and Info must agree to the second (PDF/A 6.6.3).
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(kit.title());
        if (kit.author() != null) {
            info.setAuthor(kit.author());
        }
        info.setCreator("Presskit");
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(kit.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true); // PDF/UA 7.1: the title, not the file name, in the window
        catalog.setViewerPreferences(prefs);
        catalog.setPageMode(PageMode.USE_OUTLINES);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(kit, date));
        catalog.setMetadata(metadata);

        // PDF/A 6.2.3: device colours need an output intent; the kit's colours and photos are sRGB.
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(
                Srgb.PROFILE));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        // A document ID from the content, not the clock: the same release and options give the same bytes.
        byte[] id;
        try {
            id = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest((contentKey + "\n" + created + "\n" + doc.getNumberOfPages()).getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    /**
     * The XMP packet: Dublin Core (title, creator, language, format), XMP basic dates, the producer, the PDF/A-2a
     * and PDF/UA-1 identification, and the PDF/A extension schema that declares pdfuaid:part (PDF/A 6.6.2.3: a
     * property outside the predefined schemas must be described in the same packet). Written from a template
     * rather than through xmpbox and the JDK's XML transformer: the packet's shape is fixed, only the titles,
     * the issuer, the languages and a date vary, and loading and running those two took about 0.15 s of CPU of every command-line export
     * (README, "Fast start"). The bytes are xmpbox's own serialization (MetadataTest compares them), so kits
     * are byte for byte what they were.
     */
    static byte[] xmp(KitDocument kit, Calendar date) {
        String when = String.format(java.util.Locale.ROOT, "%tFT%<tT+00:00", date);
        // A kit of several language versions: each version's title in its language beside the default (one per
        // language, the later replacing the earlier in its place, as xmpbox did), and every language it is in.
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("x-default", kit.title());
        List<String> languages = new ArrayList<>(List.of(kit.language()));
        if (kit.sections().size() > 1) {
            for (KitDocument.Section section : kit.sections()) {
                titles.put(section.language(), section.title());
                if (!section.language().equals(kit.language())) {
                    languages.add(section.language());
                }
            }
        }
        StringBuilder x = new StringBuilder(3000);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ")
                .append("xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\" ")
                .append("xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" ")
                .append("xmlns:pdfuaid=\"").append(PDFUA_NS).append("\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("    <rdf:Description rdf:about=\"\">\n");
        x.append("      <dc:title>\n        <rdf:Alt>\n");
        titles.forEach((language, title) -> {
            String text = xml(title == null ? "" : title);
            x.append("          <rdf:li xml:lang=\"").append(xml(language)).append(text.isEmpty() ? "\"/>\n"
                    : "\">" + text + "</rdf:li>\n");
        });
        x.append("        </rdf:Alt>\n      </dc:title>\n");
        if (kit.author() != null) {
            x.append("      <dc:creator>\n        <rdf:Seq>\n");
            x.append(item(xml(kit.author())));
            x.append("        </rdf:Seq>\n      </dc:creator>\n");
        }
        x.append("      <dc:language>\n        <rdf:Bag>\n");
        languages.forEach(language -> x.append(item(xml(language))));
        x.append("        </rdf:Bag>\n      </dc:language>\n");
        x.append("      <dc:format>application/pdf</dc:format>\n    </rdf:Description>\n");
        x.append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n");
        x.append("      <xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n");
        x.append("      <xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n");
        x.append("      <xmp:CreatorTool>Presskit</xmp:CreatorTool>\n    </rdf:Description>\n");
        x.append("    <rdf:Description rdf:about=\"\">\n      <pdf:Producer>").append(PRODUCER)
                .append("</pdf:Producer>\n    </rdf:Description>\n");
        // level A: tagged, with Unicode text, not only B
        x.append("    <rdf:Description rdf:about=\"\">\n      <pdfaid:part>2</pdfaid:part>\n")
                .append("      <pdfaid:conformance>A</pdfaid:conformance>\n    </rdf:Description>\n");
        x.append("    <rdf:Description rdf:about=\"\">\n      <pdfuaid:part>1</pdfuaid:part>\n    </rdf:Description>\n");
        x.append("""
                    <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" rdf:about="">
                      <pdfaExtension:schemas>
                        <rdf:Bag>
                          <rdf:li rdf:parseType="Resource">
                            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                            <pdfaSchema:property>
                              <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                  <pdfaProperty:name>part</pdfaProperty:name>
                                  <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                  <pdfaProperty:category>internal</pdfaProperty:category>
                                  <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                              </rdf:Seq>
                            </pdfaSchema:property>
                          </rdf:li>
                        </rdf:Bag>
                      </pdfaExtension:schemas>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta><?xpacket end="w"?>
                """);
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String item(String text) {
        return text.isEmpty() ? "          <rdf:li/>\n" : "          <rdf:li>" + text + "</rdf:li>\n";
    }

    /**
     * Text as XML character data, escaped as the JDK's XML serializer escapes it: the markup characters, C0
     * and C1 controls other than tab and line feed (a carriage return too) and characters outside the Basic
     * Multilingual Plane as numeric references; everything else as it is, in UTF-8.
     */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    boolean control = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
                    if (control || cp > 0xFFFF) {
                        b.append("&#").append(cp).append(';');
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
