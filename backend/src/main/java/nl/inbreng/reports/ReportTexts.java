package nl.inbreng.reports;

import nl.inbreng.insight.admin.DraftPrioritisation;
import nl.inbreng.submissions.PublicQuotes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fixed texts of the council report in plain (B1) Dutch, shared by the PDF and the DOCX. */
final class ReportTexts {

    static final String TITLE = "Opbrengstennotitie";
    static final String SUBTITLE = "Wat inwoners, ondernemers en professionals ons vertelden over veiligheid";
    static final String PROCESS = "Hoe we het hebben gevraagd";
    static final String PARTICIPANTS = "Wie deden mee";

    /** The first sentence under "Wie deden mee", in the same words in PDF and DOCX; one person is not "1 mensen". */
    static String participation(int inputs, int votes) {
        String given = inputs == 1 ? "In totaal kwam er 1 inbreng binnen. " : "In totaal kwamen er " + inputs + " inbrengen binnen. ";
        String ranked = votes == 1 ? "1 persoon koos een top drie van thema's." : votes + " mensen kozen hun top drie van thema's.";
        return given + ranked;
    }
    static final String CLUSTERS = "Wat we hoorden per veiligheidsveld";
    static final String PRIORITISATION = "Conceptprioritering";
    static final String METHOD = "Bijlage: zo hebben we gewerkt";

    static final List<String> STEPS = List.of(
            "1. We hebben een ronde geopend. Iedereen kon in die periode zeggen wat er speelt en wat zou helpen.",
            "2. Mensen konden meedoen op verschillende manieren: online, bij een marktkraam, op papier en aan een thematafel.",
            "3. Medewerkers hebben de inbreng gelezen, een thema gegeven, scheldwoorden of spam weggehaald en "
                    + "persoonsgegevens weggehaald.",
            "4. De computer heeft de inbreng per veiligheidsveld in groepen gezet. Medewerkers hebben die groepen nagekeken.",
            "5. Uit de inbreng en de stemmen op de belangrijkste thema's is een conceptprioritering gemaakt.");

    static final Map<String, String> CHANNELS = Map.of(
            "ONLINE", "Online (website)",
            "MARKTKRAAM", "Marktkraam",
            "PAPIER", "Papieren formulier",
            "THEMATAFEL", "Thematafel",
            "IMPORT", "Ingelezen (andere bron)");

    static final Map<String, String> GROUPS = Map.of(
            "INWONER", "Inwoners",
            "ONDERNEMER", "Ondernemers",
            "PROFESSIONAL", "Professionals",
            "JONGERE", "Jongeren",
            "ANDERS", "Anders",
            "ONBEKEND", "Onbekend");

    static final List<String> METHOD_TEXT = List.of(
            "Groepen maken. De computer kijkt welke woorden in een inbreng staan. Woorden als 'de' en 'het' tellen niet mee. "
                    + "Woorden die vaak samen voorkomen, maken dat twee inbrengen op elkaar lijken. Inbreng die op elkaar lijkt, "
                    + "komt in dezelfde groep. De thema's van de gemeente helpen om de groepen te beginnen.",
            "Inbreng die nergens goed past, komt in de groep 'overig'. Elke inbreng staat in precies een groep.",
            "De naam van een groep bestaat uit de woorden die het meest bij die groep horen. Een medewerker kan de naam "
                    + "veranderen, groepen samenvoegen of splitsen en inbreng naar een andere groep verplaatsen. Heeft een "
                    + "medewerker de groepen van deze ronde zo nagekeken, dan staan die groepen in deze notitie.",
            "De samenvatting bestaat uit zinnen die mensen zelf hebben geschreven. We kiezen zinnen die goed bij de groep "
                    + "passen en niet op elkaar lijken. De citaten zijn ingekort. Zinnen en citaten komen alleen uit inbreng "
                    + "die we openbaar mogen citeren (zie 'Persoonsgegevens').",
            "De score. Elk thema krijgt een score van 0 tot 100. Die score telt drie dingen op: hoeveel inbreng er over het "
                    + "thema is (telt voor 40 procent), hoeveel stempunten het thema kreeg (40 procent) en hoeveel advies er is "
                    + "van thematafels en professionals (20 procent). Een eerste plaats bij het stemmen is 3 punten waard, een "
                    + "tweede plaats 2 punten en een derde plaats 1 punt. Het thema met de meeste inbreng krijgt het volle deel "
                    + "voor inbreng; de andere thema's naar verhouding. Zo ook voor stempunten en advies.",
            "De prioritering is een concept. De werkgroep bespreekt haar en de gemeenteraad beslist.");

    /**
     * What was done about personal data, with this round's own figures: the appendix must say what happened, not
     * what we hope happened.
     */
    static String privacyText(PublicQuotes.Review review) {
        return "Persoonsgegevens. De computer zoekt in elke inbreng naar stukken tekst die op persoonsgegevens lijken: "
                + "namen, adressen met huisnummer, telefoonnummers, e-mailadressen, kentekens en zinnen die iemand "
                + "beschuldigen. Een medewerker bekijkt elk stuk en haalt het weg of laat het staan. In de " + review.inputs()
                + " inbrengen met een thema zijn " + review.removedPieces() + " stukken weggehaald en "
                + review.keptPieces() + " stukken na controle blijven staan. Bij " + review.withOpenSuspects()
                + " inbrengen is nog niet elk stuk bekeken: die citeren we niet. Inbreng waarin de computer niets vond, "
                + "mogen we citeren; die heeft niet altijd een medewerker gelezen. De computer kan iets missen.";
    }

    /** The method appendix: the fixed paragraphs with the privacy paragraph after the one about quotes. */
    static List<String> methodText(PublicQuotes.Review review) {
        List<String> text = new ArrayList<>(METHOD_TEXT);
        text.add(4, privacyText(review));
        return text;
    }

    static final List<String> PRIORITISATION_HEADER = List.of("Thema", "Score", "Inbreng", "Stempunten", "Advies", "Gewicht");

    private ReportTexts() {
    }

    /** One theme's line in the report's prioritisation table: the same figures the formula uses. */
    static List<String> prioritisationRow(DraftPrioritisation.ThemePriority theme) {
        return List.of(theme.name(), String.valueOf(theme.score()), String.valueOf(theme.inputs()),
                String.valueOf(theme.votePoints()), decimal(theme.advice()), "× " + decimal(theme.weight()));
    }

    /** Why the werkgroep gave a theme a manual weight: the council should read that next to the scores. */
    static List<String> weightReasons(DraftPrioritisation.Prioritisation prioritisation) {
        List<String> reasons = new ArrayList<>();
        for (DraftPrioritisation.ThemePriority theme : prioritisation.themes()) {
            if (theme.manualWeight() != null) {
                reasons.add("Gewicht " + decimal(theme.weight()) + " voor " + theme.name() + ": "
                        + theme.manualWeight().reason());
            }
        }
        return reasons;
    }

    /** Dutch decimal comma, no trailing zeros: 1,5 and 6 rather than 1.50 and 6.0. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
