package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.RequiresRole;
import nl.inbreng.accounts.Role;
import nl.inbreng.common.ClientAddress;
import nl.inbreng.common.Problem;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;

/** Sign in, sign out and "who am I" for the admin app. */
@Controller("/api/admin")
class AdminAuthController {

    static final String COOKIE = "INBRENG_ADMIN";

    private final LogIn logIn;
    private final AdminSessions sessions;
    private final AdminCookieSettings cookieSettings;
    private final ClientAddress clientAddress;
    private final Clock clock;
    private final GemeenteChoice gemeenteChoice;

    AdminAuthController(LogIn logIn, AdminSessions sessions, AdminCookieSettings cookieSettings,
                        ClientAddress clientAddress, Clock clock, GemeenteChoice gemeenteChoice) {
        this.gemeenteChoice = gemeenteChoice;
        this.logIn = logIn;
        this.sessions = sessions;
        this.cookieSettings = cookieSettings;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    @Post("/login")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SessionView.class)))
    HttpResponse<?> login(HttpRequest<?> http, @Body LoginRequest request,
                          @CookieValue(KnownDevices.COOKIE) @Nullable String deviceToken) {
        // Java 17: no pattern matching in switch yet, so the sealed result is unpacked with instanceof.
        LogIn.Result result = logIn.logIn(request.username(), request.password(), clientAddress.limitKey(http),
                deviceToken);
        if (result instanceof LogIn.Result.LoggedIn loggedIn) {
            return HttpResponse.ok(SessionView.of(loggedIn.session().principal(), gemeenteChoice))
                    .cookie(sessionCookie(loggedIn.session().token()))
                    .cookie(deviceCookie(loggedIn.deviceToken()));
        }
        if (result instanceof LogIn.Result.Throttled throttled) {
            // the same answer for every name, existing or not: it says nothing about the account
            long seconds = Math.max(1, Duration.between(LocalDateTime.now(clock), throttled.until()).toSeconds());
            long minutes = (seconds + 59) / 60;
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds))
                    .body(Problem.of(429, "Te veel pogingen om in te loggen",
                            "Wacht " + (minutes == 1 ? "1 minuut" : minutes + " minuten") + " en probeer het dan opnieuw. "
                                    + "Weet u uw wachtwoord niet meer? Vraag een beheerder om een nieuw wachtwoord."))
                    .contentType(Problem.MEDIA_TYPE);
        }
        return HttpResponse.unauthorized().body(Problem.of(401, "Inloggen is niet gelukt",
                "De gebruikersnaam of het wachtwoord klopt niet.")).contentType(Problem.MEDIA_TYPE);
    }

    @RequiresRole
    @Post("/logout")
    @ApiResponse(responseCode = "204", description = "Signed out")
    HttpResponse<?> logout(@CookieValue(COOKIE) @Nullable String token) {
        if (token != null) {
            sessions.end(token);
        }
        return HttpResponse.noContent().cookie(sessionCookie("").maxAge(0));
    }

    @RequiresRole
    @Get("/me")
    SessionView me(@Parameter(hidden = true) AdminPrincipal principal) {
        return SessionView.of(principal, gemeenteChoice);
    }

    private Cookie deviceCookie(String token) {
        return Cookie.of(KnownDevices.COOKIE, token).httpOnly(true).secure(cookieSettings.secure())
                .sameSite(SameSite.Strict).path("/api/admin/login").maxAge(KnownDevices.KEEP);
    }

    private Cookie sessionCookie(String token) {
        return Cookie.of(COOKIE, token).httpOnly(true).secure(cookieSettings.secure()).sameSite(SameSite.Strict).path("/");
    }

    @Serdeable
    record LoginRequest(@Nullable String username, @Nullable String password) {
    }

    /** The contract's {username, roles, csrfToken}, plus the gemeenten (codes) the account sees, or the whole installation. */
    @Serdeable
    record SessionView(String username, List<Role> roles, String csrfToken, List<String> gemeenten,
                       boolean wholeInstallation) {
        static SessionView of(AdminPrincipal principal, GemeenteChoice gemeenteChoice) {
            return new SessionView(principal.username(), principal.roles().stream().sorted().toList(), principal.csrfToken(),
                    gemeenteChoice.codesOf(principal.gemeenten()), principal.gemeenten().wholeInstallation());
        }
    }
}
