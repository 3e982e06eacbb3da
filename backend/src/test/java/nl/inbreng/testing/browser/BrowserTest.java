package nl.inbreng.testing.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import nl.inbreng.accounts.Role;
import nl.inbreng.testing.AdminLogin;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base for browser journeys: Debian's Chromium (/usr/bin/chromium), driven by Playwright for Java, against this
 * test class's embedded server on the real database. One browser per class, a fresh context (no cookies, no
 * storage) per test. Subclasses use {@link #page}, {@link #open(String)} and {@link #assertNoAxeViolations()}.
 * Journeys sign in with {@link #signInAs(Role...)}; a journey whose story includes the sign-in page itself creates its
 * user with {@link AdminLogin#createUser} and uses {@link #signInThroughTheForm(String)}.
 */
public abstract class BrowserTest extends RealDatabaseTest {

    /** The browser the journeys use; override with -Dinbreng.chromium=/path when it lives elsewhere. */
    static final String CHROMIUM = System.getProperty("inbreng.chromium", "/usr/bin/chromium");
    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected AdminLogin adminLogin;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeEach
    void openFreshContext() {
        if (browser == null) {
            if (!Files.isExecutable(Path.of(CHROMIUM))) {
                fail("Browser journeys need Chromium at " + CHROMIUM + " (apt-get install chromium)");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true).setArgs(CHROMIUM_ARGS));
        }
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(412, 915));
        // generous: a two-core machine under full load (a parallel build) answers a page in seconds, not milliseconds
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Signs a fresh user with these roles in through the real login endpoint and gives this test's browser context its
     * session cookie, so the next page opens signed in.
     */
    protected AdminLogin.Session signInAs(Role... roles) {
        AdminLogin.Session session = adminLogin.signInAs(roles);
        signInWith(session);
        return session;
    }

    /** Gives this test's browser context a session that the test also uses for API calls. */
    protected void signInWith(AdminLogin.Session session) {
        page.context().addCookies(List.of(new Cookie("INBRENG_ADMIN", session.cookie())
                .setDomain("localhost").setPath("/").setHttpOnly(true)));
    }

    /** On the sign-in page: fills it in the way a user would and waits until the app has moved on. */
    protected void signInThroughTheForm(String username) {
        page.locator("#login-username").fill(username);
        page.locator("#login-password").fill(AdminLogin.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForURL(url -> !url.contains("/inloggen"));
    }

    /** Absolute URL of a path on the embedded server. */
    protected String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    /** Opens a path and waits until the network is quiet (the app has loaded its data). */
    protected Page open(String path) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return page;
    }

    /** Fails with a readable list when axe-core finds any WCAG 2.1 A/AA violation on the current page. */
    protected void assertNoAxeViolations() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("axe-core found WCAG 2.1 A/AA violations on " + page.url() + ":\n" + violations.stream()
                    .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " @ "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Presses a key on the focused element, as a keyboard-only resident would. */
    protected void press(String key) {
        page.keyboard().press(key);
    }

    /**
     * Waits until a script on the page returns true. Playwright's own waitForFunction builds its predicate with eval,
     * which the portal's Content-Security-Policy (no 'unsafe-eval') refuses; evaluate is not bound by that policy.
     */
    protected void waitUntil(Page on, String predicate) {
        on.waitForCondition(() -> Boolean.TRUE.equals(on.evaluate(predicate)));
    }
}
