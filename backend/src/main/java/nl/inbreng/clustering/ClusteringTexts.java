package nl.inbreng.clustering;

import java.util.List;

/**
 * Every sentence the server writes about clusters, in plain (B1) Dutch, in one place: the reason for the number of
 * clusters, the fixed labels and the summary sentences. The admin app shows them as they are.
 */
final class ClusteringTexts {

    static final String OVERIG = "Overig";
    static final String NO_LABEL = "Diverse meldingen";

    private ClusteringTexts() {
    }

    static String nothingToCluster() {
        return "Er is geen tekst om in groepen te verdelen.";
    }

    static String tooFew() {
        return "Er is te weinig inbreng voor meer dan één groep.";
    }

    static String requested(int clusters) {
        return "U koos zelf " + clusters + (clusters == 1 ? " groep." : " groepen.");
    }

    static String themesFit(int clusters, int agreeing, int seeded) {
        return clusters + " groepen: de inbreng past bij de thema's (" + agreeing + " van de " + seeded
                + " groepen die bij een thema begonnen, bleven dicht bij dat thema). U kunt zelf een ander aantal kiezen.";
    }

    static String gap(int clusters, int from, int to) {
        return clusters + " groepen: vanaf dit aantal zijn de groepen duidelijk strakker dan in tekst zonder samenhang"
                + " (gap-statistiek, twee derde van het grootste verschil bij " + from + " tot en met " + to
                + " groepen). Meer groepen splitsen vooral kleine verschillen. U kunt zelf een ander aantal kiezen.";
    }

    static String themesDoNotFit(int agreeing, int seeded) {
        return " De thema's passen niet goed bij deze inbreng (maar " + agreeing + " van de " + seeded
                + " groepen bleven dicht bij hun thema), daarom volgen de groepen alleen de tekst.";
    }

    static String themesNotUsed() {
        return " De inbreng heeft eigen categorieën, daarom zijn de thema's niet gebruikt.";
    }

    /** "423 inzendingen, waarvan 97 bijna gelijk" and the like; the opening of a summary. */
    static String opening(int size, int nearlySame) {
        String count = size + (size == 1 ? " inzending" : " inzendingen");
        if (nearlySame > 1) {
            return count + ", waarvan " + nearlySame + " bijna gelijk";
        }
        return count;
    }

    static String mainPoint(int size, int nearlySame, String phrase, int holding) {
        return opening(size, nearlySame) + ". Het gaat vooral over " + phrase + " (in " + holding + " van de " + size
                + ").";
    }

    static String nearlySame(int count, String quote) {
        return quote == null ? count + " inzendingen zeggen bijna hetzelfde."
                : count + " inzendingen zeggen bijna hetzelfde: “" + quote + "”";
    }

    static String counted(String phrase, int count) {
        return phrase + " (" + count + ")";
    }

    static String alsoMentioned(List<String> parts) {
        return "Ook genoemd: " + join(parts) + ".";
    }

    static String example(String quote) {
        return "Bijvoorbeeld: “" + quote + "”";
    }

    static String overig(int size) {
        return size + (size == 1 ? " inzending die" : " inzendingen die") + " niet goed bij een andere groep "
                + (size == 1 ? "past." : "passen.");
    }

    static String joinLabel(String first, String second) {
        return first + " en " + second;
    }

    /** "a", "a en b", "a, b en c". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " en " + items.get(items.size() - 1);
    }
}
