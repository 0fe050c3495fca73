package io.govshare.report.render;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;

/** Writes a GFM table of the report as a bordered Word table: header shaded and repeated, kept on one page. */
final class DocxTables {

    private DocxTables() {}

    static void write(XWPFDocument doc, TableBlock block, int textWidthTwips) {
        List<TableRow> rows = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    rows.add(row);
                }
                visitChildren(node);
            }
        });
        int columns = 0;
        for (Node c = rows.get(0).getFirstChild(); c != null; c = c.getNext()) {
            columns++;
        }
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        // 序号 narrow, the name wide, as in the PDF's tables
        int[] percent = columns == 3 ? new int[] {12, 50, 38} : null;
        if (percent != null) {
            var grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : percent) {
                grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidthTwips * width / 100));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            for (Node cellNode = rows.get(r).getFirstChild(); cellNode != null; cellNode = cellNode.getNext()) {
                TableCell source = (TableCell) cellNode;
                XWPFTableCell cell = row.getCell(c++);
                if (source.isHeader()) {
                    cell.setColor("F0F0F0");
                }
                if (percent != null) {
                    cell.setWidth(percent[c - 1] + "%");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(alignment(source));
                p.setSpacingAfter(0);
                // a table of ten rows stays on one page, as in the PDF
                p.setKeepNext(r < rows.size() - 1);
                DocxWriter.run(p, DocxWriter.text(source), DocxWriter.SONG, 11, source.isHeader());
            }
        }
    }

    private static ParagraphAlignment alignment(TableCell cell) {
        if (cell.getAlignment() == TableCell.Alignment.CENTER || cell.isHeader()) {
            return ParagraphAlignment.CENTER;
        }
        return cell.getAlignment() == TableCell.Alignment.RIGHT ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
    }
}
