package io.presskit.app.content;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Arrays;
import java.util.List;

/**
 * The computer's printers, by name, and a print job on one of them. The app runs AWT headless (a second X
 * connection in the process crashed the JVM at exit), so Java's own print dialog cannot show; the app asks in
 * its own dialog, in the UI language, and prints through Java's printing with the choice made there. Tests give
 * printers that record what they were sent.
 */
public interface Printers {
    /** The printers' names, as the system's print settings show them; empty when none is set up. */
    List<String> names();

    /** The system's default printer, or null. */
    String defaultName();

    /** A job that prints {@code copies} copies on printer {@code name}. */
    PrinterJob job(String name, int copies) throws PrinterException;

    /** The printers the print service lookup (CUPS on Linux) knows. */
    static Printers system() {
        return new Printers() {
            @Override
            public List<String> names() {
                return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
            }

            @Override
            public String defaultName() {
                PrintService s = PrintServiceLookup.lookupDefaultPrintService();
                return s == null ? null : s.getName();
            }

            @Override
            public PrinterJob job(String name, int copies) throws PrinterException {
                PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                        .filter(s -> s.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new PrinterException("the printer " + name + " is no longer set up"));
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setPrintService(service);
                job.setCopies(copies);
                return job;
            }
        };
    }
}
