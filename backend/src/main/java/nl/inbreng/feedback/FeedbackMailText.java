package nl.inbreng.feedback;

import nl.inbreng.common.mail.OutgoingMail;

/**
 * The mail itself, in plain B1 Dutch, as text and as simple HTML with the same words: no images, no tracking pixels,
 * no links that identify the reader. The receipt code is stored only as a hash, so the mail cannot hold it: it sends
 * the resident to "Mijn inbreng", where they type the code they kept.
 */
final class FeedbackMailText {

    private final String publicUrl;

    FeedbackMailText(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    OutgoingMail mail(String to, String roundTitle) {
        String summary = publicUrl + "/wat-doen-we-ermee";
        String mine = publicUrl + "/mijn-inbreng";
        String subject = "Wat we met uw inbreng doen: " + roundTitle;
        String text = "Beste inwoner,\n\n"
                + "U gaf ons uw inbreng over veiligheid in de ronde \"" + roundTitle + "\". U vroeg ons om te laten weten "
                + "wat we ermee doen. Dat staat nu op onze website:\n" + summary + "\n\n"
                + "Uw eigen inbreng kunt u teruglezen op\n" + mine + "\n"
                + "Vul daar de code in die u kreeg toen u uw inbreng gaf. Wij bewaren die code niet leesbaar. Daarom staat "
                + "hij niet in deze mail.\n\n"
                + "Zoals beloofd wissen wij nu uw contactgegevens. U krijgt over deze ronde geen mail meer van ons.\n\n"
                + "Met vriendelijke groet,\nDe werkgroep veiligheid van de gemeente\n";
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body>"
                + "<p>Beste inwoner,</p>"
                + "<p>U gaf ons uw inbreng over veiligheid in de ronde \u201e" + escape(roundTitle) + "\u201d. U vroeg ons om "
                + "te laten weten wat we ermee doen. Dat staat nu op onze website: <a href=\"" + escape(summary) + "\">"
                + escape(summary) + "</a></p>"
                + "<p>Uw eigen inbreng kunt u teruglezen op <a href=\"" + escape(mine) + "\">" + escape(mine) + "</a>. "
                + "Vul daar de code in die u kreeg toen u uw inbreng gaf. Wij bewaren die code niet leesbaar. Daarom staat "
                + "hij niet in deze mail.</p>"
                + "<p>Zoals beloofd wissen wij nu uw contactgegevens. U krijgt over deze ronde geen mail meer van ons.</p>"
                + "<p>Met vriendelijke groet,<br>De werkgroep veiligheid van de gemeente</p>"
                + "</body></html>";
        return new OutgoingMail(to, subject, text, null, html);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
