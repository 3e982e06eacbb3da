package nl.inbreng.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The VNG themes as the V2 migration puts them in the database: code, name, description and example words. */
public final class VngTaxonomy {

    /** One theme row of the migration. */
    public record Theme(String code, String name, String description, String exampleWords) {
    }

    private VngTaxonomy() {
    }

    public static List<Theme> themes() {
        String sql;
        try (InputStream in = VngTaxonomy.class.getClassLoader().getResourceAsStream("db/migration/V2__vng_taxonomy.sql")) {
            if (in == null) {
                throw new IllegalStateException("Missing V2 taxonomy migration");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Theme> themes = new ArrayList<>();
        for (String line : sql.split("\n")) {
            if (line.startsWith("INSERT INTO thema ")) {
                // code, veld_code, name, name_en, description, description_en, example_words
                List<String> v = literals(line.substring(line.indexOf("VALUES")));
                themes.add(new Theme(v.get(0), v.get(2), v.get(4), v.get(6)));
            }
        }
        return themes;
    }

    private static List<String> literals(String values) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < values.length()) {
            if (values.charAt(i) == '\'') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (i < values.length()) {
                    if (values.charAt(i) == '\'' && i + 1 < values.length() && values.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i += 2;
                    } else if (values.charAt(i) == '\'') {
                        break;
                    } else {
                        literal.append(values.charAt(i++));
                    }
                }
                literals.add(literal.toString());
            }
            i++;
        }
        return literals;
    }
}
