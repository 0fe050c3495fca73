package io.govshare.report.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.commonmark.ext.gfm.tables.TableCell;

/** The alignment of a table cell of the Markdown document as a paragraph alignment of the DOCX. */
final class DocxAlign {

    private DocxAlign() {}

    static ParagraphAlignment of(TableCell.Alignment alignment) {
        if (alignment == null) {
            return ParagraphAlignment.LEFT;
        }
        return switch (alignment) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            default -> ParagraphAlignment.LEFT;
        };
    }
}
