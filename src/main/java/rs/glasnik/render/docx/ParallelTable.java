package rs.glasnik.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import rs.glasnik.model.Document;

/**
 * A borderless table of two equal columns across the text width, with the template's gutter between
 * them; the first row is made with it, the others as needed.
 *
 * <p>{@code new ParallelTable(doc, widthMm, gutterMm, writers, left, right).row(leftCell,
 * rightCell, true);}
 */
final class ParallelTable {
    /** What goes into one cell: written by a writer of the cell's document. */
    @FunctionalInterface
    interface Cell {
        void write(BodyWriter writer, BodyWriter.Place place) throws DocxFormatException;
    }

    /** A writer of a document's parts into a place. */
    @FunctionalInterface
    interface Writers {
        BodyWriter of(Document document, BodyWriter.Place place);
    }

    private final Writers writers;
    private final Document left;
    private final Document right;
    private final XWPFTable table;
    private final int column;
    private final int gutter;
    private boolean firstRowUsed;

    ParallelTable(
            XWPFDocument doc,
            double textWidthMm,
            double gutterMm,
            Writers writers,
            Document left,
            Document right) {
        this.writers = writers;
        this.left = left;
        this.right = right;
        int width = WordXml.twipsOfMm(textWidthMm);
        this.column = width / 2;
        this.gutter = WordXml.twipsOfMm(gutterMm);
        this.table = DocxTables.borderless(doc, column, column);
    }

    /** A row; a null side is an empty cell; {@code whole}: the row does not split. */
    void row(Cell leftContent, Cell rightContent, boolean whole) throws DocxFormatException {
        if (leftContent == null && rightContent == null) {
            return;
        }
        XWPFTableRow row = firstRowUsed ? table.createRow() : table.getRow(0);
        firstRowUsed = true;
        if (whole) {
            CTTrPr pr =
                    row.getCtRow().isSetTrPr()
                            ? row.getCtRow().getTrPr()
                            : row.getCtRow().addNewTrPr();
            pr.addNewCantSplit();
        }
        cell(row.getCell(0), left, leftContent, 0, gutter / 2);
        cell(row.getCell(1), right, rightContent, gutter - gutter / 2, 0);
    }

    private void cell(
            XWPFTableCell cell, Document document, Cell content, int marginLeft, int marginRight)
            throws DocxFormatException {
        CTTcPr pr =
                cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        DocxTables.width(pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW(), column);
        CTTcMar margins = pr.addNewTcMar();
        DocxTables.width(margins.addNewLeft(), marginLeft);
        DocxTables.width(margins.addNewRight(), marginRight);
        if (content == null) {
            return;
        }
        double widthMm = (column - marginLeft - marginRight) * 25.4 / 1440;
        BodyWriter.Place place = BodyWriter.Place.cell(cell, widthMm);
        content.write(writers.of(document, place), place);
    }
}
