package nl.inbreng.identity;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;

/**
 * Puts the gemeente's identity into each app's index.html before it leaves the server: the page title, the chosen
 * token set's style sheet and the identity itself as a JSON data block. The apps then show the gemeente's name, logo
 * and colours on the very first paint, without a second request or a flash of the neutral look.
 */
@Singleton
public class IdentityInPage {

    static final String MARKER = "<!--inbreng:identity-->";

    private final ShowIdentity identity;
    private final JsonMapper json;

    IdentityInPage(ShowIdentity identity, JsonMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /** The page with the identity in it; the werkgroep's app says so in its title. */
    public String fill(String html, boolean werkgroep) {
        IdentityView view = identity.show();
        String title = (werkgroep ? "Inbreng werkgroep – " : view.planTitle() == null ? "" : view.planTitle() + " – ")
                + view.name();
        StringBuilder head = new StringBuilder();
        if (view.tokenSet() == GemeenteIdentity.TokenSet.UTRECHT) {
            head.append("<link rel=\"stylesheet\" href=\"/themes/utrecht.css\">");
        }
        head.append("<script id=\"inbreng-identity\" type=\"application/json\">").append(dataBlock(view)).append("</script>");
        return html.replaceFirst("<title>[^<]*</title>", Matcher.quoteReplacement("<title>" + escape(title) + "</title>"))
                .replace(MARKER, head);
    }

    private String dataBlock(IdentityView view) {
        try {
            // "<" never appears raw, so no text in the identity can close the script element
            return json.writeValueAsString(view).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
