package io.govshare.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** PDF of the report from its HTML page (openhtmltopdf), with the CJK fonts embedded as subsets. */
@ApplicationScoped
public class PdfRenderer {

    private final Fonts fonts;

    public PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(this.fonts.serifRegular().toFile(), Fonts.SERIF, 400, FontStyle.NORMAL, true);
        builder.useFont(this.fonts.serifBold().toFile(), Fonts.SERIF, 700, FontStyle.NORMAL, true);
        builder.useFont(this.fonts.sansBold().toFile(), Fonts.SANS, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.withProducer("GovShare report-service");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
