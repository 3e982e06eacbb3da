package nl.inbreng.kiosk;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import nl.inbreng.testing.AdminLogin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test-data builder for stall days and unlocked kiosks, going through the real API like staff do. */
public final class StallDays {

    private final HttpClient client;
    private final AdminLogin.Session beheerder;
    private String name = "Weekmarkt woensdag " + UUID.randomUUID().toString().substring(0, 8);
    private String place = "Marktplein";
    private LocalDate date = LocalDate.now();
    private String gemeenteCode;
    private Long roundId;

    private StallDays(HttpClient client, AdminLogin.Session beheerder) {
        this.client = client;
        this.beheerder = beheerder;
    }

    public static StallDays aStallDay(HttpClient client, AdminLogin.Session beheerder) {
        return new StallDays(client, beheerder);
    }

    public StallDays named(String name) {
        this.name = name;
        return this;
    }

    /** The stall day belongs to this gemeente (its code), and so to that gemeente's open round. */
    public StallDays in(String gemeenteCode) {
        this.gemeenteCode = gemeenteCode;
        return this;
    }

    /** The beheerder chose this round for the stall day. */
    public StallDays forRound(long id) {
        this.roundId = id;
        return this;
    }

    StallDays at(String place) {
        this.place = place;
        return this;
    }

    /** The beheerder's answer: id, kioskToken, unlockCode, … */
    public Map<String, Object> create() {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "place", place, "date", date.toString()));
        if (gemeenteCode != null) {
            body.put("gemeenteCode", gemeenteCode);
        }
        if (roundId != null) {
            body.put("roundId", roundId);
        }
        return client.toBlocking().retrieve(beheerder.authorize(HttpRequest.POST("/api/admin/kraammomenten", body)), Argument.mapOf(String.class, Object.class));
    }

    /** Creates the stall day and unlocks a tablet for it; answers the X-Kiosk-Session token. */
    public String unlockedKiosk() {
        Map<String, Object> moment = create();
        Map<String, Object> unlocked = client.toBlocking().retrieve(HttpRequest.POST("/api/v1/kiosk/unlock",
                Map.of("kioskToken", moment.get("kioskToken"), "code", moment.get("unlockCode"), "deviceId", "tablet-test-01")),
                Argument.mapOf(String.class, Object.class));
        return (String) unlocked.get("sessionToken");
    }
}
