package nl.inbreng.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.areas.Area;
import nl.inbreng.areas.AreaRepository;
import nl.inbreng.areas.Gemeente;
import nl.inbreng.areas.GemeenteRepository;
import nl.inbreng.identity.GemeenteIdentity;
import nl.inbreng.identity.GemeenteIdentityRepository;
import nl.inbreng.common.DatabaseKind;
import nl.inbreng.common.InbrengSettings;
import nl.inbreng.rounds.Round;
import nl.inbreng.rounds.RoundRepository;
import nl.inbreng.submissions.NewInput;
import nl.inbreng.submissions.StoreInput;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.RespondentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty database with Gemeente Veenendijk, its wijken and kernen, an open round and the labelled
 * corpus, so a first start shows a working product. Runs only when INBRENG_DEMO_DATA allows it (by default:
 * on the embedded database only) and only once: a database with any gemeente is left alone.
 */
@Singleton
class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final InbrengSettings settings;
    private final DatabaseKind databaseKind;
    private final GemeenteRepository gemeenten;
    private final GemeenteIdentityRepository identities;
    private final AreaRepository areas;
    private final RoundRepository rounds;
    private final StoreInput storeInput;
    private final ObjectMapper json;
    private final Clock clock;

    DemoDataLoader(InbrengSettings settings, DatabaseKind databaseKind, GemeenteRepository gemeenten,
                   GemeenteIdentityRepository identities,
                   AreaRepository areas, RoundRepository rounds, StoreInput storeInput, ObjectMapper json,
                   Clock clock) {
        this.settings = settings;
        this.databaseKind = databaseKind;
        this.gemeenten = gemeenten;
        this.identities = identities;
        this.areas = areas;
        this.rounds = rounds;
        this.storeInput = storeInput;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        boolean wanted = settings.demoData() == null ? databaseKind.isEmbedded() : settings.demoData();
        if (wanted && gemeenten.count() == 0) {
            int loaded = load();
            LOG.info("Demo content loaded: Gemeente {} with {} areas and {} inputs", DemoMunicipality.NAME,
                    DemoMunicipality.AREAS.size(), loaded);
        }
    }

    @Transactional
    int load() {
        LocalDateTime now = LocalDateTime.now(clock);
        Gemeente gemeente = gemeenten.save(new Gemeente(null, DemoMunicipality.CODE, DemoMunicipality.NAME,
                DemoMunicipality.POPULATION));
        // A fictional gemeente: example.nl addresses and a number that reaches nobody; the neutral look.
        identities.save(GemeenteIdentity.builder(gemeente.id(), "Gemeente " + DemoMunicipality.NAME,
                        GemeenteIdentity.TokenSet.NEUTRAAL, now)
                .planTitle("Veiligheidsplan 2027–2030")
                .contact("https://www.veenendijk.example.nl", "14 0999", "veiligheid@veenendijk.example.nl",
                        "Postbus 1000, 9999 ZZ Veenendijk", "privacy@veenendijk.example.nl")
                .logoAlt("Gemeente " + DemoMunicipality.NAME)
                .build());
        Map<String, Long> areaIds = new HashMap<>();
        int position = 0;
        for (DemoMunicipality.DemoArea demoArea : DemoMunicipality.AREAS) {
            Area area = areas.save(new Area(null, gemeente.id(), demoArea.code(), demoArea.name(), demoArea.kind(),
                    demoArea.population(), position++));
            areaIds.put(area.code(), area.id());
        }
        Round round = rounds.save(new Round(null, gemeente.id(), "veiligheid-veenendijk-2027",
                "Veilig Veenendijk 2027-2030: wat vindt u belangrijk?", Round.Doelgroep.IEDEREEN,
                "Iedereen die in Veenendijk woont, werkt of onderneemt kan meedoen.",
                now.minusDays(61), now.plusDays(45), false, now.minusDays(61)));
        return loadCorpus(gemeente.id(), round.id(), areaIds, now);
    }

    private int loadCorpus(Long gemeenteId, Long roundId, Map<String, Long> areaIds, LocalDateTime now) {
        List<CorpusEntry> corpus = DemoCorpus.load(json);
        for (CorpusEntry entry : corpus) {
            LocalDateTime at = now.minusDays(entry.daysAgo()).minusMinutes(Math.floorMod(entry.problem().hashCode(), 600));
            storeInput.store(NewInput.builder()
                    .problem(entry.problem())
                    .solution(entry.solution())
                    // the gold labels stay in the corpus; a resident who ticked "Weet ik niet" gave no themes
                    .themeCodes(entry.unsure() ? List.of() : entry.themes())
                    .respondentType(RespondentType.valueOf(entry.respondentType()))
                    .ageBand(entry.ageBand())
                    .channel(Channel.valueOf(entry.channel()))
                    .gemeenteId(gemeenteId)
                    .roundId(roundId)
                    .areaId(entry.area() == null ? null : areaIds.get(entry.area()))
                    .createdAt(at)
                    .build());
        }
        return corpus.size();
    }
}
