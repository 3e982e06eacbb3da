package nl.inbreng.common;

import java.util.Map;

/** Plain Dutch titles for the HTTP statuses the API answers with. */
public final class DutchProblemTitles {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Het verzoek is niet goed"),
            Map.entry(401, "U bent niet ingelogd"),
            Map.entry(403, "U heeft hier geen toegang toe"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Deze handeling kan hier niet"),
            Map.entry(406, "Dit formaat kunnen wij niet leveren"),
            Map.entry(409, "Dit botst met iets dat al is opgeslagen"),
            Map.entry(411, "De lengte van het bericht ontbreekt"),
            Map.entry(413, "Wat u stuurt is te groot"),
            Map.entry(415, "Dit formaat wordt niet ondersteund"),
            Map.entry(422, "Dit kunnen wij niet verwerken"),
            Map.entry(429, "Te veel verzoeken achter elkaar"),
            Map.entry(503, "De dienst is even niet beschikbaar"));

    private DutchProblemTitles() {
    }

    public static String forStatus(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Er ging bij ons iets mis" : "Het verzoek is niet goed");
    }
}
