package nl.inbreng.search;

import jakarta.inject.Inject;
import nl.inbreng.submissions.Submission.Channel;
import nl.inbreng.submissions.Submission.SubmissionStatus;
import nl.inbreng.testing.RealDatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small fixed Dutch corpus with the hits the werkgroep expects. */
class DutchSearchTest extends RealDatabaseTest {

    @Inject
    IndexedInputs inputs;
    @Inject
    IndexOutboxWorker worker;
    @Inject
    SubmissionSearch search;

    long round;
    long hangjongeren;
    long eenJongere;
    long jongerenBijSchool;
    long jeugdoverlast;
    long woninginbraak;
    long inbrekers;
    long drugsdealers;
    long straatverlichting;
    long hondenpoep;

    @BeforeAll
    void storeCorpus() {
        round = inputs.newRound();
        LocalDateTime now = LocalDateTime.now();
        hangjongeren = inputs.add(round, "Elke avond hangjongeren bij het winkelcentrum, ze gooien met flessen.",
                Channel.ONLINE, now.minusDays(5), "3.1");
        eenJongere = inputs.add(round, "Er is een jongere die steeds met een scooter over de stoep rijdt.",
                Channel.MARKTKRAAM, now.minusDays(4), "4.1", "3.1");
        jongerenBijSchool = inputs.add(round, "Jongeren roken en blowen bij de ingang van de school.",
                Channel.ONLINE, now.minusDays(3), "3.4");
        jeugdoverlast = inputs.add(round, "Veel jeugdoverlast op het plein achter de kerk.",
                Channel.PAPIER, now.minusDays(2), "3.1");
        woninginbraak = inputs.add(round, "Bij ons in de straat was vorige week weer een woninginbraak.",
                Channel.ONLINE, now.minusDays(1), "1.3");
        inbrekers = inputs.add(round, "Inbrekers komen via de achtertuin, de steeg is donker.",
                Channel.ONLINE, now.minusHours(5), "1.3");
        drugsdealers = inputs.add(round, "Bij het station staan drugsdealers openlijk te handelen.",
                Channel.ONLINE, now.minusHours(4), "5.2");
        straatverlichting = inputs.add(round, "De straatverlichting in het park is al weken kapot.",
                Channel.MARKTKRAAM, now.minusHours(3), "1.2");
        hondenpoep = inputs.add(round, "Overal hondenpoep op de stoep bij de basisschool.",
                Channel.ONLINE, now.minusHours(2), "1.2");
        worker.awaitCaughtUp();
    }

    @Test
    void findsCompoundsAndOtherFormsOfAWord() {
        Set<Long> found = ids("jongeren");

        assertTrue(found.containsAll(Set.of(hangjongeren, eenJongere, jongerenBijSchool)), found::toString);
        assertFalse(found.contains(woninginbraak));
    }

    @Test
    void expandsDomainSynonyms() {
        assertTrue(ids("hangjongeren").containsAll(Set.of(hangjongeren, jeugdoverlast)));
        assertTrue(ids("inbraak").containsAll(Set.of(woninginbraak, inbrekers)));
        assertTrue(ids("drugsoverlast").contains(drugsdealers));
    }

    @Test
    void toleratesATypo() {
        SearchResult result = search("straatverlichtnig");

        assertEquals(Set.of(straatverlichting), idsOf(result));
        assertTrue(result.typoTolerant());
    }

    @Test
    void needsEveryWordByDefault() {
        assertEquals(Set.of(hondenpoep), ids("hondenpoep school"));
    }

    @Test
    void marksTheMatchesInAnEscapedSnippet() {
        SearchResult result = search("winkelcentrum");

        assertEquals(1, result.items().size());
        String highlight = result.items().get(0).highlight();
        assertNotNull(highlight);
        assertTrue(highlight.contains("<mark>winkelcentrum</mark>"), highlight);
    }

    @Test
    void countsThemesAndChannelsOverAllHits() {
        SearchResult result = search.search(inRound().withText("jongeren").withPage(0, 1));

        // "jongeren" also finds "jeugdoverlast": jeugd is in the same concept group (ADR 0110).
        assertEquals(1, result.items().size());
        assertEquals(4L, result.total());
        assertEquals(3L, result.facets().get("theme").get("3.1"));
        assertEquals(1L, result.facets().get("channel").get("MARKTKRAAM"));
        assertEquals(1L, result.facets().get("channel").get("PAPIER"));
    }

    @Test
    void filtersOnThemeAndSortsNewestFirstWithoutText() {
        SearchResult result = search.search(inRound().withThemes(List.of("1.3", "1.2")));

        assertEquals(List.of(hondenpoep, straatverlichting, inbrekers, woninginbraak),
                result.items().stream().map(SearchResult.Hit::id).toList());
    }

    @Test
    void forgetsWithdrawnInputsAndHidesHiddenOnesByDefault() {
        long withdrawn = inputs.add(round, "Een kapotte bank in het wijkpark, met gevaarlijke splinters.", "1.2");
        long hidden = inputs.add(round, "Een kapotte bank bij de vijver, niemand ruimt het op.", "1.2");
        worker.awaitCaughtUp();
        assertEquals(Set.of(withdrawn, hidden), ids("kapotte bank"));

        inputs.withdraw(withdrawn);
        inputs.setStatus(hidden, SubmissionStatus.VERBORGEN);
        worker.awaitCaughtUp();

        assertEquals(Set.of(), ids("kapotte bank"));
        SearchQuery hiddenOnes = inRound().withText("kapotte bank");
        hiddenOnes = new SearchQuery(hiddenOnes.text(), List.of(), List.of(), List.of(), List.of(), hiddenOnes.rounds(),
                List.of(), List.of("VERBORGEN"), null, null, null, SearchQuery.Order.RELEVANCE, 0, 20);
        assertEquals(Set.of(hidden), idsOf(search.search(hiddenOnes)));
    }

    private SearchQuery inRound() {
        SearchQuery all = SearchQuery.all();
        return new SearchQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(Long.toString(round)),
                List.of(), List.of(), null, null, null, SearchQuery.Order.RELEVANCE, 0, all.size());
    }

    private SearchResult search(String text) {
        return search.search(inRound().withText(text));
    }

    private Set<Long> ids(String text) {
        return idsOf(search(text));
    }

    private static Set<Long> idsOf(SearchResult result) {
        return result.items().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
    }
}
