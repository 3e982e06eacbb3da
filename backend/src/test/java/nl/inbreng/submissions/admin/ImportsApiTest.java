package nl.inbreng.submissions.admin;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.Problem;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.submissions.SubmissionThemeRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportsApiTest extends RealDatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    SubmissionRepository submissions;
    @Inject
    SubmissionThemeRepository submissionThemes;
    @Inject
    ThemaRepository themas;
    @Inject
    ImportedSubmissionRepository links;
    @Inject
    IndexOutboxWorker worker;

    AdminLogin.Session analyst;
    AdminLogin.Session facilitator;

    @BeforeAll
    void logIn() {
        analyst = adminLogin.signInAs(Role.ANALIST);
        facilitator = adminLogin.signInAs(Role.FACILITATOR);
    }

    @Test
    void importsADutchExcelCsvWithThemesByNameAndRefusesBadLines() {
        String word = "kliko" + UUID.randomUUID().toString().substring(0, 6);
        String newTheme = "Afvaldumping " + word;
        String csv = "nummer;tekst;thema;wie\n"
                + "A1;Overal " + word + " op straat;Verkeersveiligheid | " + newTheme + ";Inwoner\n"
                + "A2;;1.1;\n"
                + "A3;\"Te hard rijden; vooral bij de school\n(ook 's nachts)\";jeugd, alcohol en drugs, 4.1;\n"
                + "A4;" + "x".repeat(5001) + ";;\n"
                + "A5;Nog een " + word + ";" + newTheme.toUpperCase() + ";ondernemer\n";

        Map<String, Object> body = post("/api/admin/imports?textColumn=tekst&themeColumn=thema&idColumn=nummer"
                + "&respondentColumn=wie&fileName=enquete.csv", csv, "text/csv", HttpStatus.CREATED);

        List<Long> ids = longs(body.get("ids"));
        assertEquals(3, ((Number) body.get("imported")).intValue());
        assertEquals(3, ids.size());
        assertEquals(List.of(3, 6), rejectedLines(body), "an empty text and a too long text, by line number");
        Submission first = submissions.findById(ids.get(0)).orElseThrow();
        assertEquals(Submission.Channel.IMPORT, first.channel());
        assertEquals(Submission.RespondentType.INWONER, first.respondentType());
        assertEquals(Submission.RespondentType.ANDERS, submissions.findById(ids.get(1)).orElseThrow().respondentType());
        assertEquals("Te hard rijden; vooral bij de school\n(ook 's nachts)", submissions.findById(ids.get(1)).orElseThrow().problem());

        String importCode = (String) ((Map<?, ?>) ((List<?>) body.get("newThemes")).get(0)).get("code");
        assertTrue(importCode.startsWith("I." + body.get("importId") + "."));
        Thema created = themas.findById(importCode).orElseThrow();
        assertEquals(Thema.ThemaKind.IMPORT, created.kind());
        assertEquals(newTheme, created.name());
        assertEquals(List.of("4.1", importCode), themesOf(ids.get(0)));
        assertEquals(List.of("3.3", "4.1"), themesOf(ids.get(1)));
        assertEquals(List.of(importCode), themesOf(ids.get(2)), "the same new name in other letters is the same theme");
        assertEquals(List.of("A1", "A3", "A5"), links.findByImportIdOrderByLineNumber(((Number) body.get("importId")).longValue())
                .stream().map(ImportedSubmission::externalId).toList());

        worker.awaitCaughtUp();
        Map<String, Object> found = get("/api/admin/submissions?channel=IMPORT&q=" + word);
        assertEquals(2, ((Number) found.get("total")).intValue());
    }

    @Test
    void keepsCategoryNamesWithCommasWholeAndListsTheThemesItCreates() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String roads = "Wegen, straten en verkeer " + tag;
        String litter = "Afval, zwerfvuil en containers " + tag;
        String csv = "melding;categorie\n"
                + "Gat in de weg bij de school;" + roads + "\n"
                + "Container vol;\"" + litter + "\"\n"
                + "Zakken naast de container op de stoep;" + litter + " | " + roads + "\n"
                + "Tegels los;" + roads.toUpperCase() + "\n"
                + "Jongeren op scooters;\"Jeugdoverlast; 4.1\"\n";

        Map<String, Object> preview = post("/api/admin/imports/preview?textColumn=melding&themeColumn=categorie", csv,
                "text/csv", HttpStatus.OK);
        Map<String, Object> body = post("/api/admin/imports?textColumn=melding&themeColumn=categorie", csv, "text/csv",
                HttpStatus.CREATED);

        assertEquals(List.of(roads, litter), preview.get("newThemes"), "the preview names each new category once, whole");
        List<?> created = (List<?>) body.get("newThemes");
        assertEquals(List.of(roads, litter), created.stream().map(t -> ((Map<?, ?>) t).get("name")).toList());
        String roadsCode = (String) ((Map<?, ?>) created.get(0)).get("code");
        String litterCode = (String) ((Map<?, ?>) created.get(1)).get("code");
        List<Long> ids = longs(body.get("ids"));
        assertEquals(List.of(roadsCode), themesOf(ids.get(0)));
        assertEquals(List.of(litterCode), themesOf(ids.get(1)));
        assertEquals(List.of(litterCode, roadsCode), themesOf(ids.get(2)));
        assertEquals(List.of(roadsCode), themesOf(ids.get(3)), "the same name in capitals is the same theme");
        assertEquals(List.of("3.1", "4.1"), themesOf(ids.get(4)));
        assertEquals(roads, themas.findById(roadsCode).orElseThrow().name());
    }

    @Test
    void importsTheSameRowsFromAnExcelWorkbook() throws IOException {
        String word = "xlsx" + UUID.randomUUID().toString().substring(0, 6);
        byte[] workbook = workbook(List.of("Tekst", "Thema"), List.of("Losse tegels bij de " + word, "1.2"),
                List.of("", "1.1"));

        Map<String, Object> body = post("/api/admin/imports?textColumn=tekst&themeColumn=thema", workbook,
                XlsxTable.MEDIA_TYPE, HttpStatus.CREATED);

        List<Long> ids = longs(body.get("ids"));
        assertEquals(1, ids.size());
        assertEquals("Losse tegels bij de " + word, submissions.findById(ids.get(0)).orElseThrow().problem());
        assertEquals(List.of(3), rejectedLines(body));
    }

    @Test
    void previewShowsRowsAndRefusalsWithoutStoringAnything() {
        String newTheme = "Preview-thema " + UUID.randomUUID();
        String csv = "tekst,thema\nEerste regel,\"" + newTheme + "\"\n\"kapot\"x,1.1\n";
        long before = submissions.count();

        Map<String, Object> body = post("/api/admin/imports/preview?textColumn=tekst&themeColumn=thema", csv,
                "text/csv", HttpStatus.OK);

        assertEquals(1, ((Number) body.get("importable")).intValue());
        Map<?, ?> row = (Map<?, ?>) ((List<?>) body.get("rows")).get(0);
        assertEquals("Eerste regel", row.get("problem"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) ((List<?>) row.get("themes")).get(0)).get("isNew"));
        assertEquals(List.of(3), rejectedLines(body));
        assertEquals(before, submissions.count());
        assertFalse(themas.findByActiveOrderByPosition(true).stream().anyMatch(t -> t.name().equals(newTheme)));
    }

    @Test
    void previewWithoutATextColumnAnswersOnlyTheColumnsToMap() {
        long before = submissions.count();

        Map<String, Object> body = post("/api/admin/imports/preview", "Respondent ID;Wat gaat er mis?;Thema\nR1;Iets;1.1\n",
                "text/csv", HttpStatus.OK);

        assertEquals(List.of("Respondent ID", "Wat gaat er mis?", "Thema"), body.get("columns"));
        assertEquals(0, ((Number) body.get("importable")).intValue());
        assertTrue(body.get("rows") == null || ((List<?>) body.get("rows")).isEmpty(), "no rows without a text column");
        assertEquals(before, submissions.count());
    }

    @Test
    void previewNamesEveryNewThemeOnceAlsoBeyondTheRowsShown() {
        String newTheme = "Bladblazers " + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("tekst,thema\n");
        for (int i = 0; i < PreviewImport.SHOWN_ROWS + 5; i++) {
            csv.append("Regel ").append(i).append(",1.1\n");
        }
        csv.append("Laatste regel,\"").append(newTheme).append("\"\n");
        csv.append("Nog een,\"").append(newTheme.toLowerCase()).append("\"\n");

        Map<String, Object> body = post("/api/admin/imports/preview?textColumn=tekst&themeColumn=thema", csv.toString(),
                "text/csv", HttpStatus.OK);

        assertEquals(PreviewImport.SHOWN_ROWS, ((List<?>) body.get("rows")).size());
        assertEquals(List.of(newTheme), body.get("newThemes"));
    }

    @Test
    void acceptsAFileOfAboutTwoMegabytes() {
        String word = "groot" + UUID.randomUUID().toString().substring(0, 6);
        String filler = " De stoep is kapot en er rijden brommers over het fietspad.".repeat(60); // about 3.6 kB per row
        StringBuilder csv = new StringBuilder("tekst\n");
        int rows = 500;
        for (int i = 0; i < rows; i++) {
            csv.append(word).append(' ').append(i).append(filler).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 1_500_000 && bytes.length < 2_500_000, "test file size " + bytes.length);

        Map<String, Object> body = post("/api/admin/imports?textColumn=tekst", bytes, "text/csv", HttpStatus.CREATED);

        assertEquals(rows, ((Number) body.get("imported")).intValue());
    }

    @Test
    void refusesAFileOverTenMegabytesWithADutchReason() {
        byte[] bytes = ("tekst\n" + "x".repeat(100) + "\n").repeat(110_000).getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 10 * 1024 * 1024);

        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST("/api/admin/imports/preview?textColumn=tekst", bytes).contentType("text/csv")),
                Argument.mapOf(String.class, Object.class)));

        assertEquals(413, e.getStatus().getCode());
        String problem = e.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("10 MB"), problem);
    }

    @Test
    void refusesAWorkbookThatUnpacksToMoreThanFortyMegabytesBeforeReadingIt() throws IOException {
        // 45 MB of one repeated row packs into a few hundred kilobytes: the shape of a zip bomb
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(packed)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>Losse tegels</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 45L * 1024 * 1024; written += row.length) {
                zip.write(row);
            }
        }

        Problem problem = refusedUpload("/api/admin/imports/preview?textColumn=tekst", packed.toByteArray());

        assertEquals("file", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("uitgepakt groter dan 40 MB"), problem.toString());
    }

    @Test
    void refusesAWorkbookWithMoreRowsThanAnImportTakesInDutch() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Inbreng");
            fill(sheet.createRow(0), List.of("Tekst"));
            for (int i = 1; i <= CsvTable.MAX_ROWS + 1; i++) {
                sheet.createRow(i).createCell(0).setCellValue("Regel " + i);
            }
            workbook.write(out);
        }

        Problem problem = refusedUpload("/api/admin/imports/preview?textColumn=tekst", out.toByteArray());

        assertEquals("file", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("meer dan 20.000 regels"), problem.toString());
    }

    @Test
    void anImportWithoutRefusalsStillCarriesItsEmptyRejectedList() {
        Map<String, Object> body = post("/api/admin/imports?textColumn=tekst", "tekst\nFietsen op de stoep\n",
                "text/csv", HttpStatus.CREATED);

        assertEquals(List.of(), body.get("rejected"));
        assertEquals(List.of(), body.get("newThemes"));
    }

    private Problem refusedUpload(String uri, byte[] bytes) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST(uri, bytes).contentType(XlsxTable.MEDIA_TYPE)),
                Argument.of(String.class), Argument.of(Problem.class)));
        assertEquals(400, e.getStatus().getCode());
        return e.getResponse().getBody(Problem.class).orElseThrow();
    }

    @Test
    void asksForTheTextColumnInDutch() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST("/api/admin/imports?textColumn=omschrijving", "tekst\nIets\n".getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv")), Argument.mapOf(String.class, Object.class)));

        assertEquals(400, e.getStatus().getCode());
        String problem = e.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("textColumn") && problem.contains("staat niet in de kopregel"), problem);
    }

    @Test
    void refusesAFacilitator() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                facilitator.authorize(HttpRequest.POST("/api/admin/imports?textColumn=tekst", "tekst\nIets\n".getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"))));

        assertEquals(403, e.getStatus().getCode());
    }

    private List<String> themesOf(long id) {
        return submissionThemes.findBySubmissionIdIn(List.of(id)).stream()
                .sorted((a, b) -> Long.compare(a.id(), b.id())).map(t -> t.themaCode()).toList();
    }

    private Map<String, Object> post(String uri, String csv, String type, HttpStatus expected) {
        return post(uri, csv.getBytes(StandardCharsets.UTF_8), type, expected);
    }

    private Map<String, Object> post(String uri, byte[] bytes, String type, HttpStatus expected) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(
                analyst.authorize(HttpRequest.POST(uri, bytes).contentType(type)), Argument.mapOf(String.class, Object.class));
        assertEquals(expected, response.getStatus());
        return response.body();
    }

    private Map<String, Object> get(String uri) {
        return client.toBlocking().retrieve(analyst.withoutCsrf(HttpRequest.GET(uri)), Argument.mapOf(String.class, Object.class));
    }

    private static List<Long> longs(Object list) {
        return ((List<?>) list).stream().map(n -> ((Number) n).longValue()).toList();
    }

    private static List<Integer> rejectedLines(Map<String, Object> body) {
        return ((List<?>) body.get("rejected")).stream().map(r -> ((Number) ((Map<?, ?>) r).get("line")).intValue()).toList();
    }

    @SafeVarargs
    private static byte[] workbook(List<String> header, List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Inbreng");
            fill(sheet.createRow(0), header);
            for (int i = 0; i < rows.length; i++) {
                fill(sheet.createRow(i + 1), rows[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
