package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.search.IndexOutboxWorker;
import nl.inbreng.search.IndexedInputs;
import nl.inbreng.submissions.PublicQuotes;
import nl.inbreng.submissions.SubmissionRepository;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An analyst sees the suspected personal data of an input highlighted, removes one piece with the keyboard and keeps
 * another, then clears a whole round on the bulk review screen. Axe runs on both screens.
 */
class AnalistRemovesOrKeepsPersonalDataIT extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    AdminLogin adminLogin;
    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    SubmissionRepository submissions;
    @Inject
    PublicQuotes quotes;

    @Test
    void removesAPhoneNumberByKeyboardKeepsAShopAndClearsTheRoundInBulk() {
        String username = "privacy-" + System.nanoTime();
        adminLogin.createUser(username, Role.ANALIST);
        long round = inputs.newRound();
        long id = inputs.add(round, "Bij de Albert Heijn staat Kees Voorbeeld elke avond te dealen. Bel 06-12345678.", "1.3");
        long other = inputs.add(round, "Mevrouw De Groot op de Kerkstraat 7 hoort 's nachts lawaai.", "1.1");
        worker.awaitCaughtUp();

        open("/admin/inbreng/" + id);
        signInThroughTheForm(username);
        Locator panel = page.getByTestId("suspects-" + id);
        panel.getByTestId("suspects-open").waitFor();
        assertTrue(panel.locator("mark").count() >= 2, "suspects are highlighted in the text");
        assertNoAxeViolations();

        Locator phone = panel.getByTestId("suspect").filter(new Locator.FilterOptions().setHasText("06-12345678"));
        phone.getByTestId("suspect-remove").focus();
        page.keyboard().press("w");
        page.getByText("Weggehaald.").waitFor();
        assertTrue(submissions.findById(id).orElseThrow().problem().endsWith("Bel [verwijderd]."));

        panel.getByTestId("suspects-keep-all").click();
        panel.getByTestId("suspects-done").waitFor();
        assertTrue(quotes.mayQuote(id), "every piece decided: the input may be quoted");
        assertFalse(quotes.mayQuote(other));

        open("/admin/persoonsgegevens");
        // The page first lists every round's inputs; count only once the chosen round's list has come in.
        page.waitForResponse(response -> response.url().contains("round=" + round),
                () -> page.getByLabel("Ronde").selectOption(new SelectOption().setValue(String.valueOf(round))));
        Locator item = page.getByTestId("review-item");
        // the list of the round chosen first may still show until the chosen round's list arrives (a slow machine)
        page.waitForCondition(() -> item.count() == 1);
        assertEquals(1, item.count(), "only the input with open pieces");
        assertNoAxeViolations();
        item.first().getByTestId("suspects-remove-all").click();
        item.first().getByTestId("suspects-done").waitFor();
        assertTrue(quotes.mayQuote(other));
        assertFalse(submissions.findById(other).orElseThrow().problem().contains("Kerkstraat 7"));
    }
}
