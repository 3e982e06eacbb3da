package nl.inbreng.kiosk.admin;

import jakarta.inject.Singleton;
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
import java.util.List;
import java.util.Locale;

/**
 * The stall's questions on one A4 page for people who prefer paper: themes as check boxes, then what is wrong,
 * what would help and where. Staff type the filled-in forms in through the paper entry screen.
 */
@Singleton
class PaperForm {

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final ThemeCatalogue catalogue;

    PaperForm(ThemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    byte[] render(Kraammoment moment) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Uw inbreng voor een veilige gemeente - " + moment.name());
            document.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = HEIGHT - MARGIN;
                y = text(content, bold, 17, MARGIN, y, "Wat vindt u belangrijk voor de veiligheid in uw buurt?");
                y = text(content, regular, 10, MARGIN, y - 4, moment.name() + " - " + moment.place() + " - " + DUTCH_DATE.format(moment.heldOn()));
                y = text(content, regular, 10, MARGIN, y - 2,
                        "Vul dit formulier in en geef het aan een medewerker. U hoeft uw naam niet in te vullen.");

                y = text(content, bold, 12, MARGIN, y - 12, "1. Waar gaat het over? Kruis aan wat past (mag meer dan een).");
                y = themeBoxes(content, regular, bold, y - 4);

                y = text(content, bold, 12, MARGIN, y - 10, "2. Wat is er mis? Wat ziet of merkt u?");
                y = writingLines(content, y - 4, 5);
                y = text(content, bold, 12, MARGIN, y - 10, "3. Wat zou helpen?");
                y = writingLines(content, y - 4, 4);
                y = text(content, bold, 12, MARGIN, y - 10, "4. Waar is het? Noem de wijk, kern of straat.");
                y = writingLines(content, y - 4, 1);
                text(content, regular, 8, MARGIN, Math.min(y - 10, MARGIN + 12),
                        "Is er nu gevaar? Bel 112. Geen spoed: bel de politie op 0900-8844. Dit formulier is niet voor meldingen.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float themeBoxes(PDPageContentStream content, PDType1Font regular, PDType1Font bold, float top) throws IOException {
        float columnWidth = (WIDTH - 2 * MARGIN) / 2;
        List<String[]> rows = new ArrayList<>();
        for (ThemeCatalogue.VeldView veld : catalogue.publicCatalogue(false)) {
            rows.add(new String[] {"veld", veld.name()});
            for (ThemeCatalogue.ThemeView theme : veld.themes()) {
                rows.add(new String[] {"thema", theme.name()});
            }
        }
        int half = (rows.size() + 1) / 2;
        float lowest = top;
        for (int column = 0; column < 2; column++) {
            float y = top;
            float x = MARGIN + column * columnWidth;
            for (String[] row : rows.subList(column == 0 ? 0 : half, column == 0 ? half : rows.size())) {
                if (row[0].equals("veld")) {
                    y = text(content, bold, 9, x, y - 3, fit(bold, 9, row[1], columnWidth - 8));
                } else {
                    y -= 12;
                    content.addRect(x + 2, y + 1, 8, 8);
                    content.stroke();
                    text(content, regular, 9, x + 15, y + 11, fit(regular, 9, row[1], columnWidth - 24));
                }
            }
            lowest = Math.min(lowest, y);
        }
        return lowest - 4;
    }

    private static float writingLines(PDPageContentStream content, float top, int count) throws IOException {
        float y = top;
        for (int i = 0; i < count; i++) {
            y -= 20;
            content.moveTo(MARGIN, y);
            content.lineTo(WIDTH - MARGIN, y);
            content.stroke();
        }
        return y;
    }

    /** Writes one line with its top at y and answers the y below it. */
    private static float text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String line) throws IOException {
        float baseline = y - size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(line));
        content.endText();
        return baseline - size * 0.35f;
    }

    private static String fit(PDType1Font font, float size, String line, float width) throws IOException {
        String shown = printable(line);
        while (shown.length() > 4 && font.getStringWidth(shown) / 1000 * size > width) {
            shown = shown.substring(0, shown.length() - 2).strip() + "…";
            shown = shown.replace("……", "…");
        }
        return shown;
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
