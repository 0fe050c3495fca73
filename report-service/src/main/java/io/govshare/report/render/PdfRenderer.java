package io.govshare.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF of the report from its HTML page (openhtmltopdf), with the CJK fonts embedded as subsets. The fonts are parsed
 * once and shared by every document; as a parsed font is not safe for concurrent use, one PDF is rendered at a time.
 */
@ApplicationScoped
public class PdfRenderer {

    private final Fonts fonts;

    public PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public synchronized byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useFont(font(doc, this.fonts.parsedSerifRegular()), Fonts.SERIF, 400, FontStyle.NORMAL, true);
            builder.useFont(font(doc, this.fonts.parsedSerifBold()), Fonts.SERIF, 700, FontStyle.NORMAL, true);
            builder.useFont(font(doc, this.fonts.parsedSansBold()), Fonts.SANS, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("GovShare report-service");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static PDFontSupplier font(PDDocument doc, org.apache.fontbox.ttf.TrueTypeFont parsed) throws IOException {
        return new PDFontSupplier(PDType0Font.load(doc, parsed, true));
    }
}
