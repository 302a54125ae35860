package rs.glasnik.render.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The tables glasnik lays text out with: borderless, of fixed layout, widths in twips.
 *
 * <p>{@code XWPFTable table = DocxTables.borderless(doc, logoColumn, textColumn);}
 */
final class DocxTables {
    private DocxTables() {}

    /**
     * A one-row table of fixed layout, without borders or cell margins, whose columns are {@code
     * widths} twips wide: the letterhead's, and a pack's two languages side by side.
     */
    static XWPFTable borderless(XWPFDocument doc, int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        CTTbl tbl = table.getCTTbl();
        CTTblPr pr = CTTblPr.Factory.newInstance();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width(pr.addNewTblW(), total);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.addNewTblBorders();
        for (CTBorder border :
                List.of(
                        borders.addNewTop(),
                        borders.addNewLeft(),
                        borders.addNewBottom(),
                        borders.addNewRight(),
                        borders.addNewInsideH(),
                        borders.addNewInsideV())) {
            border.setVal(STBorder.NIL);
        }
        width(pr.addNewTblCellMar().addNewLeft(), 0);
        width(pr.getTblCellMar().addNewRight(), 0);
        tbl.setTblPr(pr);
        CTTblGrid grid = tbl.getTblGrid() == null ? tbl.addNewTblGrid() : tbl.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        return table;
    }

    /** A cell {@code width} twips wide, its content centred vertically. */
    static void cell(XWPFTableCell cell, int width) {
        CTTcPr pr =
                cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        width(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), width);
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    }

    static void width(CTTblWidth w, int twips) {
        w.setW(BigInteger.valueOf(twips));
        w.setType(STTblWidth.DXA);
    }
}
