package nl.inbreng.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-data builder for submission bodies, as a resident's form would send them. */
final class SubmissionRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private SubmissionRequests() {
        body.put("themeCodes", new ArrayList<>(List.of("3.1")));
        body.put("problem", "Elke avond hangen jongeren bij het winkelcentrum en er ligt veel afval.");
        body.put("solution", "Meer toezicht van een boa en een plek voor de jeugd.");
        body.put("respondentType", "INWONER");
    }

    static SubmissionRequests aSubmission() {
        return new SubmissionRequests();
    }

    SubmissionRequests withThemes(String... codes) {
        body.put("themeCodes", List.of(codes));
        return this;
    }

    SubmissionRequests unsureOfTheme() {
        body.put("themeCodes", List.of());
        body.put("themeUnsure", true);
        return this;
    }

    SubmissionRequests withProblem(Object problem) {
        body.put("problem", problem);
        return this;
    }

    SubmissionRequests withSolution(Object solution) {
        body.put("solution", solution);
        return this;
    }

    SubmissionRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    SubmissionRequests without(String field) {
        body.remove(field);
        return this;
    }

    SubmissionRequests withContact(String name, String email, boolean consent) {
        body.put("contact", Map.of("name", name, "email", email));
        body.put("consent", consent);
        return this;
    }

    SubmissionRequests byRobot() {
        body.put("website", "http://spam.example");
        return this;
    }

    Map<String, Object> build() {
        return body;
    }
}
