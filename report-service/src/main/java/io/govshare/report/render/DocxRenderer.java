package io.govshare.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * DOCX of the report (Apache POI), laid out from the same Markdown document as the HTML: headings, paragraphs,
 * tables, charts, masthead and colophon, on A4 with page numbers. Word substitutes 宋体/黑体 for the Noto fonts.
 */
@ApplicationScoped
public class DocxRenderer {

    public byte[] render(String markdown, Map<String, byte[]> charts) {
        DocumentParts parts = DocumentParts.parse(markdown);
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
            pageSetup(doc);
            DocxWriter writer = new DocxWriter(doc, charts);
            XWPFParagraph issuer = null;
            for (Node n = parts.document().getFirstChild(); n != null; n = n.getNext()) {
                DocumentParts.Part part = parts.partOf(n);
                if (part == DocumentParts.Part.ISSUER) {
                    issuer = writer.issuerLine(n);
                    continue;
                }
                if (part == DocumentParts.Part.DATE && issuer != null) {
                    writer.appendDate(issuer, n);
                    continue;
                }
                write(writer, n, part);
            }
            writer.pageNumbers();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DocxWriter writer, Node n, DocumentParts.Part part) {
        if (part == DocumentParts.Part.TITLE) {
            writer.title(n);
        } else if (part == DocumentParts.Part.EDITION) {
            writer.centered(n, 14, false);
        } else if (part == DocumentParts.Part.NOTICE && n instanceof BlockQuote quote) {
            writer.notice(quote);
        } else if (part == DocumentParts.Part.CAPTION) {
            writer.centered(n, 11, true);
        } else if (part == DocumentParts.Part.FIGURE) {
            writer.figure((Image) n.getFirstChild());
        } else if (part == DocumentParts.Part.COLOPHON || part == DocumentParts.Part.COLOPHON_LAST) {
            writer.colophon(n, part == DocumentParts.Part.COLOPHON_LAST);
        } else if (n instanceof Heading h) {
            writer.heading(h);
        } else if (n instanceof TableBlock table) {
            writer.table(table);
        } else if (n instanceof BulletList list) {
            writer.bullets(list);
        } else if (n instanceof Paragraph) {
            writer.body(n);
        } else if (n instanceof ThematicBreak) {
            writer.colophonSpace();
        } else {
            XWPFRun run = writer.paragraph(ParagraphAlignment.LEFT).createRun();
            run.setText(DocxWriter.text(n));
        }
    }

    /** A4 with the margins of Chinese official documents (GB/T 9704: 37/35/28/26 mm; a little less at the top). */
    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1701));
        margins.setBottom(BigInteger.valueOf(1588));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setFooter(BigInteger.valueOf(992));
    }
}
