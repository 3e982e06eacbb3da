package nl.inbreng.kiosk.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.testing.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PaperFormApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AdminUserRepository users;

    @Inject
    AdminUserRoleRepository roles;

    @Inject
    PasswordHasher hasher;

    AdminLogin.Session beheerder;
    AdminLogin.Session staff;

    @BeforeAll
    void logIn() {
        AdminLogin login = new AdminLogin(client, users, roles, hasher);
        beheerder = login.as(Role.BEHEERDER);
        staff = login.as(Role.KRAAM);
    }

    private long stallDay(String name) {
        Map<?, ?> created = client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/kraammomenten",
                Map.of("name", name, "place", "Raadhuis", "date", "2026-10-12"))), Map.class);
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void printsTheStallQuestionsOnOneA4PageWithThemesAsCheckBoxes() throws Exception {
        long id = stallDay("Weekmarkt woensdag 12 oktober");

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                staff.authorize(HttpRequest.GET("/api/admin/kraammomenten/" + id + "/paper-form.pdf")), byte[].class);

        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Weekmarkt woensdag 12 oktober"), text);
            assertTrue(text.contains("Jeugdoverlast"), text);
            assertTrue(text.contains("Wat is er mis?"), text);
            assertTrue(text.contains("Wat zou helpen?"), text);
            assertTrue(text.contains("Waar is het?"), text);
        }
    }

    @Test
    void storesATypedInPaperFormWithChannelPapierLinkedToTheStallDay() throws Exception {
        long id = stallDay("Koopavond " + UUID.randomUUID());
        String problem = "Te hard rijden op de Dorpsstraat " + UUID.randomUUID();

        HttpResponse<Map> response = client.toBlocking().exchange(staff.authorize(HttpRequest.POST("/api/admin/kraammomenten/" + id + "/paper-submissions",
                Map.of("themeCodes", List.of("1.1"), "problem", problem))), Map.class);

        assertEquals(HttpStatus.CREATED, response.getStatus());
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.channel, ks.kraammoment_id FROM submission s JOIN kiosk_submission ks ON ks.submission_id = s.id
                     WHERE s.problem = ?""")) {
            query.setString(1, problem);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("PAPIER", row.getString(1));
                assertEquals(id, row.getLong(2));
            }
        }
    }
}
