package nl.inbreng.submissions.admin;

import nl.inbreng.common.InputText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes rows as CSV for Dutch Excel (UTF-8 with BOM, ';', CRLF) or as an .xlsx workbook. */
final class SpreadsheetWriter {

    private static final char SEPARATOR = ';';
    private static final int EXCEL_CELL_LIMIT = 32_767;

    private SpreadsheetWriter() {
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF"); // without the BOM Excel reads UTF-8 as Windows-1252
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        // Streaming keeps only a window of rows in memory, so a large export does not fill the heap.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Inbreng");
            fill(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void fill(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String value = InputText.clean(cells.get(c));
            row.createCell(c).setCellValue(value.length() > EXCEL_CELL_LIMIT ? value.substring(0, EXCEL_CELL_LIMIT) : value);
        }
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(cells.get(c)));
        }
        out.append("\r\n");
    }

    /**
     * Quotes when needed, and defuses text that Excel would run as a formula (a resident's "=HYPERLINK(…)"), by
     * putting an apostrophe in front, as OWASP advises for CSV injection.
     */
    static String field(String raw) {
        String value = InputText.clean(raw); // inputs stored before control characters were dropped at the edge
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.indexOf(',') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
