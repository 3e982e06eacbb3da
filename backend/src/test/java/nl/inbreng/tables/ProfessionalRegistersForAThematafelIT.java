package nl.inbreng.tables;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.inbreng.testing.browser.BrowserTest;
import nl.inbreng.testing.browser.Keyboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A professional signs up for a thematafel with the keyboard only, gets the mail, opens their link and cancels. */
class ProfessionalRegistersForAThematafelIT extends BrowserTest {

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    TableSessionRepository sessions;

    @Inject
    TableSessionThemeRepository sessionThemes;

    @Override
    protected Map<String, String> extraProperties() {
        SMTP.start();
        return Map.of("inbreng.mail.host", "127.0.0.1", "inbreng.mail.port", String.valueOf(SMTP.getSmtp().getPort()),
                "inbreng.mail.from", "veiligheid@veenendijk.example",
                "inbreng.public-url", "https://inbreng.veenendijk.example");
    }

    @AfterAll
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void registersWithTheKeyboardGetsTheMailOpensTheLinkAndCancels() throws Exception {
        String title = "Ondermijning in bedrijventerreinen " + UUID.randomUUID().toString().substring(0, 6);
        TableSession session = TableSessionBuilder.aTableSession().titled(title).withThemes("5.2")
                .saveWith(sessions, sessionThemes);
        String email = "professional-" + UUID.randomUUID() + "@voorbeeld.nl";
        Keyboard keyboard = new Keyboard(page);
        open("/thematafels");

        keyboard.tabTo("button:has-text('Inschrijven voor " + title + "')");
        keyboard.press("Enter");
        assertEquals("table-" + session.id() + "-name", page.evaluate("() => document.activeElement.id"),
                "the form that opened has the focus");
        keyboard.type("Sanne Bakker");
        keyboard.tabTo("#table-" + session.id() + "-organisation");
        keyboard.type("Politie Midden");
        keyboard.tabTo("#table-" + session.id() + "-email");
        keyboard.type(email);
        keyboard.tabTo("form.registration-form button[type=submit]");
        keyboard.press("Enter");

        page.locator("#result-" + session.id()).waitFor();
        assertTrue(page.locator("#result-" + session.id()).textContent().contains("Bekijk uw inschrijving"));
        String href = page.locator("#result-" + session.id() + " a").getAttribute("href");
        assertTrue(href.startsWith("/thematafels/inschrijving/"), href);
        String token = href.substring(href.lastIndexOf('/') + 1);

        MimeMessage confirmation = mailsTo(email, 1).get(0);
        assertEquals("Inschrijving thematafel: " + title, confirmation.getSubject());
        assertTrue(text(confirmation).contains("/thematafels/inschrijving/" + token), "the mail carries the same link");

        keyboard.tabTo("#result-" + session.id() + " a");
        keyboard.press("Enter");
        page.waitForURL("**/thematafels/inschrijving/" + token);
        page.locator("h2", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).waitFor();
        page.getByText("U bent ingeschreven.").waitFor();

        keyboard.tabTo("button:has-text('Afmelden')");
        keyboard.press("Enter");
        keyboard.tabTo("button:has-text('Ja, meld mij af')");
        keyboard.press("Enter");

        page.getByText("U bent afgemeld. U krijgt hierover een e-mail.").waitFor();
        assertEquals("U bent afgemeld. U krijgt hierover een e-mail.",
                page.locator("p.status").textContent().trim(), "said once, not twice");
        MimeMessage cancellation = mailsTo(email, 2).get(1);
        assertTrue(calendar(cancellation).contains("METHOD:CANCEL"), "the agenda item is withdrawn");
    }

    private static List<MimeMessage> mailsTo(String address, int expected) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage message : SMTP.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().contains(address))) {
                    found.add(message);
                }
            }
            if (found.size() >= expected) {
                return found;
            }
            SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
        }
        fail("expected " + expected + " mails to the participant");
        return List.of();
    }

    private static String text(MimeMessage mail) throws Exception {
        return read(((Multipart) mail.getContent()).getBodyPart(0).getInputStream());
    }

    private static String calendar(MimeMessage mail) throws Exception {
        return read(((Multipart) mail.getContent()).getBodyPart(1).getInputStream());
    }

    private static String read(java.io.InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
