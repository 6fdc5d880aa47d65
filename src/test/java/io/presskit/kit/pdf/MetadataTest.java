package io.presskit.kit.pdf;

import io.presskit.kit.document.KitDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kit's XMP packet is written from a template; here it must equal, byte for byte, the packet xmpbox's
 * serializer writes for the same properties (built below the way PDFBox's PDF/A example builds it), for
 * texts with everything the XML escaping has to get right, and xmpbox must read back the same texts.
 * (A release's text with a C0 control character other than tab and line feed cannot be stored: the hard
 * limits refuse it, so a kit never meets one; it is here only to pin the escaping down.)
 */
class MetadataTest {
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    @Test
    void thePacketIsWhatXmpboxWritesForTheSameProperties() throws Exception {
        List<String[]> cases = List.of(
                new String[]{"匯聚八百頂尖國際學者推動科研創新", "香港科技園公司", "zh-Hant-HK"},
                new String[]{"Robots & <Rockets> \"quoted\" 'single'", null, "en"},
                new String[]{"", null, "en-US"},
                new String[]{"Tab\there, CR\rhere, LF\nhere, C0 \u0001 DEL \u007f C1 \u0085 end", "A & B", "en"},
                new String[]{"Emoji 😀, Ext-B 𠀀, NBSP\u00a0, LS\u2028, ]]> and &amp; typed", "", "zh-Hant"});
        for (String[] c : cases) {
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.setTimeInMillis(1_764_400_000_000L);
            check(new KitDocument(c[0], c[1], c[2], List.of()), date);
        }
        // Kits of several language versions: each version's title in its language, every language listed.
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(1_764_400_000_000L);
        check(new KitDocument("匯聚八百頂尖國際學者", "香港科技園公司", "zh-Hant-HK", List.of(
                section("zh-Hant-HK", "匯聚八百頂尖國際學者"), section("en", "800 scholars & <more>"))), date);
        check(new KitDocument("Robots", null, "en", List.of(section("en", "Robots"), section("en", "Again"),
                section("zh-Hant", ""), section("zh-Hans", "机器人 😀"))), date);
    }

    private static KitDocument.Section section(String language, String title) {
        return new KitDocument.Section(language, null, "", List.of(), language, title);
    }

    /** The packet equals xmpbox's, byte for byte, and xmpbox reads back its title and first language. */
    private static void check(KitDocument kit, Calendar date) throws Exception {
        byte[] ours = Metadata.xmp(kit, date);
        assertEquals(new String(xmpbox(kit, date), StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8),
                "for the title " + kit.title());
        if (kit.title().contains("\u0001")) {
            return; // &#1; is no XML 1.0 character: xmpbox wrote it so too, and no parser reads it back
        }
        XMPMetadata read = new DomXmpParser().parse(new ByteArrayInputStream(ours));
        assertEquals(kit.title().replace("\r", "\n"), read.getDublinCoreSchema().getTitle().replace("\r", "\n"));
        assertEquals(kit.language(), read.getDublinCoreSchema().getLanguages().get(0));
        assertEquals(2, read.getPDFAIdentificationSchema().getPart());
    }

    /** The packet as the kit wrote it with xmpbox before the template. */
    private static byte[] xmpbox(KitDocument kit, Calendar date) throws Exception {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(kit.title());
        if (kit.author() != null) {
            dc.addCreator(kit.author());
        }
        dc.addLanguage(kit.language());
        if (kit.sections().size() > 1) {
            for (KitDocument.Section section : kit.sections()) {
                dc.addTitle(section.language(), section.title());
                if (!section.language().equals(kit.language())) {
                    dc.addLanguage(section.language());
                }
            }
        }
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setCreatorTool("Presskit");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(Metadata.PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        pdfa.setConformance("A");
        XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
        ua.addProperty(xmp.getTypeMapping().createInteger(PDFUA_NS, "pdfuaid", "part", 1));
        xmp.addSchema(ua);

        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        extension.addProperty(schemas);
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(schema.createTextType(PDFASchemaType.NAMESPACE_URI, PDFUA_NS));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, "pdfuaid"));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        schema.addProperty(properties);
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION, "Indicates, which part of ISO 14289 standard is followed"));
        properties.getContainer().addProperty(part);
        schemas.getContainer().addProperty(schema);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, out, true);
        return out.toByteArray();
    }
}
