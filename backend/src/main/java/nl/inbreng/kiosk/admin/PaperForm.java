package nl.inbreng.kiosk.admin;

import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.kiosk.Kraammoment;
import nl.inbreng.themes.ThemeCatalogue;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.StreamSupport;

/**
 * The stall's questions on one A4 page for people who prefer paper, in the order and words of the kiosk and the
 * paper entry screen: themes as check boxes with their code and full name (long names wrap, never cut), "Weet ik
 * niet", what is wrong, what would help, the area as check boxes, "Wie bent u?" and a short privacy line. Staff
 * type the filled-in forms in through the paper entry screen, which shows the same codes.
 */
@Singleton
class PaperForm {

    /** The "Wie bent u?" answers in the order of the respondent types INWONER, ONDERNEMER, PROFESSIONAL, JONGERE, ANDERS. */
    static final List<String> WHO = List.of("Ik woon hier", "Ik heb hier een bedrijf of winkel",
            "Ik werk in de veiligheid, de zorg of het onderwijs", "Ik ben een jongere", "Iets anders");
    static final String PRIVACY = "Privacy: u hoeft uw naam niet te geven. Schrijf geen namen of adressen van anderen op. "
            + "De gemeente gebruikt uw antwoorden alleen voor het veiligheidsplan; meer op de website onder Privacy.";
    static final String EMERGENCY = "Is er nu gevaar? Bel 112. Geen spoed: bel de politie op 0900-8844. Dit formulier is niet voor meldingen.";

    private static final float MARGIN = 42;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float BOX = 7.5f;
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final ThemeCatalogue catalogue;
    private final AreaRepository areas;

    PaperForm(ThemeCatalogue catalogue, AreaRepository areas) {
        this.catalogue = catalogue;
        this.areas = areas;
    }

    byte[] render(Kraammoment moment) {
        List<String> areaNames = StreamSupport.stream(areas.findAll().spliterator(), false)
                .filter(area -> moment.gemeenteId() == null || Objects.equals(area.gemeenteId(), moment.gemeenteId()))
                .sorted(Comparator.comparingInt(Area::position).thenComparing(Area::name))
                .map(Area::name).toList();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Uw inbreng voor een veilige gemeente - " + moment.name());
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            // Start at a comfortable size and step down until everything fits one page (a gemeente may add themes).
            for (float size = 9f; ; size -= 0.5f) {
                Sheet dry = new Sheet(null, size);
                draw(dry, moment, areaNames);
                if (dry.y >= MARGIN || size <= 6f) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        draw(new Sheet(content, size), moment, areaNames);
                    }
                    break;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Sheet sheet, Kraammoment moment, List<String> areaNames) throws IOException {
        float size = sheet.size;
        sheet.line(sheet.bold, size + 8, MARGIN, "Wat vindt u belangrijk voor de veiligheid in uw buurt?");
        sheet.line(sheet.regular, size, MARGIN, moment.name() + " - " + moment.place() + " - " + DUTCH_DATE.format(moment.heldOn()));
        sheet.line(sheet.regular, size, MARGIN, "Vul dit formulier in en geef het aan een medewerker. U hoeft uw naam niet in te vullen.");

        sheet.gap(size);
        sheet.line(sheet.bold, size + 2, MARGIN, "1. Waar gaat het over? Kruis aan wat past (mag meer dan een).");
        List<Entry> themes = new ArrayList<>();
        for (ThemeCatalogue.VeldView veld : catalogue.publicCatalogue(false)) {
            themes.add(new Entry(true, veld.code() + " " + veld.name()));
            for (ThemeCatalogue.ThemeView theme : veld.themes()) {
                themes.add(new Entry(false, theme.code() + " " + theme.name()));
            }
        }
        sheet.columns(themes, 2);
        sheet.gap(size * 0.5f);
        sheet.boxes(List.of("Weet ik niet"), 1);

        sheet.gap(size);
        sheet.line(sheet.bold, size + 2, MARGIN, "2. Wat is er mis? Wat ziet of merkt u?");
        sheet.writingLines(4);
        sheet.gap(size * 0.6f);
        sheet.line(sheet.bold, size + 2, MARGIN, "3. Wat zou helpen?");
        sheet.writingLines(3);

        sheet.gap(size);
        sheet.line(sheet.bold, size + 2, MARGIN, "4. Waar is het? Kruis een wijk of kern aan, of schrijf de plek op.");
        List<String> places = new ArrayList<>(areaNames);
        places.add("Weet ik niet of overal");
        sheet.boxes(places, 4);
        sheet.line(sheet.regular, size, MARGIN, "Straat of plek (als u wilt):");
        sheet.writingLines(1);

        sheet.gap(size);
        sheet.line(sheet.bold, size + 2, MARGIN, "5. Wie bent u? Kruis aan wat het best past.");
        sheet.boxes(WHO, 3);

        sheet.gap(size);
        sheet.wrapped(sheet.regular, size - 0.5f, MARGIN, WIDTH - 2 * MARGIN, PRIVACY);
        sheet.wrapped(sheet.regular, size - 0.5f, MARGIN, WIDTH - 2 * MARGIN, EMERGENCY);
    }

    private record Entry(boolean heading, String text) {
    }

    /** A cursor down the page; without a content stream it only measures (to choose a size that fits). */
    private static final class Sheet {
        final PDPageContentStream content;
        final float size;
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float y = HEIGHT - MARGIN;

        Sheet(PDPageContentStream content, float size) {
            this.content = content;
            this.size = size;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDType1Font font, float fontSize, float x, String text) throws IOException {
            y = write(font, fontSize, x, y, printable(text));
        }

        void wrapped(PDType1Font font, float fontSize, float x, float width, String text) throws IOException {
            for (String part : wrap(font, fontSize, printable(text), width, "")) {
                y = write(font, fontSize, x, y, part);
            }
        }

        /** Entries in columns filled top to bottom; long names wrap under their own text, never cut. */
        void columns(List<Entry> entries, int count) throws IOException {
            float columnWidth = (WIDTH - 2 * MARGIN) / count;
            List<List<String>> wrappedEntries = new ArrayList<>();
            int totalLines = 0;
            for (Entry entry : entries) {
                List<String> lines = wrap(entry.heading() ? bold : regular, size, printable(entry.text()), columnWidth - 24, "   ");
                wrappedEntries.add(lines);
                totalLines += lines.size();
            }
            // Split so the columns get about the same number of lines; a column only ends before a veld heading, so
            // a veld's themes stay together under it.
            int target = (totalLines + count - 1) / count;
            float top = y;
            float lowest = y;
            int index = 0;
            for (int column = 0; column < count && index < entries.size(); column++) {
                float x = MARGIN + column * columnWidth;
                float cy = top;
                int used = 0;
                while (index < entries.size()) {
                    List<String> lines = wrappedEntries.get(index);
                    boolean lastColumn = column == count - 1;
                    Entry entry = entries.get(index);
                    if (!lastColumn && entry.heading() && used > 0 && used + groupLines(entries, wrappedEntries, index) / 2 > target) {
                        break;
                    }
                    cy = entry(entry.heading(), x, cy, lines);
                    used += lines.size();
                    index++;
                }
                lowest = Math.min(lowest, cy);
            }
            y = lowest;
        }

        /** Lines of the veld group that starts at this heading. */
        private static int groupLines(List<Entry> entries, List<List<String>> wrapped, int heading) {
            int lines = wrapped.get(heading).size();
            for (int i = heading + 1; i < entries.size() && !entries.get(i).heading(); i++) {
                lines += wrapped.get(i).size();
            }
            return lines;
        }

        void boxes(List<String> labels, int count) throws IOException {
            List<Entry> entries = labels.stream().map(label -> new Entry(false, label)).toList();
            float columnWidth = (WIDTH - 2 * MARGIN) / count;
            for (int start = 0; start < entries.size(); start += count) {
                float rowTop = y;
                float lowest = y;
                for (int column = 0; column < count && start + column < entries.size(); column++) {
                    List<String> lines = wrap(regular, size, printable(entries.get(start + column).text()), columnWidth - 24, "   ");
                    lowest = Math.min(lowest, entry(false, MARGIN + column * columnWidth, rowTop, lines));
                }
                y = lowest;
            }
        }

        private float entry(boolean heading, float x, float top, List<String> lines) throws IOException {
            float cy = top;
            if (heading) {
                cy -= size * 0.4f;
                for (String line : lines) {
                    cy = write(bold, size, x, cy, line);
                }
                return cy;
            }
            cy -= size * 0.3f;
            if (content != null) {
                content.addRect(x + 1, cy - size + 0.5f, BOX, BOX);
                content.stroke();
            }
            for (String line : lines) {
                cy = write(regular, size, x + 13, cy, line);
            }
            return cy;
        }

        void writingLines(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                y -= size * 2.1f;
                if (content != null) {
                    content.moveTo(MARGIN, y);
                    content.lineTo(WIDTH - MARGIN, y);
                    content.stroke();
                }
            }
        }

        /** Writes one line with its top at the given height and answers the height below it. */
        private float write(PDType1Font font, float fontSize, float x, float top, String text) throws IOException {
            float baseline = top - fontSize;
            if (content != null) {
                content.beginText();
                content.setFont(font, fontSize);
                content.newLineAtOffset(x, baseline);
                content.showText(text);
                content.endText();
            }
            return baseline - fontSize * 0.3f;
        }
    }

    /** Splits text into lines that fit the width; continuation lines start with the indent (under a box's label). */
    static List<String> wrap(PDType1Font font, float size, String text, float width, String indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent + word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    // The standard fonts know WinAnsi only; anything outside it (emoji, rare dashes) becomes a plain look-alike.
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\u2013' || c == '\u2014') {
                out.append('-');
            } else if (c == '\u2018' || c == '\u2019') {
                out.append('\'');
            } else if (c < 0x20 || (c > 0x7e && c < 0xa0) || c > 0xff && c != '\u2026' && c != '\u20ac') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
