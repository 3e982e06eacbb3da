package nl.inbreng.submissions.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Examples from the demo corpus (backend/src/main/resources/demo/corpus). */
class RedactionDetectorTest {

    @Test
    void findsMobileNumbersAndTheNameBeforeThem() {
        String text = "Het bedrijf is van ene Piet Hendriks, zijn nummer 06-12345678 staat op de bus.";

        assertEquals(List.of("NAAM:Piet Hendriks", "TELEFOON:06-12345678"), found(text));
    }

    @Test
    void findsLandlineAndInternationalNumbersAndEmail() {
        assertEquals(List.of("TELEFOON:010 123 4567", "TELEFOON:+31 6 1234 5678", "EMAIL:jan.smit@voorbeeld.nl"),
                found("Bel 010 123 4567 of +31 6 1234 5678, of mail jan.smit@voorbeeld.nl."));
    }

    @Test
    void findsNumberPlatesInSeveralSidecodes() {
        assertEquals(List.of("KENTEKEN:XK-123-B"), found("Ik heb een auto met kenteken XK-123-B die hier bijna dagelijks staat."));
        assertEquals(List.of("KENTEKEN:12-ABC-3", "KENTEKEN:GH-45-JK"), found("Een bus 12-ABC-3 en een busje GH-45-JK."));
    }

    @Test
    void findsStreetAddressesButNotAStreetAlone() {
        assertEquals(List.of("ADRES:Kastanjehof 23"), found("Mijn buurvrouw (Kastanjehof 23) verzamelt al jaren spullen."));
        assertEquals(List.of("ADRES:Veenweg 14"), found("In de garage van Veenweg 14 staat al weken een busje."));
        assertEquals(List.of(), found("Er staat een uitgebrande auto achter de Spoorlaan."));
    }

    @Test
    void findsNamesWithInitialsAndTussenvoegsels() {
        assertTrue(found("Ambtenaar J. de Boer-Hoekstra van bouwzaken heeft mijn aanvraag laten liggen.")
                .contains("NAAM:J. de Boer-Hoekstra"));
        assertEquals(List.of("NAAM:Van Dijk"), found("Meneer Van Dijk van nummer drie zegt er niets van."));
        assertEquals(List.of("NAAM:Jansen"), found("Ik heb het aan buurman Jansen gevraagd."));
    }

    @Test
    void leavesOrdinaryCapitalisedWordsAlone() {
        assertEquals(List.of(), found("Bij de Albert Heijn hangen 's avonds jongeren rond. Het Centrum is dan onrustig."));
        assertEquals(List.of(), found("Ik heb 112 gebeld maar kreeg te horen dat het geen spoed was."));
    }

    private static List<String> found(String text) {
        return RedactionDetector.detect(text).stream().map(s -> s.kind() + ":" + s.text()).toList();
    }
}
