package nl.inbreng.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Examples from the demo corpus (backend/src/main/resources/demo/corpus). */
class SuspectDetectorTest {

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

    @Test
    void findsAddressesWithoutAStreetSuffixAfterAPreposition() {
        assertTrue(found("volgens haar 'Kees Pietersma van de Brink 21'.").contains("ADRES:Brink 21"));
        assertEquals(List.of(), found("In De Vaart rijden ze 30 km per uur te hard."));
    }

    @Test
    void findsNamesInBracketsAndAfterTitlesWithAFullStop() {
        assertTrue(found("De zoon van de familie Bakker op Molenweg 14 (Tim Bakker, 16) steelt brommers.")
                .contains("NAAM:Tim Bakker"));
        assertTrue(found("Ik voel me een gevangene. Mw. A. de Groot, Marktplein 3.").contains("NAAM:A. de Groot"));
    }

    @Test
    void marksASentenceThatAccusesAPersonPointedAtByRole() {
        String text = "de wethouder die over de bouwvergunningen gaat is getrouwd met de eigenaar van het grootste "
                + "aannemersbedrijf in Eesveen. dat voelt niet goed";
        assertEquals(List.of("BESCHULDIGING:de wethouder die over de bouwvergunningen gaat is getrouwd met de eigenaar "
                + "van het grootste aannemersbedrijf in Eesveen."), found(text));
        assertEquals(List.of(), found("Meneer vindt dat wethouders geen cadeaus mogen aannemen, ook niet met kerst."));
    }

    @Test
    void anAccusingSentenceHoldsTheNameItAccuses() {
        List<String> pieces = found("Ambtenaar J. de Boer-Hoekstra heeft mijn aanvraag expres laten liggen. Bel mij.");

        assertEquals(List.of("BESCHULDIGING:Ambtenaar J. de Boer-Hoekstra heeft mijn aanvraag expres laten liggen.",
                "NAAM:J. de Boer-Hoekstra"), pieces);
    }

    /** Every piece of fake personal data planted in the demo corpus is suggested wherever it occurs. */
    @Test
    void suggestsEveryPlantedPieceOfTheDemoCorpus() {
        List<String> planted = List.of("Kastanjehof 23", "Hovenlaan 88", "Koestraat 27", "Piet van Dalen", "TX-456-K",
                "J. de Boer-Hoekstra", "06-12345678", "ria.jansen@example.nl", "Sanne Verhoef", "sanne.verhoef@example.nl",
                "Veenweg 14", "XK-123-B", "Akkerstraat 5", "Kees Pietersma", "Brink 21", "Kees Voorbeeld", "Sander Fictief",
                "Dijkweg 12", "Piet Hendriks", "A. de Groot", "Marktplein 3", "Tim Bakker", "Molenweg 14", "Gerrit Smit",
                "Broekdijk 4", "Industrieweg 8", "is getrouwd met de eigenaar");
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> missed = new java.util.ArrayList<>();
        for (nl.inbreng.demo.CorpusEntry entry : nl.inbreng.demo.DemoCorpus.load(io.micronaut.serde.ObjectMapper.getDefault())) {
            for (String text : java.util.Arrays.asList(entry.problem(), entry.solution())) {
                if (text == null) {
                    continue;
                }
                List<SuspectDetector.Span> spans = SuspectDetector.detect(text);
                for (String piece : planted) {
                    for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
                        int from = at;
                        seen.add(piece);
                        if (spans.stream().noneMatch(s -> s.start() <= from && s.end() >= from + piece.length())) {
                            missed.add(piece + " in: " + text);
                        }
                    }
                }
            }
        }
        assertEquals(java.util.Set.copyOf(planted), seen, "every planted piece is in the corpus");
        assertEquals(List.of(), missed);
    }

    private static List<String> found(String text) {
        return SuspectDetector.detect(text).stream().map(s -> s.kind() + ":" + s.text()).toList();
    }
}
