package io.govshare.report.render;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableCell;

/**
 * A table in the PDF: 4号 text, the head in 黑体, each row one grid line high (more when a cell wraps), ruled in
 * black. A table that reaches the foot of a page goes on on the next one under its head row again.
 */
final class PdfTable {

    private static final float RULE = 0.5f;

    private final PdfPages pages;
    private final TableModel model;
    private final FontFace head;
    private final FontFace body;
    private final float[] widths;

    PdfTable(PdfPages pages, TableModel model, FontFace head, FontFace body) {
        this.pages = pages;
        this.model = model;
        this.head = head;
        this.body = body;
        this.widths = model.widths(head, body, Layout.SMALL_SIZE, Layout.TEXT_WIDTH);
    }

    void draw() throws IOException {
        List<List<LineBreaker.Line>> headRow = row(this.model.head(), this.head);
        int headLines = height(headRow);
        this.pages.ensure(headLines + Math.min(1, this.model.rows().size()));
        draw(headRow, true);
        for (List<String> cells : this.model.rows()) {
            List<List<LineBreaker.Line>> row = row(cells, this.body);
            if (this.pages.remaining() < height(row)) {
                this.pages.newPage();
                draw(headRow, true);
            }
            draw(row, false);
        }
    }

    private List<List<LineBreaker.Line>> row(List<String> cells, FontFace face) {
        List<List<LineBreaker.Line>> row = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            var glyphs = LineBreaker.glyphs(cells.get(c), face, this.body, Layout.SMALL_SIZE, false);
            row.add(LineBreaker.lines(glyphs, this.widths[c] - 2 * TableModel.PADDING, 0, 0, false));
        }
        return row;
    }

    private static int height(List<List<LineBreaker.Line>> row) {
        return row.stream().mapToInt(List::size).max().orElse(1);
    }

    private void draw(List<List<LineBreaker.Line>> row, boolean isHead) throws IOException {
        int first = this.pages.line();
        int lines = height(row);
        float x = Layout.LEFT;
        for (int c = 0; c < row.size(); c++) {
            List<LineBreaker.Line> cell = row.get(c);
            // a cell of fewer lines than its row sits in the row's middle
            int offset = (lines - cell.size()) / 2;
            for (int k = 0; k < cell.size(); k++) {
                LineBreaker.Line line = cell.get(k);
                float left = switch (isHead ? TableCell.Alignment.CENTER : alignment(c)) {
                    case CENTER -> x + (this.widths[c] - line.end()) / 2;
                    case RIGHT -> x + this.widths[c] - TableModel.PADDING - line.end();
                    default -> x + TableModel.PADDING;
                };
                float baseline = PdfPages.baseline(first + offset + k, 1, Layout.SMALL_SIZE);
                this.pages.text(line, left, baseline, Layout.SMALL_SIZE, Color.BLACK);
            }
            x += this.widths[c];
        }
        float top = PdfPages.top(first);
        float bottom = PdfPages.top(first + lines);
        float right = Layout.LEFT + Layout.TEXT_WIDTH;
        this.pages.rule(Layout.LEFT, right, top, RULE, Color.BLACK);
        this.pages.rule(Layout.LEFT, right, bottom, RULE, Color.BLACK);
        x = Layout.LEFT;
        this.pages.vertical(x, top, bottom, RULE, Color.BLACK);
        for (float w : this.widths) {
            x += w;
            this.pages.vertical(x, top, bottom, RULE, Color.BLACK);
        }
        this.pages.line(first + lines);
    }

    private TableCell.Alignment alignment(int column) {
        TableCell.Alignment a = this.model.alignments().get(column);
        return a == null ? TableCell.Alignment.LEFT : a;
    }
}
