package io.govshare.report.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** Writes the blocks of the report into a POI document, one method per kind of block. */
final class DocxWriter {

    static final String SONG = "宋体";
    static final String HEI = "黑体";
    private static final String RED = "C00000";
    private static final int TEXT_WIDTH_TWIPS = 11906 - 1588 - 1474;

    private final XWPFDocument doc;
    private final Map<String, byte[]> charts;
    private int pictures;

    DocxWriter(XWPFDocument doc, Map<String, byte[]> charts) {
        this.doc = doc;
        this.charts = charts;
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = this.doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(80);
        return p;
    }

    void title(Node n) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
        XWPFRun run = run(p, text(n), SONG, 26, true);
        run.setColor(RED);
        run.setCharacterSpacing(40);
    }

    void centered(Node n, int size, boolean bold) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        p.setKeepNext(bold);
        run(p, text(n), SONG, size, bold);
    }

    /** The issuer on the left of the masthead line; the date follows at the right tab stop, over a red rule. */
    XWPFParagraph issuerLine(Node n) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setBorderBottom(Borders.THICK);
        p.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
        p.setSpacingAfter(360);
        CTTabStop tab = p.getCTP().getPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        run(p, text(n), SONG, 12, false);
        return p;
    }

    void appendDate(XWPFParagraph issuer, Node n) {
        XWPFRun run = run(issuer, "", SONG, 12, false);
        run.addTab();
        run.setText(text(n));
    }

    void heading(Heading h) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setKeepNext(true);
        p.setSpacingBefore(h.getLevel() == 2 ? 240 : 120);
        if (h.getLevel() == 2) {
            run(p, text(h), HEI, 15, true);
        } else {
            run(p, text(h), SONG, 13, true);
        }
    }

    void body(Node n) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(480);
        p.setSpacingBetween(1.5);
        inline(p, n, 12);
    }

    void notice(BlockQuote quote) {
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            List<Node> lines = new ArrayList<>();
            if (child instanceof BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    lines.add(item);
                }
            } else {
                lines.add(child);
            }
            for (Node line : lines) {
                XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
                p.setBorderLeft(Borders.SINGLE);
                p.setBorderRight(Borders.SINGLE);
                p.setBorderTop(Borders.SINGLE);
                p.setBorderBottom(Borders.SINGLE);
                XWPFRun run = run(p, (child instanceof BulletList ? "• " : "") + text(line), SONG, 11, false);
                run.setColor(RED);
            }
        }
    }

    void bullets(BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
            p.setIndentationLeft(480);
            run(p, "• " + text(item), SONG, 12, false);
        }
    }

    void table(org.commonmark.ext.gfm.tables.TableBlock block) {
        DocxTables.write(this.doc, block, TEXT_WIDTH_TWIPS);
        paragraph(ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    /** The chart, then its caption (the text after the image) centred below it. */
    void figure(Image image) {
        byte[] png = this.charts.get(image.getDestination().replace("chart:", ""));
        if (png == null) {
            return;
        }
        StringBuilder caption = new StringBuilder();
        for (Node n = image.getNext(); n != null; n = n.getNext()) {
            caption.append(text(n));
        }
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            double widthPt = 430;
            double heightPt = widthPt * read.getHeight() / read.getWidth();
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            "chart" + (++this.pictures) + ".png",
                            Units.toEMU(widthPt),
                            Units.toEMU(heightPt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        XWPFParagraph below = paragraph(ParagraphAlignment.CENTER);
        run(below, caption.toString().strip(), SONG, 11, true);
    }

    /** Space between the last section and the colophon. */
    void colophonSpace() {
        paragraph(ParagraphAlignment.LEFT).setSpacingAfter(480);
    }

    void colophon(Node n, boolean last) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setSpacingAfter(0);
        p.setKeepNext(!last);
        p.setBorderTop(Borders.SINGLE);
        if (last) {
            p.setBorderBottom(Borders.SINGLE);
        }
        run(p, text(n), SONG, 11, false);
    }

    /** "— 1 —" centred in the footer of every page. */
    void pageNumbers() {
        XWPFFooter footer = this.doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", SONG, 10, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", SONG, 10, false);
    }

    private void inline(XWPFParagraph p, Node block, int size) {
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof StrongEmphasis) {
                run(p, text(n), SONG, size, true);
            } else {
                run(p, text(n), SONG, size, false);
            }
        }
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font);
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0)
                : run.getCTR().addNewRPr().addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        return run;
    }

    /** The plain text of a node and its children. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
