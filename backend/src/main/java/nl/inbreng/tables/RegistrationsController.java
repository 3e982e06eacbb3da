package nl.inbreng.tables;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A person's own registration through the secret token in their link: read it, or cancel it. */
@Controller("/api/v1/registrations")
class RegistrationsController {

    private final RegistrationRepository registrations;
    private final TableSessionRepository sessions;
    private final SessionViews views;
    private final CancelRegistration cancelRegistration;

    RegistrationsController(RegistrationRepository registrations, TableSessionRepository sessions, SessionViews views,
                            CancelRegistration cancelRegistration) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.views = views;
        this.cancelRegistration = cancelRegistration;
    }

    @Get("/{token}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TableViews.MyRegistrationView.class)))
    HttpResponse<?> mine(@PathVariable String token) {
        Registration registration = registrations.findByTokenHash(RegistrationTokens.hash(token)).orElse(null);
        if (registration == null) {
            return unknownLink();
        }
        TableSession session = sessions.findById(registration.sessionId()).orElseThrow();
        Integer position = null;
        if (registration.status() == Registration.Status.WAITLISTED) {
            List<Long> waitlist = registrations.findWaitlist(session.id()).stream().map(Registration::id).toList();
            position = waitlist.indexOf(registration.id()) + 1;
        }
        // the verslag is for the people who had a seat, and only once the facilitator published it
        String verslag = registration.status() == Registration.Status.CONFIRMED && session.verslagPublishedAt() != null
                ? session.verslag() : null;
        return HttpResponse.ok(new TableViews.MyRegistrationView(views.of(session), registration.name(),
                registration.organisation(), registration.status().name(), position, verslag));
    }

    @Delete("/{token}")
    @ApiResponse(responseCode = "204", description = "Registration cancelled")
    HttpResponse<?> cancel(@PathVariable String token) {
        CancelRegistration.Result result = cancelRegistration.cancel(token);
        if (result instanceof CancelRegistration.Result.Cancelled) {
            return HttpResponse.noContent();
        }
        if (result instanceof CancelRegistration.Result.AlreadyCancelled) {
            return TablesController.problem(HttpStatus.GONE, "U bent al afgemeld",
                    "Deze inschrijving is al eerder afgemeld. Er is niets veranderd.");
        }
        if (result instanceof CancelRegistration.Result.SessionStarted) {
            return TablesController.problem(HttpStatus.CONFLICT, "Afmelden kan niet meer",
                    "Deze thematafel is al begonnen of voorbij.");
        }
        return unknownLink();
    }

    private static HttpResponse<?> unknownLink() {
        return TablesController.problem(HttpStatus.NOT_FOUND, "Inschrijving niet gevonden",
                "Deze link hoort niet bij een inschrijving. Controleer of u de hele link uit de e-mail heeft gebruikt.");
    }
}
