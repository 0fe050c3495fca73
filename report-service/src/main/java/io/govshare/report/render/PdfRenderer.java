package io.govshare.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * PDF of the report, set directly with PDFBox on the grid of a Chinese official document ({@link PdfTypesetter}),
 * its fonts embedded as subsets and named in the document information ({@code Fonts}). The fonts are parsed once and
 * shared by every document; as a parsed font is not safe for concurrent use, one PDF is rendered at a time.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The document information entry that names the fonts by role. */
    public static final String FONTS_KEY = "Fonts";

    private final Fonts fonts;

    public PdfRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public synchronized byte[] render(String markdown, Map<String, byte[]> charts, ReportMetadata metadata) {
        Map<FontRole, FontFace> faces = this.fonts.faces();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument doc = new PDDocument()) {
            try (PdfPages pages = new PdfPages(doc, faces.get(FontRole.NUMBER))) {
                new PdfTypesetter(doc, pages, faces, charts).write(DocumentParts.parse(markdown));
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(metadata.title());
            info.setSubject(metadata.subject());
            info.setAuthor(metadata.author());
            info.setCreator("GovShare report-service");
            info.setProducer("GovShare report-service (Apache PDFBox)");
            info.setCreationDate(GregorianCalendar.from(metadata.created().toZonedDateTime()));
            info.setCustomMetadataValue(
                    FONTS_KEY,
                    ReportMetadata.fonts(
                            faces.values().stream().map(FontFace::choice).toList()));
            doc.getDocumentCatalog().setLanguage("zh-CN");
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the PDF of this document puts its colophon on a page of its own (a dry run: nothing is drawn). */
    public boolean colophonOnOwnPage(String markdown, Map<String, byte[]> charts) {
        Map<FontRole, FontFace> faces = this.fonts.faces();
        try (PdfPages pages = new PdfPages(null, faces.get(FontRole.NUMBER))) {
            return new PdfTypesetter(null, pages, faces, charts).write(DocumentParts.parse(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
