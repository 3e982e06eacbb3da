package nl.inbreng.tables;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data for thematafels with named states: {@code aTableSession().withCapacity(2).startingTomorrow()}. */
final class TableSessionBuilder {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private String title = "Thematafel jeugdoverlast " + COUNTER.incrementAndGet();
    private int capacity = 12;
    private LocalDateTime startsAt = LocalDateTime.now(TableSession.ZONE).plusDays(7).withHour(19).withMinute(30)
            .withSecond(0).withNano(0);
    private final List<String> themes = new ArrayList<>(List.of("3.1"));

    private TableSessionBuilder() {
    }

    static TableSessionBuilder aTableSession() {
        return new TableSessionBuilder();
    }

    TableSessionBuilder titled(String value) {
        this.title = value;
        return this;
    }

    TableSessionBuilder withThemes(String... codes) {
        themes.clear();
        themes.addAll(List.of(codes));
        return this;
    }

    TableSessionBuilder withCapacity(int seats) {
        this.capacity = seats;
        return this;
    }

    TableSessionBuilder startingTomorrow() {
        this.startsAt = LocalDateTime.now(TableSession.ZONE).plusDays(1).withHour(14).withMinute(0).withSecond(0).withNano(0);
        return this;
    }

    TableSessionBuilder endedMonthsAgo(int months, int extraDays) {
        this.startsAt = LocalDateTime.now(TableSession.ZONE).minusMonths(months).minusDays(extraDays).withHour(19)
                .withMinute(0).withSecond(0).withNano(0).minusHours(2);
        return this;
    }

    TableSessionBuilder alreadyStarted() {
        this.startsAt = LocalDateTime.now(TableSession.ZONE).minusMinutes(30).withNano(0);
        return this;
    }

    TableSession saveWith(TableSessionRepository sessions, TableSessionThemeRepository sessionThemes) {
        TableSession saved = sessions.save(new TableSession(null, null, null, title,
                "Samen praten over overlast van jongeren; wat speelt er, en wat helpt?", startsAt, startsAt.plusHours(2),
                "Gemeentehuis, zaal De Linde, Markt 1", capacity, "Fatima el Amrani", null, null,
                LocalDateTime.now(TableSession.ZONE), null));
        themes.forEach(code -> sessionThemes.save(new TableSessionTheme(null, saved.id(), code)));
        return saved;
    }
}
