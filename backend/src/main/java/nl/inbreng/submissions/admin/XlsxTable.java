package nl.inbreng.submissions.admin;

import nl.inbreng.common.InvalidInputException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads the first sheet of an Excel workbook as text, cell by cell as Excel shows it (dates and numbers formatted),
 * so the same column mapping as for CSV applies. Row numbers are Excel's own.
 *
 * <p>A workbook is a zip file, and a small one can unpack to something huge. So the unpacked size is measured first
 * and capped, and the sheet is read as a stream of rows (POI's SAX event API) that stops at the row cap, instead of
 * building the whole workbook in memory (docs/adr/0119-hardening-at-the-edge.md).
 */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Unpacked bytes of all parts together; a 10 MB import unpacks to far less in practice. */
    static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;

    static {
        // POI's own zip-bomb guard refuses any part that packs better than 1:100, which plain survey sheets with
        // repeated answers do. The unpacked size is capped above, by count, so its ratio guard is relaxed.
        ZipSecureFile.setMinInflateRatio(0.001);
    }

    private XlsxTable() {
    }

    /** Empty when the bytes are not a readable workbook; refuses (400 at "file") a workbook over a cap. */
    static Optional<TabularFile> parse(byte[] bytes) {
        Optional<Long> unpacked = unpackedSize(bytes);
        if (unpacked.isEmpty()) {
            return Optional.empty();
        }
        if (unpacked.get() > MAX_UNPACKED_BYTES) {
            throw new InvalidInputException("file", "Dit Excel-bestand is uitgepakt groter dan 40 MB. Verdeel de regels "
                    + "over een paar kleinere bestanden, of sla het op als CSV.");
        }
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return Optional.of(new TabularFile(List.of(), List.of(), List.of()));
            }
            RowCollector rows = new RowCollector();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                StylesTable styles = reader.getStylesTable();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, new ReadOnlySharedStringsTable(workbook),
                        rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (Exception stopped) {
                // the parser may wrap the exception that stopped it at the row cap
                if (rows.tooMany) {
                    throw tooManyRows();
                }
                throw stopped;
            }
            return Optional.of(new TabularFile(rows.header == null ? List.of() : rows.header, rows.rows, List.of()));
        } catch (InvalidInputException refused) {
            throw refused;
        } catch (Exception notAWorkbook) {
            // POI and the XML parser throw many kinds of exceptions for damaged or foreign files: "cannot read this"
            return Optional.empty();
        }
    }

    private static InvalidInputException tooManyRows() {
        return new InvalidInputException("file", "Dit bestand heeft meer dan " + CsvTable.MAX_ROWS_TEXT + " regels. "
                + "Verdeel de regels over een paar kleinere bestanden en importeer die één voor één.");
    }

    /**
     * The unpacked size of every part, counted by inflating (the sizes a zip declares can lie), stopping as soon as
     * the cap is passed. Empty when the bytes are no zip file.
     */
    static Optional<Long> unpackedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress (POI's own zip reader) also reads stored parts with a data descriptor, as streaming
        // writers make them; java.util.zip refuses those
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                if (entry.isDirectory()) {
                    continue;
                }
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        return Optional.of(total);
                    }
                }
            }
            return any ? Optional.of(total) : Optional.empty();
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
    }

    /** A workbook (a zip file) starts with "PK". */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Stops the parse: more rows than an import takes. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Gathers rows as the parser passes them: the first non-blank row is the header. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<String> header;
        private boolean tooMany;
        private final List<TabularFile.Row> rows = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > CsvTable.MAX_COLUMNS) {
                return; // a stray cell far to the right would otherwise make every row that wide
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                return;
            }
            if (rows.size() >= CsvTable.MAX_ROWS) {
                tooMany = true;
                throw new TooManyRows();
            }
            rows.add(new TabularFile.Row(rowNum + 1, List.copyOf(cells)));
        }
    }
}
