package nl.inbreng;


import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The boundaries between features (docs/adr/0156-feature-boundaries.md): a feature is a top-level package under
 * nl.inbreng with its sub-packages (submissions with submissions.admin, …). Features may depend on each other only
 * one way, so that a change in one never needs a change in a feature it serves.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.inbreng");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("nl.inbreng");

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("nl.inbreng.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    /**
     * The input tables (submission, submission_theme, contact_details) belong to submissions. These classes of other
     * features still read them in SQL, each for a reason given in ADR 0156; the list may only shrink. A new class
     * that needs inputs asks submissions' public read models and use cases instead.
     */
    private static final Set<String> READ_INPUT_TABLES_IN_SQL = Set.of(
            "accounts/Owner.java",
            "feedback/ConsentingContacts.java",
            "insight/admin/DashboardFigures.java",
            "insight/admin/DraftPrioritisation.java",
            "insight/admin/FilteredInputs.java",
            "insight/admin/StoredClusterings.java",
            "reports/ReportFigures.java",
            "search/SubmissionSource.java",
            "themes/suggestions/ThemeSuggestions.java");
    private static final Pattern INPUT_TABLE_IN_SQL =
            Pattern.compile("\\b(FROM|JOIN|UPDATE|INTO)\\s+(submission|submission_theme|contact_details)\\b");

    @Test
    void onlyTheKnownClassesOutsideSubmissionsReadItsTablesInSql() throws IOException {
        Path sources = Path.of("src/main/java/nl/inbreng");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("submissions/") && INPUT_TABLE_IN_SQL.matcher(Files.readString(file)).find()) {
                    found.add(relative);
                }
            }
        }
        assertEquals(new TreeSet<>(READ_INPUT_TABLES_IN_SQL), found,
                "SQL on submissions' tables outside submissions: use its read models, or update ADR 0156 and this list");
    }

    @Test
    void testsOnTheRealDatabaseShareTheirApplicationInsteadOfStartingTheirOwn() {
        // @MicronautTest would start a second application beside the shared one (docs/adr/0155-test-tiers.md)
        classes().that().areAssignableTo(RealDatabaseTest.class)
                .should().notBeAnnotatedWith(MicronautTest.class)
                .check(TESTS);
    }

    @Test
    void browserJourneysRunInTheVerifyTierNotInMvnTest() {
        // Surefire (`mvn test`) runs *Test classes; Failsafe (`mvn verify`) runs *IT classes (docs/adr/0155-test-tiers.md).
        classes().that().areAssignableTo(BrowserTest.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().haveSimpleNameNotEndingWith("Test")
                .because("a browser journey in `mvn test` would start Chromium in the fast tier")
                .check(TESTS);
    }
}
