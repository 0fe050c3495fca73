package io.govshare.report.render;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page setup of the DOCX, from {@link Layout}: A4 portrait, the margins with header, footer and gutter, the
 * document grid of 22 lines (28 characters a line come from the body styles' spacing, {@link #BODY_SPACING}), and page numbers "— n —" in 4号 on the outer side (odd pages right,
 * even pages left, one character in), in a footer whose line lies as in the PDF.
 */
final class DocxPage {

    /** The grid's line pitch in twips, as Word writes it for 22 lines in 225 mm. */
    static final int LINE_PITCH = (int) Math.floor(Layout.LINE_PITCH * 20);
    /**
     * The spacing of 3号 text in twips that puts 28 characters on a line: 0.25 pt less than the font size. The grid
     * holds lines only; a grid of characters ({@code linesAndChars} with a negative {@code charSpace}, as Word's own
     * templates have it) gives each 16 pt character two 15.8 pt cells in LibreOffice, 14 characters a line.
     */
    static final int BODY_SPACING = (int) Math.floor((Layout.CHAR_PITCH - Layout.BODY_SIZE) * 20);

    private DocxPage() {}

    static void setUp(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.twipsOfMm(210)));
        size.setH(BigInteger.valueOf(Layout.twipsOfMm(297)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Layout.twipsOfMm(37)));
        margins.setRight(BigInteger.valueOf(Layout.twipsOfMm(26)));
        margins.setBottom(BigInteger.valueOf(Layout.twipsOfMm(35)));
        margins.setLeft(BigInteger.valueOf(Layout.twipsOfMm(28)));
        margins.setHeader(BigInteger.valueOf(Layout.twipsOfMm(15)));
        // the footer's line: its text sits where the PDF's page numbers do, 7 mm under the type area
        margins.setFooter(
                BigInteger.valueOf(Layout.twips(Layout.BOTTOM - Layout.NUMBER_GAP - 0.55f * Layout.SMALL_SIZE)));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        p.setStyle("Footer");
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(Layout.twips(Layout.SMALL_SIZE));
        } else {
            p.setIndentationLeft(Layout.twips(Layout.SMALL_SIZE));
        }
        p.createRun().setText("— ");
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        p.createRun().setText(" —");
    }
}
