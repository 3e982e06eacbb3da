package nl.inbreng.reports;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.insight.InsightTestData;
import nl.inbreng.submissions.Submission;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpbrengstenNotitieApiTest extends RealDatabaseTest {

    /** Text, theme, channel, group. */
    private static final List<String[]> INPUTS = List.of(
            new String[] {"Overal hondenpoep op de stoep bij de Lindelaan.", "1.2", "ONLINE", "INWONER"},
            new String[] {"De hondenpoep in het park, niemand ruimt het op. Mail mij op piet@example.nl", "1.2", "ONLINE", "INWONER"},
            new String[] {"Hondenbezitters ruimen de hondenpoep niet op bij de speeltuin.", "1.2", "PAPIER", "INWONER"},
            new String[] {"hondepoep overal op het trottoir bij school, bel 06-12345678", "1.2", "MARKTKRAAM", "ONDERNEMER"},
            new String[] {"Hangjongeren bij het winkelcentrum maken lawaai tot laat.", "3.1", "ONLINE", "INWONER"},
            new String[] {"Elke avond hangjongeren bij de snackbar, ze schreeuwen en gooien met blikjes.", "3.1", "MARKTKRAAM", "ONDERNEMER"},
            new String[] {"De hangjongeren op het bankje bij de kerk intimideren voorbijgangers.", "3.1", "THEMATAFEL", "PROFESSIONAL"},
            new String[] {"Groep hangjongeren met scooters bij het winkelcentrum.", "3.1", "ONLINE", "JONGERE"},
            new String[] {"Er wordt veel te hard gereden in de Dorpsstraat, snelheidsduivels.", "4.1", "ONLINE", "INWONER"},
            new String[] {"Auto's rijden veel te hard door de Dorpsstraat, gevaarlijk voor kinderen.", "4.1", "PAPIER", "INWONER"},
            new String[] {"Te hard rijden in de 30 km zone bij de school.", "4.1", "ONLINE", "INWONER"});

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    InsightTestData data;
    @Inject
    SubmissionRepository submissions;

    private AdminLogin.Session analist;

    @BeforeEach
    void logIn() {
        analist = adminLogin.signInAs(Role.ANALIST);
    }

    private long seededRound() {
        long round = data.round("Veiligheid 2027");
        for (String[] input : INPUTS) {
            data.input(round, input[0], input[1], Submission.RespondentType.valueOf(input[3]),
                    Submission.Channel.valueOf(input[2]));
        }
        data.input(round, "Koop goedkope horloges", "1.2", Submission.RespondentType.ANDERS, Submission.Channel.ONLINE,
                Submission.SubmissionStatus.SPAM, LocalDateTime.now(), null);
        data.vote(round, Submission.RespondentType.INWONER, "4.1");
        return round;
    }

    @Test
    void pdfShowsHeadingsCountsClustersAndPrioritisationWithoutContactDetails() throws Exception {
        long round = seededRound();
        client.toBlocking().exchange(analist.authorize(HttpRequest.PUT("/api/admin/prioritisation/weights",
                Map.of("round", round, "themeCode", "4.1", "weight", 1.5, "reason", "Veel ongelukken bij scholen"))));

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + round)), byte[].class);

        assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
        assertTrue(response.header("Content-Disposition").startsWith("attachment"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "title page, body, method appendix");
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        for (String heading : List.of(ReportTexts.TITLE, ReportTexts.PROCESS, ReportTexts.PARTICIPANTS,
                ReportTexts.CLUSTERS, ReportTexts.PRIORITISATION, ReportTexts.METHOD, "Veiligheid 2027",
                "Veilige woon- en leefomgeving", "Jeugd en veiligheid")) {
            assertTrue(text.contains(heading), () -> "missing " + heading);
        }
        assertTrue(text.contains("In totaal kwamen er 11 inbrengen binnen"), "spam does not count");
        assertTrue(text.contains("Online (website) 6"), "six online inputs");
        assertTrue(text.contains("Inwoners 7"), "seven residents");
        assertTrue(text.contains("1 persoon koos een top drie"), "one priority vote, in words for one person");
        assertTrue(text.toLowerCase().contains("hondenpoep"), "a cluster label or quote about dog mess");
        assertTrue(text.toLowerCase().contains("hangjongeren"));
        assertTrue(text.contains("Verkeersveiligheid"), "the prioritisation table lists the theme");
        assertTrue(text.contains("× 1,5"), "the manual weight is in the table");
        assertTrue(text.contains("Gewicht 1,5 voor Verkeersveiligheid: Veel ongelukken bij scholen"), "and its reason");
        assertFalse(text.contains("piet@example.nl"));
        assertFalse(text.contains("12345678"));
        assertFalse(text.contains("horloges"));
    }

    @Test
    void docxHasRealHeadingsAndTheSameContent() throws Exception {
        long round = seededRound();

        HttpResponse<byte[]> response = client.toBlocking().exchange(
                analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.docx?round=" + round)), byte[].class);

        assertEquals(ReportsController.DOCX, response.getContentType().orElseThrow().toString());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<String> headings = docx.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of(ReportTexts.PROCESS, ReportTexts.PARTICIPANTS, ReportTexts.CLUSTERS,
                    ReportTexts.PRIORITISATION, ReportTexts.METHOD), headings);
            assertTrue(docx.getStyles().styleExist("Heading1"), "heading styles are defined, not just referenced");
            List<String> clusterHeadings = docx.getParagraphs().stream()
                    .filter(p -> "Heading3".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertFalse(clusterHeadings.isEmpty());
            assertTrue(clusterHeadings.stream().allMatch(h -> h.matches(".+ \\(\\d+\\)")), "label (size)");
            String all = String.join(" ", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertFalse(all.contains("piet@example.nl"));
            assertTrue(docx.getTables().stream().anyMatch(t -> t.getText().contains("Verkeersveiligheid")));
        }
    }

    private String pdfText(String query) throws Exception {
        HttpResponse<byte[]> response = client.toBlocking().exchange(
                analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?" + query)), byte[].class);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Clusters the round, then renames the cluster that holds the first dog-mess input; returns the clustering id. */
    @SuppressWarnings("unchecked")
    private long curatedClustering(long round, String label) {
        Map<String, Object> clustering = client.toBlocking().retrieve(analist.authorize(HttpRequest.POST(
                "/api/admin/clusterings", Map.of("filter", Map.of("round", round)))), Argument.mapOf(String.class, Object.class));
        long id = ((Number) clustering.get("id")).longValue();
        Map<String, Object> dogs = ((List<Map<String, Object>>) clustering.get("clusters")).stream()
                .filter(cluster -> ((List<Number>) cluster.get("memberIds")).stream()
                        .anyMatch(member -> submissions.findById(member.longValue()).orElseThrow().problem().contains("Lindelaan")))
                .findFirst().orElseThrow();
        client.toBlocking().exchange(analist.authorize(HttpRequest.PATCH(
                "/api/admin/clusterings/" + id + "/clusters/" + dogs.get("id"), Map.of("label", label))));
        return id;
    }

    @Test
    void usesTheLabelsOfTheRoundsCuratedClustering() throws Exception {
        long round = seededRound();
        assertFalse(pdfText("round=" + round).contains("Poepoverlast van honden"));
        long first = curatedClustering(round, "Poepoverlast van honden");
        String withFirst = pdfText("round=" + round);
        assertTrue(withFirst.contains("Poepoverlast van honden"), "the curated label, not a computed one");

        long second = curatedClustering(round, "Uitwerpselen op de stoep");
        String latest = pdfText("round=" + round);
        assertTrue(latest.contains("Uitwerpselen op de stoep"), "the most recently curated clustering counts");
        assertFalse(latest.contains("Poepoverlast van honden"));
        String chosen = pdfText("round=" + round + "&clusteringId=" + first);
        assertTrue(chosen.contains("Poepoverlast van honden"), "an explicit clusteringId wins");
        assertFalse(chosen.contains("piet@example.nl"), "quotes from curated clusters are cleaned too");
        assertTrue(second > first);

        HttpClientResponseException unknown = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + round
                        + "&clusteringId=987654321")), byte[].class));
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
    }

    @Test
    void answersNotFoundForAnUnknownRound() {
        HttpClientResponseException error = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=987654321")), byte[].class));
        assertEquals(HttpStatus.NOT_FOUND, error.getStatus());
    }

    /** The planted fake personal data of the demo corpus (see SuspectDetectorTest), as the report must never show it. */
    static final List<String> PLANTED = List.of("Kastanjehof 23", "Hovenlaan 88", "Koestraat 27", "Piet van Dalen",
            "TX-456-K", "Boer-Hoekstra", "12345678", "ria.jansen", "Sanne Verhoef", "sanne.verhoef", "Veenweg 14", "XK-123-B",
            "Akkerstraat 5", "Pietersma", "Brink 21", "Kees Voorbeeld", "Sander Fictief", "Dijkweg 12", "Piet Hendriks",
            "de Groot", "Marktplein 3", "Tim Bakker", "Molenweg 14", "Gerrit Smit", "Broekdijk 4", "Industrieweg 8",
            "getrouwd met de eigenaar");

    @Test
    void reportQuotesNoneOfTheDemoCorpusPersonalDataAndSaysWhatWasDone() throws Exception {
        long round = data.round("Veiligheid met persoonsgegevens");
        int planted = 0;
        for (nl.inbreng.demo.CorpusEntry entry : nl.inbreng.demo.DemoCorpus.load(io.micronaut.serde.ObjectMapper.getDefault())) {
            boolean hasPlanted = PLANTED.stream().anyMatch(p -> entry.problem().contains(p)
                    || entry.solution() != null && entry.solution().contains(p));
            if (!entry.themes().isEmpty() && !entry.unsure() && (hasPlanted || entry.themes().get(0).startsWith("5"))) {
                data.input(round, entry.problem() + (entry.solution() == null ? "" : " " + entry.solution()),
                        entry.themes().get(0), Submission.RespondentType.INWONER, Submission.Channel.ONLINE);
                planted += hasPlanted ? 1 : 0;
            }
        }
        assertEquals(19, planted, "the round holds every planted input");

        byte[] pdfBytes = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.pdf?round=" + round)), byte[].class);
        byte[] docxBytes = client.toBlocking().retrieve(
                analist.authorize(HttpRequest.GET("/api/admin/reports/opbrengsten.docx?round=" + round)), byte[].class);
        String pdf;
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            docx = String.join(" ", document.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .replaceAll("\\s+", " ");
        }
        for (String piece : PLANTED) {
            assertFalse(pdf.contains(piece), () -> "PDF quotes " + piece);
            assertFalse(docx.contains(piece), () -> "DOCX quotes " + piece);
        }
        assertTrue(pdf.contains("\u201e"), "the report still quotes inputs without suspects");
        assertTrue(pdf.contains("0 stukken weggehaald en 0 stukken na controle blijven staan"), pdf);
        assertTrue(docx.matches(".*Bij [1-9]\\d* inbrengen is nog niet elk stuk bekeken: die citeren we niet.*"));
        assertFalse(pdf.contains("Namen, e-mailadressen en telefoonnummers staan er niet in"), "the old untrue promise");
    }
}
