package io.presskit.share;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Properties;

/**
 * The email as a draft file (.eml): {@code X-Unsent: 1}, which Outlook and Thunderbird open as a new message
 * ready to address, the headline as the subject (RFC 2047 encoded when it is Chinese), the plain text and the
 * HTML as alternatives (UTF-8), the HTML's thumbnails as inline parts it refers to by {@code cid:}, and the PDF
 * kit attached.
 */
public final class EmailDraft {
    /** An inline image of the HTML part: {@code cid:<contentId>} in the HTML. */
    public record InlineImage(String contentId, String fileName, String mediaType, byte[] bytes) {
    }

    private EmailDraft() {
    }

    public static void write(String subject, String text, String html, List<InlineImage> images, String pdfName,
                             byte[] pdf, OutputStream out) throws IOException {
        try {
            MimeMessage msg = new MimeMessage(Session.getInstance(new Properties()));
            msg.setHeader("X-Unsent", "1");
            msg.setSubject(subject, "UTF-8");

            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8", "plain");

            MimeMultipart related = new MimeMultipart("related");
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            related.addBodyPart(htmlPart);
            for (InlineImage img : images) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(img.bytes(), img.mediaType())));
                part.setContentID("<" + img.contentId() + ">");
                part.setDisposition(Part.INLINE);
                part.setFileName(img.fileName());
                related.addBodyPart(part);
            }
            MimeBodyPart relatedPart = new MimeBodyPart();
            relatedPart.setContent(related);

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(relatedPart);
            MimeBodyPart alternativePart = new MimeBodyPart();
            alternativePart.setContent(alternative);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(alternativePart);
            MimeBodyPart kit = new MimeBodyPart();
            kit.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            kit.setDisposition(Part.ATTACHMENT);
            kit.setFileName(pdfName);
            mixed.addBodyPart(kit);

            msg.setContent(mixed);
            msg.saveChanges();
            msg.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException("the email draft could not be written: " + e.getMessage(), e);
        }
    }
}
