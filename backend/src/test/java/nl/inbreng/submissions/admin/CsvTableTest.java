package nl.inbreng.submissions.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableTest {

    @Test
    void readsCommaSeparatedRowsWithTheirLineNumbers() {
        TabularFile file = CsvTable.parse("nr,tekst,thema\n1,Fietsen gestolen,1.3\n2,Graffiti,1.2\n");

        assertEquals(List.of("nr", "tekst", "thema"), file.header());
        assertEquals(List.of("1", "Fietsen gestolen", "1.3"), file.rows().get(0).cells());
        assertEquals(List.of(2, 3), file.rows().stream().map(TabularFile.Row::line).toList());
        assertTrue(file.broken().isEmpty());
    }

    @Test
    void takesTheSemicolonFromTheHeaderOfADutchExcelExport() {
        TabularFile file = CsvTable.parse("\uFEFFnr;tekst;thema\r\n1;Hardrijders, vooral 's avonds;4.1\r\n");

        assertEquals(List.of("nr", "tekst", "thema"), file.header());
        assertEquals("Hardrijders, vooral 's avonds", file.rows().get(0).cell(1));
    }

    @Test
    void keepsSeparatorsDoubledQuotesAndLineBreaksInsideQuotes() {
        TabularFile file = CsvTable.parse("tekst,thema\n\"Hij zei: \"\"ga weg\"\", en\nliep door\",3.1\nVolgende,1.1\n");

        assertEquals("Hij zei: \"ga weg\", en\nliep door", file.rows().get(0).cell(0));
        assertEquals(2, file.rows().get(0).line());
        assertEquals(4, file.rows().get(1).line(), "the embedded line break counts as a line in the editor");
    }

    @Test
    void reportsTextAfterAClosingQuoteAndGoesOnWithTheNextLine() {
        TabularFile file = CsvTable.parse("tekst,thema\n\"Kapot\" hek,1.2\nLosse stoeptegels,1.2\n");

        assertEquals(1, file.broken().size());
        assertEquals(2, file.broken().get(0).line());
        assertEquals(List.of("Losse stoeptegels"), file.rows().stream().map(r -> r.cell(0)).toList());
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAndKeepsTheLinesAfterIt() {
        TabularFile file = CsvTable.parse("tekst,thema\nGoed,1.1\n\"Nooit gesloten,1.2\nOok goed,1.3\n");

        assertEquals(List.of(3), file.broken().stream().map(TabularFile.Broken::line).toList());
        assertEquals(List.of("Goed", "Ook goed"), file.rows().stream().map(r -> r.cell(0)).toList());
        assertEquals(4, file.rows().get(1).line());
    }

    @Test
    void refusesALineWithMoreColumnsThanTheHeader() {
        TabularFile file = CsvTable.parse("tekst;thema\nte veel;1.1;extra\nkort\n");

        assertEquals(2, file.broken().get(0).line());
        assertEquals("", file.rows().get(0).cell(1), "a shorter line is padded with empty cells");
    }

    @Test
    void skipsEmptyLines() {
        TabularFile file = CsvTable.parse("tekst\n\nEen\n\nTwee");

        assertEquals(List.of(3, 5), file.rows().stream().map(TabularFile.Row::line).toList());
    }
}
