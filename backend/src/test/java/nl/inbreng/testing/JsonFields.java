package nl.inbreng.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One field read from an answer's JSON text, for the tests that talk to a running jar over plain HTTP and keep no
 * JSON mapper: the probe, the fault run and the two replicas.
 */
public final class JsonFields {

    public static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    public static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    public static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    public static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"([^\"]+)\"");

    private JsonFields() {
    }

    /** The first group of the pattern's first match; fails the test when the text has none. */
    public static String value(Pattern field, String json) {
        Matcher matcher = field.matcher(json);
        assertTrue(matcher.find(), field + " in " + json);
        return matcher.group(1);
    }
}
