package io.govshare.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import io.govshare.report.domain.FontChoice;

/**
 * DOCX of the report (Apache POI), laid out from the same Markdown document as the PDF and like it: real styles
 * ({@code templates/report/docx-styles.xml}: Title, Heading 1 and 2 with outline levels, Body Text, Caption, the
 * table style), A4 with the GB/T 9704 margins and the 22 × 28 document grid, page numbers on the outer side and the
 * colophon at the foot of the last page. The styles name the fonts the PDF embeds; the core properties say which.
 */
@ApplicationScoped
@TemplateData(target = FontChoice.class)
public class DocxRenderer {

    private final Template styles;
    private final Fonts fonts;
    /** The styles parsed for the faces they name (the same for every report once the fonts are resolved). */
    private volatile ParsedStyles parsed;

    private record ParsedStyles(Map<FontRole, FontFace> faces, CTStyles styles) {}

    public DocxRenderer(@Location("report/docx-styles.xml") Template styles, Fonts fonts) {
        this.styles = styles;
        this.fonts = fonts;
    }

    /** The DOCX; {@code colophonOnOwnPage} when the PDF had to give the colophon a page of its own. */
    public byte[] render(
            String markdown, Map<String, byte[]> charts, ReportMetadata metadata, boolean colophonOnOwnPage) {
        DocumentParts parts = DocumentParts.parse(markdown);
        Map<FontRole, FontFace> faces = this.fonts.faces();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024)) {
            doc.createStyles().setStyles(stylesFor(faces));
            DocxPage.setUp(doc);
            DocxWriter writer = new DocxWriter(doc, charts, faces);
            String issuer = "";
            for (Node n = parts.document().getFirstChild(); n != null; n = n.getNext()) {
                DocumentParts.Part part = parts.partOf(n);
                if (part == DocumentParts.Part.ISSUER) {
                    issuer = DocumentParts.text(n);
                } else if (part == DocumentParts.Part.DATE) {
                    writer.masthead(issuer, DocumentParts.text(n));
                } else if (part != DocumentParts.Part.COLOPHON) {
                    write(writer, n, part);
                }
            }
            writer.colophon(parts.colophon(), colophonOnOwnPage);
            properties(doc, metadata, faces);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DocxWriter writer, Node n, DocumentParts.Part part) {
        if (part == DocumentParts.Part.TITLE) {
            writer.paragraph("Title", DocumentParts.text(n));
        } else if (part == DocumentParts.Part.EDITION) {
            writer.paragraph("Subtitle", DocumentParts.text(n));
        } else if (part == DocumentParts.Part.NOTICE && n instanceof BlockQuote quote) {
            writer.notice(quote);
        } else if (part == DocumentParts.Part.CAPTION) {
            writer.paragraph("Caption", DocumentParts.text(n));
        } else if (part == DocumentParts.Part.FIGURE) {
            writer.figure((Image) n.getFirstChild(), DocumentParts.figureCaption(n));
        } else if (n instanceof Heading h) {
            writer.paragraph(h.getLevel() <= 2 ? "Heading1" : "Heading2", DocumentParts.text(h));
        } else if (n instanceof TableBlock table) {
            writer.table(TableModel.of(table));
        } else if (n instanceof Paragraph || n instanceof BulletList) {
            writer.paragraph("BodyText", DocumentParts.text(n));
        }
    }

    /**
     * A copy of the styles of these faces for one document: the template is rendered and parsed once (XMLBeans' parse
     * was about a tenth of a DOCX's time), each document gets its own copy to own and change.
     */
    private CTStyles stylesFor(Map<FontRole, FontFace> faces) {
        ParsedStyles found = this.parsed;
        if (found == null || found.faces() != faces) {
            found = new ParsedStyles(faces, styles(faces));
            this.parsed = found;
        }
        return (CTStyles) found.styles().copy();
    }

    private CTStyles styles(Map<FontRole, FontFace> faces) {
        Map<String, FontChoice> f = new LinkedHashMap<>();
        faces.values().forEach(face -> f.put(face.role().key(), face.choice()));
        String xml = this.styles
                .data("f", f)
                .data("titleSize", Math.round(Layout.TITLE_SIZE * 2))
                .data("titleSpacing", Layout.twips(Layout.TITLE_SPACING))
                .data("linePitch", DocxPage.LINE_PITCH)
                .data("bodySpacing", DocxPage.BODY_SPACING)
                .data("titleLines", 2 * DocxPage.LINE_PITCH)
                .data("charPitch", Layout.twips(Layout.CHAR_PITCH))
                .data("mastheadRight", Layout.twips(Layout.TEXT_WIDTH - Layout.CHAR_PITCH))
                .data("mastheadRule", Math.round(Layout.MASTHEAD_RULE * 8))
                .data("mastheadGap", Math.round(Layout.MASTHEAD_RULE_GAP))
                .data("cellPadding", Layout.twips(TableModel.PADDING))
                .data("smallChar", Layout.twips(Layout.SMALL_SIZE))
                .data("colophonLabel", Layout.twips(2 * Layout.SMALL_SIZE))
                .data("colophonHanging", Layout.twips(3 * Layout.SMALL_SIZE))
                .data("colophonRight", Layout.twips(Layout.TEXT_WIDTH - Layout.SMALL_SIZE))
                .data("smallLine", Layout.twips(Layout.SMALL_SIZE * 1.3f))
                .render();
        try {
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("templates/report/docx-styles.xml is not valid", e);
        }
    }

    private static void properties(XWPFDocument doc, ReportMetadata metadata, Map<FontRole, FontFace> faces) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(metadata.title());
        core.setSubjectProperty(metadata.subject());
        core.setCreator(metadata.author());
        core.setKeywords("数据共享开放月报");
        core.setDescription("字体："
                + ReportMetadata.fonts(
                        faces.values().stream().map(FontFace::choice).toList()));
        core.setCreated(Optional.of(Date.from(metadata.created().toInstant())));
    }
}
