package io.presskit.share;

import io.presskit.image.PhotoSource;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.model.Release;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Prints the press kit through the system's print dialog: the kit is typeset exactly as exported, then handed to
 * Java's printing as PDFBox's {@link PDFPageable}, so the printout is the PDF, page for page. For File › Print:
 * call {@link #typeset} off the UI thread, then {@link PrintableKit#print} (which shows the dialog); no JavaFX.
 */
public final class KitPrinter {
    private KitPrinter() {
    }

    /** A typeset kit ready to print; close it when done. */
    public static final class PrintableKit implements AutoCloseable {
        private final PDDocument document;
        private final String title;

        private PrintableKit(PDDocument document, String title) {
            this.document = document;
            this.title = title;
        }

        /** The kit's pages for Java printing, each at its own paper size. */
        public Pageable pageable() {
            return new PDFPageable(document);
        }

        public int pageCount() {
            return document.getNumberOfPages();
        }

        /**
         * Shows the system print dialog on {@code job} when {@code withDialog}, then prints; returns false when the
         * officer cancelled the dialog.
         */
        public boolean print(PrinterJob job, boolean withDialog) throws ShareException {
            job.setJobName(title);
            job.setPageable(pageable());
            try {
                if (withDialog && !job.printDialog()) {
                    return false;
                }
                job.print();
                return true;
            } catch (PrinterException e) {
                throw new ShareException("The kit could not be printed (" + e.getMessage() + ").", e);
            }
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    /** Typesets {@code release} as the kit and opens it for printing. */
    public static PrintableKit typeset(Release release, PhotoSource photos, KitOptions options, KitProgress progress)
            throws ShareException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            KitExporter.shared().export(release, photos, options, pdf, progress);
            return new PrintableKit(Loader.loadPDF(pdf.toByteArray()), EmailVersion.oneLine(release.headline()));
        } catch (IOException e) {
            throw new ShareException("The kit could not be typeset for printing (" + e.getMessage() + ").", e);
        }
    }
}
