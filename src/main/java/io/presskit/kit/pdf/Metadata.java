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
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
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

    /** Writes a throw-away packet, so that the first kit finds xmpbox and the XML transformer loaded. */
    static void warmUp() {
        try {
            xmp(new KitDocument("", null, "en", java.util.List.of()), new GregorianCalendar(TimeZone.getTimeZone("UTC")));
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real export reports its own failures
        }
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
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
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

    private static byte[] xmp(KitDocument kit, Calendar date) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(kit.title());
        if (kit.author() != null) {
            dc.addCreator(kit.author());
        }
        dc.addLanguage(kit.language());
        if (kit.sections().size() > 1) {
            // A kit of several language versions: each version's title in its language beside the default, and
            // every language it is written in.
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
        pdf.setProducer(PRODUCER);

        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("A"); // tagged, with Unicode text: level A, not only B
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }

        // PDF/UA 5: the pdfuaid:part property; PDF/A 6.6.2.3: a property outside the predefined schemas
        // must be described by an extension schema in the same packet.
        XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
        ua.addProperty(xmp.getTypeMapping().createInteger(PDFUA_NS, "pdfuaid", "part", 1));
        xmp.addSchema(ua);
        describePdfUa(xmp);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("the XMP metadata cannot be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The PDF/A extension schema that declares pdfuaid:part (an internal Integer). */
    private static void describePdfUa(XMPMetadata xmp) {
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
    }
}
