package org.healthscore.io.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.util.function.UnaryOperator;

/**
 * FastCSV's parser hands every field of a record over; this keeps only the columns asked for (a third of `score`'s
 * reading time went to making text of the other fields), each read through the file's cell rules.
 */
final class CellsHandler extends AbstractBaseCsvCallbackHandler<CellsHandler.Cells> {
    /**
     * A record: the line it starts on (from the text's start, 1), how many fields it has, whether its first is
     * empty, and the cells asked for.
     */
    record Cells(long line, int fields, boolean blankFirst, String[] cells) {
    }

    private final int[][] slots;
    private final int width;
    private final UnaryOperator<String> rules;
    private String[] cells;
    private boolean blankFirst;

    /**
     * @param slots for each field of a record, where in the cells its text goes (none: not asked for)
     * @param width how many cells are asked for
     * @param rules a raw field's text to the cell (missing tokens, decimal comma)
     */
    CellsHandler(int[][] slots, int width, UnaryOperator<String> rules) {
        this.slots = slots;
        this.width = width;
        this.rules = rules;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        cells = new String[width];
        blankFirst = false;
    }

    @Override
    protected void handleField(int field, char[] buf, int offset, int len, boolean quoted) {
        if (field == 0) {
            blankFirst = len == 0;
        }
        if (field < slots.length && slots[field].length > 0) {
            String text = rules.apply(new String(buf, offset, len));
            for (int j : slots[field]) {
                cells[j] = text;
            }
        }
    }

    @Override
    protected RecordWrapper<Cells> buildRecord() {
        return wrapRecord(new Cells(getStartingLineNumber(), getFieldCount(), blankFirst, cells));
    }
}
