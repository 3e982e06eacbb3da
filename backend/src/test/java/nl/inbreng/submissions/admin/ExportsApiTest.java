package nl.inbreng.submissions.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.ContactDetails;
import nl.inbreng.submissions.ContactDetailsRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    ContactDetailsRepository contacts;
    @Inject
    IndexOutboxWorker worker;

    AdminLogin.Session analyst;
    AdminLogin.Session beheerder;
    long round;
    long withQuotes;

    @BeforeAll
    void setUp() {
        analyst = adminLogin.signInAs(Role.ANALIST);
        beheerder = adminLogin.signInAs(Role.BEHEERDER);
        round = inputs.newRound();
        withQuotes = inputs.add(round, "Bord \"30\" staat scheef; niemand let op", "4.1");
        inputs.add(round, "=HYPERLINK(\"x\") rommel bij de glasbak", "1.2");
        contacts.save(new ContactDetails(null, withQuotes, "Anna de Vries", "anna@voorbeeld.nl", null,
                ContactDetails.ContactPurpose.TERUGKOPPELING, LocalDateTime.now(), LocalDate.now().plusMonths(12)));
        worker.awaitCaughtUp();
    }

    @Test
    void exportsTheFilteredInboxAsCsvForDutchExcelWithoutContactDetails() {
        HttpResponse<byte[]> response = client.toBlocking().exchange(
                analyst.withoutCsrf(HttpRequest.GET("/api/admin/exports/submissions.csv?sort=oldest&round=" + round)), byte[].class);
        String csv = new String(response.body(), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFFid;datum;kanaal;thema's;"), csv);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith(withQuotes + ";"));
        assertTrue(lines.get(1).contains(";\"Bord \"\"30\"\" staat scheef; niemand let op\";"), lines.get(1));
        assertTrue(lines.get(2).contains(";\"'=HYPERLINK(\"\"x\"\") rommel bij de glasbak\";"), "a formula is defused: " + lines.get(2));
        assertFalse(csv.contains("anna@voorbeeld.nl"));
    }

    @Test
    void leavesOutTextsThatStillHoldUnreviewedPersonalData() {
        long other = inputs.newRound();
        long named = inputs.add(other, "Buurman Jansen op Veenweg 14 steelt fietsen.", "1.3");
        inputs.add(other, "Fietsen worden gestolen bij het station.", "1.3");
        worker.awaitCaughtUp();

        String csv = new String(client.toBlocking().retrieve(analyst.withoutCsrf(
                HttpRequest.GET("/api/admin/exports/submissions.csv?sort=oldest&round=" + other)), byte[].class), StandardCharsets.UTF_8);

        assertFalse(csv.contains("Jansen"));
        assertFalse(csv.contains("Veenweg"));
        assertTrue(csv.contains(named + ";") && csv.contains(ExportSubmissions.NOT_REVIEWED), csv);
        assertTrue(csv.contains("Fietsen worden gestolen bij het station."));
    }

    @Test
    void refusesContactDetailsToAnAnalyst() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.withoutCsrf(HttpRequest.GET("/api/admin/exports/submissions.csv?includeContact=true&round=" + round))));

        assertEquals(403, e.getStatus().getCode());
    }

    @Test
    void beheerderExportsExcelWithContactDetailsAndTheAuditLogRecordsIt() throws IOException {
        HttpResponse<byte[]> response = client.toBlocking().exchange(beheerder.withoutCsrf(HttpRequest.GET(
                "/api/admin/exports/submissions.xlsx?includeContact=true&sort=oldest&round=" + round)), byte[].class);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("e-mail", sheet.getRow(0).getCell(11).getStringCellValue());
            assertEquals(String.valueOf(withQuotes), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Bord \"30\" staat scheef; niemand let op", sheet.getRow(1).getCell(8).getStringCellValue());
            assertEquals("anna@voorbeeld.nl", sheet.getRow(1).getCell(11).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
        List<Map<String, Object>> audit = client.toBlocking().retrieve(beheerder.withoutCsrf(HttpRequest.GET("/api/admin/audit?size=50")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(audit.stream().anyMatch(entry -> ((String) entry.get("target"))
                .equals("/api/admin/exports/submissions.xlsx?includeContact=true&sort=oldest&round=" + round)), audit.toString());
    }
}
