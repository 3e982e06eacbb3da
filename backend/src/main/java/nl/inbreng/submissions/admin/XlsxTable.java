package nl.inbreng.submissions.admin;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the first sheet of an Excel workbook as text, cell by cell as Excel shows it (dates and numbers formatted),
 * so the same column mapping as for CSV applies. Row numbers are Excel's own.
 */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {
    }

    /** Empty when the bytes are not a readable workbook. */
    static Optional<TabularFile> parse(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Optional.of(new TabularFile(List.of(), List.of(), List.of()));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = null;
            List<TabularFile.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                } else {
                    rows.add(new TabularFile.Row(row.getRowNum() + 1, cells));
                }
            }
            return Optional.of(new TabularFile(header == null ? List.of() : header, rows, List.of()));
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI throws several unchecked exceptions for damaged or foreign files; all mean "cannot read this".
            return Optional.empty();
        }
    }

    /** A workbook (a zip file) starts with "PK". */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
