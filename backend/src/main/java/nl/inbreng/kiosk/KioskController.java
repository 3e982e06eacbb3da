package nl.inbreng.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import nl.inbreng.common.InvalidInputException;
import nl.inbreng.common.Problem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The stall tablet's API: unlock with the day's code, send inputs from the outbox, staff figures, lock. */
@Controller("/api/v1/kiosk")
class KioskController {

    static final String SESSION_HEADER = "X-Kiosk-Session";

    private final UnlockKiosk unlockKiosk;
    private final SubmitKioskInput submitKioskInput;
    private final KioskStats kioskStats;
    private final KioskSessions kioskSessions;
    private final KioskRound kioskRound;

    KioskController(UnlockKiosk unlockKiosk, SubmitKioskInput submitKioskInput, KioskStats kioskStats,
                    KioskSessions kioskSessions, KioskRound kioskRound) {
        this.unlockKiosk = unlockKiosk;
        this.submitKioskInput = submitKioskInput;
        this.kioskStats = kioskStats;
        this.kioskSessions = kioskSessions;
        this.kioskRound = kioskRound;
    }

    @Serdeable
    record UnlockRequest(@Nullable String kioskToken, @Nullable String code, @Nullable String deviceId) {
    }

    @Serdeable
    record UnlockResponse(String sessionToken, String deviceId, String name, String place, LocalDate date, LocalDateTime expiresAt,
                          @Nullable Long roundId) {
    }

    @Serdeable
    record StoredResponse(long id) {
    }

    @Post("/unlock")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnlockResponse.class)))
    HttpResponse<?> unlock(@Body UnlockRequest request) {
        UnlockKiosk.Result result = unlockKiosk.unlock(request.kioskToken(), request.code(), request.deviceId());
        if (result instanceof UnlockKiosk.Unlocked unlocked) {
            return HttpResponse.ok(new UnlockResponse(unlocked.sessionToken(), unlocked.deviceId(),
                    unlocked.moment().name(), unlocked.moment().place(), unlocked.moment().heldOn(), unlocked.expiresAt(),
                    unlocked.moment().roundId()));
        }
        if (result instanceof UnlockKiosk.WrongCode) {
            throw new InvalidInputException("code", "Deze code klopt niet. Kijk de code na en probeer het opnieuw.");
        }
        if (result instanceof UnlockKiosk.TooManyAttempts tooMany) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "Te veel verkeerde codes", "Wacht een kwartier en probeer het dan opnieuw.")
                    .header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        return problem(HttpStatus.NOT_FOUND, "Deze kiosklink bestaat niet", "Vraag de beheerder om de juiste link voor dit kraammoment.");
    }

    @Post("/submissions")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = StoredResponse.class)))
    HttpResponse<?> submit(@Header(SESSION_HEADER) @Nullable String session, @Header("Idempotency-Key") @Nullable String key,
                           @Body InputForm form) {
        SubmitKioskInput.Result result = submitKioskInput.submit(session, key, form);
        if (result instanceof SubmitKioskInput.Stored stored) {
            return HttpResponse.created(new StoredResponse(stored.submissionId()));
        }
        if (result instanceof SubmitKioskInput.KeyUsedForOtherInput) {
            return problem(HttpStatus.CONFLICT, "Deze inzending is al verstuurd met andere tekst",
                    "Dezelfde sleutel hoort bij een andere inzending. Vul de inzending opnieuw in.");
        }
        return notUnlocked();
    }

    @Get("/stats")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KioskStats.Stats.class)))
    HttpResponse<?> stats(@Header(SESSION_HEADER) @Nullable String session) {
        return kioskStats.forSession(session).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(KioskController::notUnlocked);
    }

    /** The stall day and its round, which the tablet keeps so that a restart without network still knows them. */
    @Get("/moment")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KioskRound.MomentInfo.class)))
    HttpResponse<?> moment(@Header(SESSION_HEADER) @Nullable String session) {
        return kioskSessions.find(session).<HttpResponse<?>>map(kiosk -> HttpResponse.ok(kioskRound.describe(kiosk.moment())))
                .orElseGet(KioskController::notUnlocked);
    }

    /** Staff lock the tablet: the session token stops working at once. */
    @Post("/lock")
    @ApiResponse(responseCode = "204", description = "Locked")
    HttpResponse<?> lock(@Header(SESSION_HEADER) @Nullable String session) {
        kioskSessions.find(session).ifPresent(kiosk -> kioskSessions.end(kiosk.tokenHash()));
        return HttpResponse.noContent();
    }

    private static HttpResponse<?> notUnlocked() {
        return problem(HttpStatus.UNAUTHORIZED, "De kiosk is niet ontgrendeld", "Vraag een medewerker om de kiosk te ontgrendelen.");
    }

    private static io.micronaut.http.MutableHttpResponse<Problem> problem(HttpStatus status, String title, String detail) {
        return HttpResponse.<Problem>status(status).body(Problem.of(status.getCode(), title, detail)).contentType(Problem.MEDIA_TYPE);
    }
}
