package io.govshare.report.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * Writes the blocks of the report into a POI document, each a paragraph of one of the styles of
 * {@code docx-styles.xml}; the runs carry no formatting of their own.
 */
final class DocxWriter {

    private static final int TEXT_WIDTH = Layout.twips(Layout.TEXT_WIDTH);

    private final XWPFDocument doc;
    private final Map<String, byte[]> charts;
    private final Map<FontRole, FontFace> faces;
    private int pictures;

    DocxWriter(XWPFDocument doc, Map<String, byte[]> charts, Map<FontRole, FontFace> faces) {
        this.doc = doc;
        this.charts = charts;
        this.faces = faces;
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = this.doc.createParagraph();
        p.setStyle(style);
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    /** The issuer one character in, the date flush right one character in, over the red rule (style Masthead). */
    void masthead(String issuer, String date) {
        XWPFParagraph p = this.doc.createParagraph();
        p.setStyle("Masthead");
        var run = p.createRun();
        run.addTab();
        run.setText(issuer);
        run.addTab();
        run.setText(date);
    }

    /** The failed checks, one bordered red paragraph each (Word joins their borders into one frame). */
    void notice(BlockQuote quote) {
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    paragraph("Notice", "• " + DocumentParts.text(item));
                }
            } else {
                paragraph("Notice", DocumentParts.text(child));
            }
        }
    }

    /** A table in the style Report Table, its columns as wide as the PDF's, its head row repeated on each page. */
    void table(TableModel model) {
        float[] widths = model.widths(
                this.faces.get(FontRole.HEADING1), this.faces.get(FontRole.BODY), Layout.SMALL_SIZE, Layout.TEXT_WIDTH);
        int rows = model.rows().size() + 1;
        XWPFTable table = this.doc.createTable(rows, model.columns());
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblStyle().setVal("ReportTable");
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        grid(table, widths);
        for (int r = 0; r < rows; r++) {
            var row = table.getRow(r);
            row.setHeight(DocxPage.LINE_PITCH);
            row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.AT_LEAST);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? model.head() : model.rows().get(r - 1);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.getCell(c);
                cell.getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(Layout.twips(widths[c])));
                cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(r == 0 ? "TableHeading" : "TableText");
                if (r > 0) {
                    p.setAlignment(DocxAlign.of(model.alignments().get(c)));
                }
                p.createRun().setText(cells.get(c));
            }
        }
    }

    /** The chart at the width of the type area (the PDF's size), kept with its caption below. */
    void figure(Image image, String caption) {
        byte[] png = this.charts.get(image.getDestination().replace("chart:", ""));
        if (png == null) {
            return;
        }
        XWPFParagraph p = this.doc.createParagraph();
        p.setStyle("Figure");
        int width = ByteBuffer.wrap(png, 16, 4).getInt();
        int height = ByteBuffer.wrap(png, 20, 4).getInt();
        double widthPt = Layout.TEXT_WIDTH;
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            "chart" + (++this.pictures) + ".png",
                            Units.toEMU(widthPt),
                            Units.toEMU(widthPt * height / width));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        paragraph("Caption", caption);
    }

    /**
     * The colophon as a table floating at the foot of the type area of the page it falls on (thick rules over and
     * under it, thin ones between its groups), after a page break when the PDF gave it a page of its own.
     */
    void colophon(List<List<DocumentParts.ColophonLine>> groups, boolean ownPage) {
        if (groups.isEmpty()) {
            return;
        }
        if (ownPage) {
            paragraph("Normal", "").setPageBreak(true);
        }
        int lines = groups.stream().mapToInt(List::size).sum();
        XWPFTable table = this.doc.createTable(lines, 1);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblPPr position = pr.addNewTblpPr();
        position.setLeftFromText(BigInteger.ZERO);
        position.setRightFromText(BigInteger.ZERO);
        position.setVertAnchor(STVAnchor.MARGIN);
        position.setHorzAnchor(STHAnchor.MARGIN);
        position.setTblpXSpec(STXAlign.CENTER);
        position.setTblpYSpec(STYAlign.BOTTOM);
        // a twip narrower than the type area: LibreOffice floats no table as wide as the text
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH - 1));
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        border(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), Layout.THICK_RULE);
        border(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), Layout.THICK_RULE);
        for (CTBorder none : new CTBorder[] {
            borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
            borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
            borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
            borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()
        }) {
            none.setVal(STBorder.NIL);
        }
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        grid(table, new float[] {Layout.TEXT_WIDTH - 0.05f});
        int r = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int k = 0; k < groups.get(g).size(); k++) {
                var row = table.getRow(r++);
                row.setHeight(DocxPage.LINE_PITCH);
                row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.EXACT);
                var cell = row.getCell(0);
                if (g > 0 && k == 0) {
                    border(cell.getCTTc().addNewTcPr().addNewTcBorders().addNewTop(), Layout.THIN_RULE);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle("Colophon");
                DocumentParts.ColophonLine line = groups.get(g).get(k);
                var run = p.createRun();
                run.setText(line.left());
                if (line.right() != null) {
                    run.addTab();
                    run.setText(line.right());
                }
            }
        }
        // a paragraph must follow a table; this one takes no room
        XWPFParagraph end = this.doc.createParagraph();
        end.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
    }

    private static void border(CTBorder border, float width) {
        border.setVal(STBorder.SINGLE);
        // the width of a border is in eighths of a point
        border.setSz(BigInteger.valueOf(Math.round(width * 8)));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
    }

    private static void grid(XWPFTable table, float[] widths) {
        var tbl = table.getCTTbl();
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Layout.twips(w)));
        }
    }
}
