package nl.inbreng.submissions.admin;

import nl.inbreng.common.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, line breaks inside quotes), with the separator
 * taken from the header line: Dutch Excel writes ';', most other tools ','. A line that breaks the rules is reported
 * with its number and skipped, so one bad line does not cost the rest of the file.
 */
final class CsvTable {

    /** More data rows than this are refused whole: a council's survey has a few thousand, not hundreds of thousands. */
    static final int MAX_ROWS = 20_000;
    static final String MAX_ROWS_TEXT = "20.000";
    /** Columns beyond this are ignored: no survey export is that wide, and a stray far cell must not widen every row. */
    static final int MAX_COLUMNS = 200;

    private static final char QUOTE = '"';
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvTable(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    static TabularFile parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CsvTable reader = new CsvTable(text, detectSeparator(text));
        return reader.readAll();
    }

    /** The separator that occurs most often outside quotes in the first line; ',' when there is none. */
    static char detectSeparator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 1;
        for (int s = 0; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private TabularFile readAll() {
        List<String> header = null;
        List<TabularFile.Row> rows = new ArrayList<>();
        List<TabularFile.Broken> broken = new ArrayList<>();
        while (pos < text.length()) {
            int startPos = pos;
            int startLine = line;
            Record record = readRecord();
            if (record.error() != null) {
                broken.add(new TabularFile.Broken(startLine, record.error()));
                skipToNextLine(startPos, startLine);
                continue;
            }
            if (record.cells().size() == 1 && record.cells().get(0).isBlank()) {
                continue; // an empty line
            }
            if (header == null) {
                header = record.cells().stream().map(String::strip).toList();
            } else if (record.cells().size() > header.size() && !onlyBlankAfter(record.cells(), header.size())) {
                broken.add(new TabularFile.Broken(startLine, "Deze regel heeft meer kolommen (" + record.cells().size()
                        + ") dan de kopregel (" + header.size() + "). Staat er een '" + printable(separator)
                        + "' in een tekst zonder aanhalingstekens eromheen?"));
            } else {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException("file", "Dit bestand heeft meer dan " + MAX_ROWS_TEXT + " regels. "
                            + "Verdeel de regels over een paar kleinere bestanden en importeer die één voor één.");
                }
                rows.add(new TabularFile.Row(startLine, record.cells()));
            }
        }
        return new TabularFile(header == null ? List.of() : header, rows, broken);
    }

    private record Record(List<String> cells, String error) {
    }

    private Record readRecord() {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (pos < text.length() && text.charAt(pos) == QUOTE && cell.isEmpty()) {
                String error = readQuoted(cell);
                if (error != null) {
                    return new Record(cells, error);
                }
            }
            if (pos >= text.length()) {
                cells.add(cell.toString());
                return new Record(cells, null);
            }
            char c = text.charAt(pos++);
            if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                cells.add(cell.toString());
                return new Record(cells, null);
            } else {
                cell.append(c);
            }
        }
    }

    /** Reads a quoted field up to its closing quote; after it only a separator or the end of the line may follow. */
    private String readQuoted(StringBuilder cell) {
        pos++; // opening quote
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == QUOTE) {
                if (pos < text.length() && text.charAt(pos) == QUOTE) {
                    cell.append(QUOTE);
                    pos++;
                    continue;
                }
                if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\r'
                        && text.charAt(pos) != '\n') {
                    return "Na een afsluitend aanhalingsteken staat nog tekst. Zet een aanhalingsteken in een tekst dubbel (\"\").";
                }
                return null;
            }
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
            }
            cell.append(c);
        }
        return "Een aanhalingsteken wordt nergens gesloten. Controleer de aanhalingstekens op deze regel.";
    }

    /** After a broken record, go on at the line after the one where it started. */
    private void skipToNextLine(int startPos, int startLine) {
        int next = startPos;
        while (next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
            next++;
        }
        if (next < text.length() && text.charAt(next) == '\r' && next + 1 < text.length() && text.charAt(next + 1) == '\n') {
            next++;
        }
        pos = Math.min(text.length(), next + 1);
        line = startLine + 1;
    }

    private static boolean onlyBlankAfter(List<String> cells, int from) {
        return cells.subList(from, cells.size()).stream().allMatch(String::isBlank);
    }

    private static String printable(char c) {
        return c == '\t' ? "tab" : String.valueOf(c);
    }
}
