package nl.inbreng.submissions.admin;

import nl.inbreng.common.InputText;

import java.util.List;

/**
 * A spreadsheet read into rows of text: the header, the data rows with the line (CSV) or row number (Excel) a person
 * sees in their editor, and the lines that could not be read at all.
 */
record TabularFile(List<String> header, List<Row> rows, List<Broken> broken) {

    /** One data row; {@code line} counts from 1, the header included. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? InputText.clean(cells.get(column)) : "";
        }
    }

    /** A line that is not valid CSV, with a Dutch reason. */
    record Broken(int line, String reason) {
    }
}
