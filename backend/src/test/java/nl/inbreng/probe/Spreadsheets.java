package nl.inbreng.probe;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Spreadsheets an attacker uploads: small files that unpack big, and real workbooks with too many rows. */
final class Spreadsheets {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    /** An XLSX-shaped zip whose one sheet repeats a row until it unpacks to {@code unpackedBytes}. */
    static byte[] packedRows(long unpackedBytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(packed)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>Losse tegels op de stoep</t></is></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < unpackedBytes; written += row.length) {
                zip.write(row);
            }
        }
        return packed.toByteArray();
    }

    /** A real workbook: a header "tekst" and this many rows under it. */
    static byte[] workbookWithRows(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Inbreng");
            sheet.createRow(0).createCell(0).setCellValue("tekst");
            for (int i = 1; i <= rows; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Regel " + i + " over hangjongeren bij het winkelcentrum");
            }
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }
}
