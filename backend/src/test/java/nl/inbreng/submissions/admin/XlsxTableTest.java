package nl.inbreng.submissions.admin;

import nl.inbreng.common.InvalidInputException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxTableTest {

    @Test
    void readsAStreamedWorkbookRowByRowWithExcelsRowNumbers() throws IOException {
        TabularFile file = XlsxTable.parse(workbook(3)).orElseThrow();
        assertEquals(java.util.List.of("Tekst", "Wijk"), file.header());
        assertEquals(3, file.rows().size());
        assertEquals(2, file.rows().get(0).line());
        assertEquals("Regel 1", file.rows().get(0).cell(0));
        assertEquals("", file.rows().get(0).cell(1), "a missing cell reads as empty");
        assertEquals("Oost", file.rows().get(1).cell(1));
    }

    @Test
    void stopsAtTheRowCapWithADutchReason() throws IOException {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> XlsxTable.parse(workbook(CsvTable.MAX_ROWS + 1)));
        assertTrue(refused.errors().get(0).message().contains("meer dan 20.000 regels"), refused.errors().toString());
    }

    private static byte[] workbook(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Inbreng");
            sheet.createRow(0).createCell(0).setCellValue("Tekst");
            sheet.getRow(0).createCell(1).setCellValue("Wijk");
            for (int i = 1; i <= rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Regel " + i);
                if (i % 2 == 0) {
                    sheet.getRow(i).createCell(1).setCellValue("Oost");
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }
}
