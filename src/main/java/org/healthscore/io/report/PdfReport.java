package org.healthscore.io.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthscore.store.WholeFiles;

/**
 * The report as a PDF, drawn by the app itself from the same HTML (openhtmltopdf on PDFBox, the SVG charts by
 * Batik): no browser needed. Written beside the target and moved into place, so a failure leaves no half file.
 */
public final class PdfReport {
    /** Held, so that its level stays set (the logging system keeps loggers only weakly). */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // the renderer's progress lines and PDFBox's font substitutions are not for the user's terminal
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    private PdfReport() {
    }

    public static void write(String html, Path file) throws IOException {
        try {
            WholeFiles.write(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    PdfRendererBuilder builder = new PdfRendererBuilder();
                    builder.useFastMode();
                    builder.useSVGDrawer(new BatikSVGDrawer());
                    builder.withHtmlContent(forPdf(html), null);
                    builder.toStream(out);
                    builder.run();
                }
            });
        } catch (RuntimeException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The PDF's built-in fonts have no minus sign (U+2212) and no Greek: written as the hyphen and the word.
     * The layout in CSS 2.1 terms (the PDF renderer knows no grid or flex): charts and cards one under another.
     */
    static String forPdf(String html) {
        return html.replace('\u2212', '-').replace("\u0394", "change ")
                .replace("</style>", ".charts,.cards{display:block}.card{display:inline-block;margin:4px}"
                        + "figure{page-break-inside:avoid}svg{width:640px;height:260px}</style>");
    }
}
