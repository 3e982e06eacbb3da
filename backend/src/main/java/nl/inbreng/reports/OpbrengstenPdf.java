package nl.inbreng.reports;

import jakarta.inject.Singleton;
import nl.inbreng.insight.admin.DraftPrioritisation;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders the council report as an A4 PDF with a title page; text flows over as many pages as it needs. */
@Singleton
class OpbrengstenPdf {

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    byte[] render(OpbrengstenNotitie notitie) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(ReportTexts.TITLE + " - " + notitie.round());
            info.setAuthor(notitie.gemeente());
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage("nl-NL");
            try (Flow flow = new Flow(document)) {
                titlePage(flow, notitie);
                flow.newPage();
                process(flow);
                participants(flow, notitie.participation());
                clusters(flow, notitie.velden());
                prioritisation(flow, notitie.prioritisation());
                flow.newPage();
                flow.heading(ReportTexts.METHOD, 16);
                ReportTexts.methodText(notitie.privacy()).forEach(flow::paragraph);
                flow.paragraph("De formule: " + notitie.prioritisation().formula());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titlePage(Flow flow, OpbrengstenNotitie notitie) throws IOException {
        flow.skip(180);
        flow.heading(ReportTexts.TITLE, 28);
        flow.paragraph(ReportTexts.SUBTITLE);
        flow.skip(24);
        flow.line(flow.bold, 13, notitie.gemeente());
        flow.line(flow.regular, 12, "Ronde: " + notitie.round());
        flow.line(flow.regular, 12, "Datum: " + DUTCH_DATE.format(notitie.date()));
    }

    private static void process(Flow flow) throws IOException {
        flow.heading(ReportTexts.PROCESS, 16);
        ReportTexts.STEPS.forEach(flow::paragraph);
        flow.paragraph("Kanalen: " + String.join(", ", ReportTexts.CHANNELS.values().stream().sorted().toList()) + ".");
    }

    private static void participants(Flow flow, OpbrengstenNotitie.Participation participation) throws IOException {
        flow.heading(ReportTexts.PARTICIPANTS, 16);
        flow.paragraph(ReportTexts.participation(participation.inputs(), participation.votes()));
        flow.heading("Inbreng per kanaal", 12);
        table(flow, List.of("Kanaal", "Aantal"), rows(participation.perChannel()), new float[] {0.7f, 0.3f});
        flow.heading("Inbreng per groep", 12);
        table(flow, List.of("Groep", "Aantal"), rows(participation.perGroup()), new float[] {0.7f, 0.3f});
    }

    private static List<List<String>> rows(Map<String, Integer> counts) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((name, count) -> rows.add(List.of(name, String.valueOf(count))));
        return rows;
    }

    private static void clusters(Flow flow, List<OpbrengstenNotitie.VeldSection> velden) throws IOException {
        flow.heading(ReportTexts.CLUSTERS, 16);
        for (OpbrengstenNotitie.VeldSection veld : velden) {
            flow.heading(veld.name(), 13);
            if (veld.clusters().isEmpty()) {
                flow.paragraph("Over dit veld kwam geen inbreng binnen.");
                continue;
            }
            flow.paragraph(veld.inputs() + " inbrengen. De grootste groepen:");
            for (OpbrengstenNotitie.ClusterSection cluster : veld.clusters()) {
                flow.line(flow.bold, 11, cluster.label() + " (" + cluster.size() + ")");
                if (!cluster.summary().isBlank()) {
                    flow.paragraph(cluster.summary());
                }
                for (String quote : cluster.quotes()) {
                    flow.wrapped(flow.italic, 10, "\u201e" + quote + "\u201d", 16);
                }
                flow.skip(4);
            }
        }
    }

    private static void prioritisation(Flow flow, DraftPrioritisation.Prioritisation draft) throws IOException {
        flow.heading(ReportTexts.PRIORITISATION, 16);
        flow.paragraph("Thema's met de hoogste score staan bovenaan. Thema's zonder inbreng en zonder stemmen staan er niet in.");
        List<List<String>> rows = new ArrayList<>();
        for (DraftPrioritisation.ThemePriority theme : draft.themes()) {
            if (theme.inputs() == 0 && theme.votes() == 0) {
                continue;
            }
            rows.add(ReportTexts.prioritisationRow(theme));
        }
        table(flow, ReportTexts.PRIORITISATION_HEADER, rows, new float[] {0.40f, 0.12f, 0.12f, 0.12f, 0.12f, 0.12f});
        for (String reason : ReportTexts.weightReasons(draft)) {
            flow.paragraph(reason);
        }
    }

    private static void table(Flow flow, List<String> header, List<List<String>> rows, float[] widths) throws IOException {
        flow.row(flow.bold, header, widths);
        for (List<String> row : rows) {
            flow.row(flow.regular, row, widths);
        }
        flow.skip(6);
    }

    /** Writes lines top-down and starts a new page when the current one is full. */
    private static final class Flow implements AutoCloseable {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Flow(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = HEIGHT - MARGIN;
        }

        void skip(float points) {
            y -= points;
        }

        void heading(String text, float size) throws IOException {
            if (y - size * 4 < MARGIN) {
                newPage();
            }
            skip(size * 0.6f);
            wrapped(bold, size, text, 0);
            skip(2);
        }

        void paragraph(String text) {
            try {
                wrapped(regular, 10.5f, text, 0);
                skip(4);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            wrapped(font, size, text, 0);
        }

        void wrapped(PDType1Font font, float size, String text, float indent) throws IOException {
            for (String line : wrap(font, size, printable(text), WIDTH - 2 * MARGIN - indent)) {
                show(font, size, MARGIN + indent, line);
            }
        }

        void row(PDType1Font font, List<String> cells, float[] widths) throws IOException {
            float size = 10;
            float usable = WIDTH - 2 * MARGIN;
            List<List<String>> wrappedCells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = wrap(font, size, printable(cells.get(i)), usable * widths[i] - 6);
                wrappedCells.add(lines);
                height = Math.max(height, lines.size());
            }
            if (y - height * size * 1.35f < MARGIN) {
                newPage();
            }
            float top = y;
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                y = top;
                for (String line : wrappedCells.get(i)) {
                    show(font, size, x, line);
                }
                x += usable * widths[i];
            }
            y = top - height * size * 1.35f - 3;
            content.moveTo(MARGIN, y + 2);
            content.lineTo(WIDTH - MARGIN, y + 2);
            content.setLineWidth(0.3f);
            content.stroke();
        }

        private void show(PDType1Font font, float size, float x, String line) throws IOException {
            if (y - size * 1.35f < MARGIN) {
                newPage();
            }
            y -= size * 1.35f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        }

        private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        // The standard fonts only know WinAnsi: anything else (emoji, other scripts) becomes a space or a look-alike.
        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
                if (c == '\u2013' || c == '\u2014') {
                    out.append('-');
                } else if (c == '\u2018' || c == '\u2019') {
                    out.append('\'');
                } else if (c == '\u201e' || c == '\u201d' || c == '\u201c' || c == '\u2026' || c == '\u20ac') {
                    out.append(c);
                } else if (c < 0x20 || (c > 0x7e && c < 0xa0) || c > 0xff) {
                    out.append(' ');
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
