package nl.inbreng.tables;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.common.mail.Mailer;
import nl.inbreng.common.mail.OutgoingMail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mails around a thematafel registration, in plain Dutch (B1). Only the first mail can carry the personal
 * link: afterwards the database holds just the link's hash, so later mails point back to that first mail.
 */
@Singleton
class TableMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("nl", "NL"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Mailer mailer;
    private final Clock clock;
    private final String publicUrl;

    TableMails(Mailer mailer, Clock clock, @Value("${inbreng.public-url:`http://localhost:8080`}") String publicUrl) {
        this.mailer = mailer;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void confirmed(TableSession session, Registration registration, String token) {
        String text = greeting(registration)
                + "U bent ingeschreven voor de thematafel \"" + session.title() + "\".\n\n"
                + when(session)
                + "In de bijlage zit een uitnodiging voor uw agenda.\n\n"
                + personalLink(token)
                + closing();
        mailer.send(new OutgoingMail(registration.email(), "Inschrijving thematafel: " + session.title(), text,
                invite("REQUEST", session, registration, 0)));
    }

    void waitlisted(TableSession session, Registration registration, String token, int position) {
        String text = greeting(registration)
                + "De thematafel \"" + session.title() + "\" is vol. U staat op de wachtlijst op plaats " + position + ".\n\n"
                + "Komt er een plek vrij? Dan krijgt u automatisch die plek en sturen wij u een e-mail.\n\n"
                + when(session)
                + personalLink(token)
                + closing();
        mailer.send(new OutgoingMail(registration.email(), "Wachtlijst thematafel: " + session.title(), text, null));
    }

    void promoted(TableSession session, Registration registration) {
        String text = greeting(registration)
                + "Goed nieuws: er is een plek vrijgekomen. U bent nu ingeschreven voor de thematafel \""
                + session.title() + "\".\n\n"
                + when(session)
                + "In de bijlage zit een uitnodiging voor uw agenda.\n\n"
                + "Kunt u toch niet komen? Meld u dan af via de link in onze eerste e-mail. Dan kan iemand anders uw plek krijgen.\n\n"
                + closing();
        mailer.send(new OutgoingMail(registration.email(), "U heeft een plek: " + session.title(), text,
                invite("REQUEST", session, registration, 1)));
    }

    void cancelled(TableSession session, Registration registration, boolean hadSeat) {
        String text = greeting(registration)
                + "U heeft zich afgemeld voor de thematafel \"" + session.title() + "\". Wij hebben dat verwerkt.\n\n"
                + "Wilt u toch komen? Schrijf u dan opnieuw in op " + publicUrl + "/thematafels.\n\n"
                + closing();
        mailer.send(new OutgoingMail(registration.email(), "Afgemeld: " + session.title(), text,
                hadSeat ? invite("CANCEL", session, registration, 2) : null));
    }

    /** Answers whether the SMTP server took the reminder. */
    boolean reminder(TableSession session, Registration registration) {
        String text = greeting(registration)
                + "Morgen is de thematafel \"" + session.title() + "\". Fijn dat u komt!\n\n"
                + when(session)
                + "Kunt u toch niet komen? Meld u dan af via de link in onze eerste e-mail.\n\n"
                + closing();
        return mailer.send(new OutgoingMail(registration.email(), "Morgen: thematafel " + session.title(), text, null));
    }

    private OutgoingMail.CalendarPart invite(String method, TableSession session, Registration registration, int sequence) {
        LocalDateTime dutchNow = LocalDateTime.now(clock.withZone(TableSession.ZONE));
        return new OutgoingMail.CalendarPart(method,
                CalendarInvite.write(method, session, registration, mailer.from(), dutchNow, sequence));
    }

    private static String greeting(Registration registration) {
        return "Beste " + registration.name() + ",\n\n";
    }

    private static String when(TableSession session) {
        return "Wanneer: " + DAY.format(session.startsAt()) + ", van " + TIME.format(session.startsAt())
                + " tot " + TIME.format(session.endsAt()) + " uur\n"
                + "Waar: " + session.place() + "\n"
                + facilitator(session.facilitator()) + "\n";
    }

    private static String facilitator(@Nullable String name) {
        return name == null ? "" : "Gespreksleider: " + name + "\n";
    }

    private String personalLink(String token) {
        return "Via deze persoonlijke link ziet u uw inschrijving, kunt u zich afmelden en leest u later het verslag:\n"
                + publicUrl + "/thematafels/inschrijving/" + token + "\n"
                + "Deel deze link niet met anderen.\n\n";
    }

    private static String closing() {
        return "Met vriendelijke groet,\nTeam Openbare Orde en Veiligheid\n";
    }
}
