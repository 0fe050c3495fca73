package io.govshare.report.render;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * A table of the report as the PDF and the DOCX lay it out: its head row, its rows, each column's alignment, and the
 * column widths that fit the type area, measured with the report's fonts so that both formats agree.
 */
record TableModel(List<String> head, List<List<String>> rows, List<TableCell.Alignment> alignments) {

    /** The space between a cell's border and its text. */
    static final float PADDING = 4;

    static TableModel of(TableBlock block) {
        List<List<String>> all = new ArrayList<>();
        List<TableCell.Alignment> alignments = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow row) {
                    List<String> cells = new ArrayList<>();
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        TableCell cell = (TableCell) c;
                        cells.add(DocumentParts.text(cell).strip());
                        if (all.isEmpty()) {
                            alignments.add(cell.getAlignment());
                        }
                    }
                    all.add(cells);
                    return;
                }
                visitChildren(node);
            }
        });
        return new TableModel(all.get(0), List.copyOf(all.subList(1, all.size())), alignments);
    }

    int columns() {
        return this.head.size();
    }

    /**
     * The width of each column in points: each as wide as its widest cell, the space left shared in proportion; when
     * the cells are too wide together, the widest column gives way and its cells wrap.
     */
    float[] widths(FontFace head, FontFace body, float size, float total) {
        int n = columns();
        float[] natural = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = measure(this.head.get(c), head, body, size);
            for (List<String> row : this.rows) {
                natural[c] = Math.max(natural[c], measure(row.get(c), body, body, size));
            }
        }
        float sum = 0;
        int widest = 0;
        for (int c = 0; c < n; c++) {
            sum += natural[c];
            widest = natural[c] > natural[widest] ? c : widest;
        }
        float[] widths = new float[n];
        if (sum <= total) {
            for (int c = 0; c < n; c++) {
                widths[c] = natural[c] + (total - sum) * natural[c] / sum;
            }
        } else {
            for (int c = 0; c < n; c++) {
                widths[c] = natural[c];
            }
            widths[widest] = Math.max(4 * size, total - (sum - natural[widest]));
        }
        return widths;
    }

    private static float measure(String text, FontFace face, FontFace fallback, float size) {
        return LineBreaker.width(LineBreaker.glyphs(text, face, fallback, size, false)) + 2 * PADDING + 1;
    }
}
