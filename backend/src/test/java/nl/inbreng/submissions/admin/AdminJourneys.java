package nl.inbreng.submissions.admin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Shared steps of the admin browser journeys. */
final class AdminJourneys {

    private AdminJourneys() {
    }

    /** Signs in with a wrong password and waits for the Dutch message. */
    static void signInExpectingFailure(Page page, String username, String password) {
        page.locator("#login-username").fill(username);
        page.locator("#login-password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.getByRole(AriaRole.ALERT).getByText("Inloggen is niet gelukt").waitFor();
    }

    /** A day in 2001 that no other test class is likely to use, so the period filter shows only this test's inputs. */
    static LocalDate quietDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
    }
}
