package nl.inbreng.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.common.DatabaseKind;
import nl.inbreng.common.InbrengSettings;
import nl.inbreng.rounds.InvitationCodes;
import nl.inbreng.rounds.Organisation;
import nl.inbreng.rounds.OrganisationRepository;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundBySlugRepository;
import nl.inbreng.rounds.RoundInvitation;
import nl.inbreng.rounds.RoundInvitationRepository;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.rounds.RoundTheme;
import nl.inbreng.rounds.RoundThemeRepository;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.tables.Registration;
import nl.inbreng.tables.RegistrationRepository;
import nl.inbreng.tables.TableOutcome;
import nl.inbreng.tables.TableOutcomeRepository;
import nl.inbreng.tables.TableSession;
import nl.inbreng.tables.TableSessionRepository;
import nl.inbreng.tables.TableSessionTheme;
import nl.inbreng.tables.TableSessionThemeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Demo rounds for wijkraden and ondernemers (with invited organisations) and two thematafels, the past one with
 * recorded outcomes and a published verslag. Runs after the main demo loader, only when demo content is wanted
 * and only once (the wijkraden round's slug marks it as done). The demo invitation codes are fixed and printed on
 * purpose: they open fictional demo organisations only.
 */
@Singleton
class DemoRoundsAndTablesLoader {

    static final String WIJKRADEN_SLUG = "wijkraden-veenendijk-2027";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRoundsAndTablesLoader.class);

    private final InbrengSettings settings;
    private final DatabaseKind databaseKind;
    private final GemeenteRepository gemeenten;
    private final RoundRepository rounds;
    private final RoundBySlugRepository roundsBySlug;
    private final RoundThemeRepository roundThemes;
    private final OrganisationRepository organisations;
    private final RoundInvitationRepository invitations;
    private final TableSessionRepository sessions;
    private final TableSessionThemeRepository sessionThemes;
    private final RegistrationRepository registrations;
    private final TableOutcomeRepository outcomes;
    private final StoreInput storeInput;
    private final Clock clock;

    DemoRoundsAndTablesLoader(InbrengSettings settings, DatabaseKind databaseKind, GemeenteRepository gemeenten,
                              RoundRepository rounds, RoundBySlugRepository roundsBySlug, RoundThemeRepository roundThemes,
                              OrganisationRepository organisations, RoundInvitationRepository invitations,
                              TableSessionRepository sessions, TableSessionThemeRepository sessionThemes,
                              RegistrationRepository registrations, TableOutcomeRepository outcomes,
                              StoreInput storeInput, Clock clock) {
        this.settings = settings;
        this.databaseKind = databaseKind;
        this.gemeenten = gemeenten;
        this.rounds = rounds;
        this.roundsBySlug = roundsBySlug;
        this.roundThemes = roundThemes;
        this.organisations = organisations;
        this.invitations = invitations;
        this.sessions = sessions;
        this.sessionThemes = sessionThemes;
        this.registrations = registrations;
        this.outcomes = outcomes;
        this.storeInput = storeInput;
        this.clock = clock;
    }

    // after DemoDataLoader (order 0), which creates the demo gemeente this content belongs to
    @EventListener
    @Order(100)
    void onStartup(StartupEvent event) {
        boolean wanted = settings.demoData() == null ? databaseKind.isEmbedded() : settings.demoData();
        if (!wanted || roundsBySlug.findBySlug(WIJKRADEN_SLUG).isPresent()) {
            return;
        }
        gemeenten.findByCode(DemoMunicipality.CODE).ifPresent(gemeente -> {
            load(gemeente);
            LOG.info("Demo rounds and thematafels loaded; demo invitation codes: DEMO-WIJK-OOST, DEMO-ONDN-KHN1");
        });
    }

    @Transactional
    void load(Gemeente gemeente) {
        LocalDateTime now = LocalDateTime.now(clock);
        Round wijkraden = round(gemeente, WIJKRADEN_SLUG, "Wijkraden over veiligheid in Veenendijk", Round.Doelgroep.WIJKRADEN,
                "De wijkraden spreken voor hun wijk. Geef per thema aan wat er speelt, wat zou helpen en wat voor uw wijk het belangrijkst is.",
                now.minusDays(14), now.plusDays(30), List.of("1.1", "1.2", "1.4", "3.1", "4.1"));
        invite(gemeente, wijkraden, "Wijkraad Veenendijk-Oost", Organisation.Kind.WIJKRAAD, "DEMO-WIJK-OOST", now);
        invite(gemeente, wijkraden, "Wijkraad Centrum", Organisation.Kind.WIJKRAAD, InvitationCodes.newCode(), now);
        Round ondernemers = round(gemeente, "ondernemers-veenendijk-2027", "Ondernemers over een veilig Veenendijk",
                Round.Doelgroep.ONDERNEMERS,
                "Voor ondernemersverenigingen, KHN en de bedrijvenparkmanagers: wat merkt u van onveiligheid en ondermijning?",
                now.minusDays(7), now.plusDays(35), List.of("2.1", "2.2", "2.3", "5.2"));
        invite(gemeente, ondernemers, "KHN afdeling Veenendijk", Organisation.Kind.ONDERNEMERSVERENIGING, "DEMO-ONDN-KHN1", now);
        invite(gemeente, ondernemers, "Ondernemersvereniging Centrum", Organisation.Kind.ONDERNEMERSVERENIGING,
                InvitationCodes.newCode(), now);
        invite(gemeente, ondernemers, "Parkmanagement bedrijvenpark De Hoek", Organisation.Kind.BEDRIJVENPARK,
                InvitationCodes.newCode(), now);

        LocalDateTime next = now.plusDays(9).withHour(19).withMinute(30).withSecond(0).withNano(0);
        TableSession youth = sessions.save(new TableSession(null, gemeente.id(), null, "Jeugd en veiligheid",
                "Met jongerenwerk, scholen, de wijkagent en boa's praten over jeugdoverlast en jongeren die afglijden.",
                next, next.plusHours(2), "Gemeentehuis Veenendijk, raadzaal, Markt 1", 16, "Fatima el Amrani",
                null, null, now, Round.Doelgroep.PROFESSIONALS));
        themes(youth, "3.1", "3.2", "3.3", "3.4");
        attendee(youth, "Sanne Willems", "Jongerenwerk Veenendijk", Registration.Status.CONFIRMED, null, now);
        attendee(youth, "Mehmet Yilmaz", "Basisteam politie", Registration.Status.CONFIRMED, null, now);

        LocalDateTime past = now.minusDays(10).withHour(15).withMinute(0).withSecond(0).withNano(0);
        TableSession undermining = sessions.save(new TableSession(null, gemeente.id(), ondernemers.id(),
                "Ondermijning en veilige bedrijventerreinen",
                "Met parkmanagement, ondernemers, politie en RIEC over signalen van ondermijning.",
                past, past.plusHours(2), "Bedrijvenpark De Hoek, kantine Parkmanagement", 12, "Joost van Leeuwen",
                "De tafel (9 deelnemers) ziet leegstaande bedrijfsunits en contant betalende huurders als belangrijkste signaal. "
                        + "Advies: 1. ondermijning op bedrijventerreinen, 2. veilige bedrijventerreinen (verlichting, camera's), "
                        + "3. veilig winkelgebied. De gemeente neemt dit mee in de conceptprioritering.",
                past.plusDays(2), now, Round.Doelgroep.ONDERNEMERS));
        themes(undermining, "2.2", "5.2");
        attendee(undermining, "Ellen Bosman", "Parkmanagement De Hoek", Registration.Status.CONFIRMED, true, now);
        attendee(undermining, "Ruud Kramer", "Ondernemersvereniging Centrum", Registration.Status.CONFIRMED, true, now);
        attendee(undermining, "Yvonne de Groot", "RIEC", Registration.Status.CONFIRMED, false, now);
        outcome(undermining, "5.2", 1,
                "Leegstaande bedrijfsunits worden contant verhuurd; er komen 's nachts busjes. Ondernemers durven dit niet te melden.",
                "Een meldpunt waar ondernemers anoniem signalen kwijt kunnen, en een vast contact bij de gemeente.",
                "Maak ondermijning op bedrijventerreinen prioriteit 1.", past.plusHours(2));
        outcome(undermining, "2.2", 2, "Slechte verlichting en geen camera's bij de achteringang van het park.",
                "Samen met parkmanagement investeren in verlichting en cameratoezicht.",
                "Keurmerk Veilig Ondernemen voor het hele park.", past.plusHours(2));
        outcome(undermining, "2.1", 3, "Winkeldiefstal en intimidatie bij de supermarkten in het centrum.",
                "Een winkelverbod dat voor alle winkels geldt (collectief winkelverbod).", null, past.plusHours(2));
    }

    private Round round(Gemeente gemeente, String slug, String title, Round.Doelgroep doelgroep, String intro,
                        LocalDateTime opensAt, LocalDateTime closesAt, List<String> themeCodes) {
        Round round = rounds.save(new Round(null, gemeente.id(), slug, title, doelgroep, intro, opensAt, closesAt, true, opensAt));
        themeCodes.forEach(code -> roundThemes.save(new RoundTheme(null, round.id(), code)));
        return round;
    }

    private void invite(Gemeente gemeente, Round round, String name, Organisation.Kind kind, String code, LocalDateTime now) {
        Organisation organisation = organisations.save(new Organisation(null, gemeente.id(), name, kind,
                "Secretaris " + name, null, now));
        invitations.save(new RoundInvitation(null, round.id(), organisation.id(), InvitationCodes.hash(code),
                round.closesAt(), null, now));
    }

    private void themes(TableSession session, String... codes) {
        for (String code : codes) {
            sessionThemes.save(new TableSessionTheme(null, session.id(), code));
        }
    }

    private void attendee(TableSession session, String name, String organisation, Registration.Status status,
                          Boolean attended, LocalDateTime now) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@voorbeeld.example";
        // demo rows get a random token hash: nobody holds their link
        String tokenHash = InvitationCodes.hash(UUID.randomUUID().toString());
        registrations.save(new Registration(null, session.id(), tokenHash, name, organisation, email, email, null, status,
                attended, now, now, null));
    }

    private void outcome(TableSession session, String themeCode, int rank, String problem, String solution, String advice,
                         LocalDateTime at) {
        // Through StoreInput like every other input, so these outcomes reach the search index (and the inbox) too.
        long submissionId = storeInput.store(TableOutcome.input(session, themeCode, problem, solution, at)).submissionId();
        outcomes.save(new TableOutcome(null, session.id(), submissionId, themeCode, rank, advice, at));
    }
}
