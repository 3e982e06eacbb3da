package nl.inbreng.reports;

import jakarta.inject.Singleton;
import nl.inbreng.insight.admin.DraftPrioritisation;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the council report as a Word document that the werkgroep can edit before it goes to the council. Headings
 * are real heading styles (with outline levels), so the navigation pane and screen readers see the structure.
 */
@Singleton
class OpbrengstenDocx {

    byte[] render(OpbrengstenNotitie notitie) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(document);
            document.getProperties().getCoreProperties().setTitle(ReportTexts.TITLE + " - " + notitie.round());
            document.getProperties().getCoreProperties().setCreator(notitie.gemeente());

            paragraph(document, ReportTexts.TITLE, "Title");
            paragraph(document, ReportTexts.SUBTITLE, null);
            paragraph(document, notitie.gemeente(), null).getRuns().get(0).setBold(true);
            paragraph(document, "Ronde: " + notitie.round(), null);
            XWPFParagraph date = paragraph(document, "Datum: " + OpbrengstenPdf.DUTCH_DATE.format(notitie.date()), null);
            date.createRun().addBreak(BreakType.PAGE);

            paragraph(document, ReportTexts.PROCESS, "Heading1");
            ReportTexts.STEPS.forEach(step -> paragraph(document, step, null));
            paragraph(document, "Kanalen: " + String.join(", ", ReportTexts.CHANNELS.values().stream().sorted().toList()) + ".", null);

            OpbrengstenNotitie.Participation participation = notitie.participation();
            paragraph(document, ReportTexts.PARTICIPANTS, "Heading1");
            paragraph(document, ReportTexts.participation(participation.inputs(), participation.votes()), null);
            paragraph(document, "Inbreng per kanaal", "Heading2");
            table(document, List.of("Kanaal", "Aantal"), rows(participation.perChannel()));
            paragraph(document, "Inbreng per groep", "Heading2");
            table(document, List.of("Groep", "Aantal"), rows(participation.perGroup()));

            paragraph(document, ReportTexts.CLUSTERS, "Heading1");
            for (OpbrengstenNotitie.VeldSection veld : notitie.velden()) {
                paragraph(document, veld.name(), "Heading2");
                if (veld.clusters().isEmpty()) {
                    paragraph(document, "Over dit veld kwam geen inbreng binnen.", null);
                    continue;
                }
                paragraph(document, veld.inputs() + " inbrengen. De grootste groepen:", null);
                for (OpbrengstenNotitie.ClusterSection cluster : veld.clusters()) {
                    paragraph(document, cluster.label() + " (" + cluster.size() + ")", "Heading3");
                    if (!cluster.summary().isBlank()) {
                        paragraph(document, cluster.summary(), null);
                    }
                    for (String quote : cluster.quotes()) {
                        XWPFParagraph quoted = paragraph(document, "\u201e" + quote + "\u201d", null);
                        quoted.setIndentationLeft(400);
                        quoted.getRuns().get(0).setItalic(true);
                    }
                }
            }

            paragraph(document, ReportTexts.PRIORITISATION, "Heading1");
            paragraph(document, "Thema's met de hoogste score staan bovenaan. Thema's zonder inbreng en zonder stemmen staan er niet in.", null);
            List<List<String>> rows = new ArrayList<>();
            for (DraftPrioritisation.ThemePriority theme : notitie.prioritisation().themes()) {
                if (theme.inputs() > 0 || theme.votes() > 0) {
                    rows.add(ReportTexts.prioritisationRow(theme));
                }
            }
            table(document, ReportTexts.PRIORITISATION_HEADER, rows);
            ReportTexts.weightReasons(notitie.prioritisation()).forEach(reason -> paragraph(document, reason, null));

            XWPFParagraph method = paragraph(document, ReportTexts.METHOD, "Heading1");
            method.setPageBreak(true);
            ReportTexts.methodText(notitie.privacy()).forEach(text -> paragraph(document, text, null));
            paragraph(document, "De formule: " + notitie.prioritisation().formula(), null);

            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        return paragraph;
    }

    private static List<List<String>> rows(Map<String, Integer> counts) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((name, count) -> rows.add(List.of(name, String.valueOf(count))));
        return rows;
    }

    private static void table(XWPFDocument document, List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header, true);
        // Marks the first row as a header row, repeated on each page and announced as such.
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = paragraph.createRun();
            run.setText(cells.get(i));
            run.setBold(bold);
        }
    }

    // A new XWPFDocument has no style definitions, so "Heading1" would render as plain text without them.
    private static void headingStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", null, 56);
        style(styles, "Heading1", "heading 1", 0, 32);
        style(styles, "Heading2", "heading 2", 1, 26);
        style(styles, "Heading3", "heading 3", 2, 22);
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style));
    }
}
