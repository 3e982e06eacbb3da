package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import nl.inbreng.common.Problem;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Sign in, sign out and "who am I" for the admin app. */
@Controller("/api/admin")
class AdminAuthController {

    static final String COOKIE = "INBRENG_ADMIN";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LogIn logIn;
    private final AdminSessions sessions;
    private final AdminCookieSettings cookieSettings;

    AdminAuthController(LogIn logIn, AdminSessions sessions, AdminCookieSettings cookieSettings) {
        this.logIn = logIn;
        this.sessions = sessions;
        this.cookieSettings = cookieSettings;
    }

    @Post("/login")
    HttpResponse<?> login(@Body LoginRequest request) {
        // Java 17: no pattern matching in switch yet, so the sealed result is unpacked with instanceof.
        LogIn.Result result = logIn.logIn(request.username(), request.password());
        if (result instanceof LogIn.Result.LoggedIn loggedIn) {
            return HttpResponse.ok(SessionView.of(loggedIn.session().principal()))
                    .cookie(sessionCookie(loggedIn.session().token()));
        }
        if (result instanceof LogIn.Result.Locked locked) {
            return HttpResponse.unauthorized().body(Problem.of(401, "Dit account is tijdelijk geblokkeerd",
                    "Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het na " + TIME.format(locked.until())
                            + " opnieuw, of vraag een beheerder om hulp.")).contentType(Problem.MEDIA_TYPE);
        }
        return HttpResponse.unauthorized().body(Problem.of(401, "Inloggen is niet gelukt",
                "De gebruikersnaam of het wachtwoord klopt niet.")).contentType(Problem.MEDIA_TYPE);
    }

    @RequiresRole
    @Post("/logout")
    HttpResponse<?> logout(@CookieValue(COOKIE) @Nullable String token) {
        if (token != null) {
            sessions.end(token);
        }
        return HttpResponse.noContent().cookie(sessionCookie("").maxAge(0));
    }

    @RequiresRole
    @Get("/me")
    SessionView me(AdminPrincipal principal) {
        return SessionView.of(principal);
    }

    private Cookie sessionCookie(String token) {
        return Cookie.of(COOKIE, token).httpOnly(true).secure(cookieSettings.secure()).sameSite(SameSite.Strict).path("/");
    }

    @Serdeable
    record LoginRequest(@Nullable String username, @Nullable String password) {
    }

    @Serdeable
    record SessionView(String username, List<Role> roles, String csrfToken) {
        static SessionView of(AdminPrincipal principal) {
            return new SessionView(principal.username(), principal.roles().stream().sorted().toList(), principal.csrfToken());
        }
    }
}
