package nl.inbreng.insight.admin;

import nl.inbreng.accounts.VisibleGemeenten;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.submissions.CountedInputs;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The counts behind the dashboard charts: input per ISO week and channel, per theme, per area and per respondent
 * group. Which inputs count: {@link CountedInputs#PARTICIPATION} (hidden ones do: someone did take part).
 */
@Singleton
class DashboardFigures {

    static final String UNKNOWN = "ONBEKEND";
    private static final String COUNTED_RULE = " " + CountedInputs.PARTICIPATION.sql("s");

    /** One bar: a theme code, an area name or a group code (ONBEKEND when not given), and a count. */
    @Serdeable
    record Bar(String label, int count) {
    }

    /** One week ("2026-W40", Monday first) with its count per channel. */
    @Serdeable
    record Week(String week, Map<String, Integer> channels) {
    }

    /**
     * One area with entered population: its inputs and their share of all inputs placed in such areas, against its
     * share of their inhabitants. index = input share ÷ population share (1 = in proportion); verdict OVER from 1.25,
     * ONDER up to 0.8, else IN_VERHOUDING. Shares are percentages with one decimal, the index has two.
     */
    @Serdeable
    record AreaShare(String code, String name, int population, @Nullable Integer populationYear, int inputs,
                     double inputShare, double populationShare, @Nullable Double index, String verdict,
                     String inputsLink) {
    }

    @Serdeable
    record Dashboard(@Nullable Long round, int total, List<String> channels, List<Week> perWeek, List<Bar> perTheme,
                     List<Bar> perArea, List<Bar> perGroup, List<AreaShare> areaShares) {
    }

    static final double OVER = 1.25;
    static final double UNDER = 0.8;

    /** The outcome; there is no failure case beyond a broken database. */
    sealed interface Result {
        record Computed(Dashboard dashboard) implements Result {
        }
    }

    private final DataSource dataSource;
    private final VisibleGemeenten visible;

    DashboardFigures(DataSource dataSource, VisibleGemeenten visible) {
        this.dataSource = dataSource;
        this.visible = visible;
    }

    /** The inputs that count, of the account's gemeenten only (ADR 0170). */
    private String counted() {
        return COUNTED_RULE + " AND " + visible.sql("s.gemeente_id") + " ";
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    Result compute(@Nullable Long round) {
        String roundClause = round == null ? "" : " AND s.round_id = ?";
        Map<String, Map<String, Integer>> weeks = new TreeMap<>();
        java.util.Set<String> channels = new java.util.TreeSet<>();
        query("SELECT CAST(s.created_at AS DATE), s.channel, COUNT(*) FROM submission s WHERE" + counted() + roundClause
                + " GROUP BY CAST(s.created_at AS DATE), s.channel", round, row -> {
                    LocalDate day = LocalDate.parse(row[0]);
                    String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    weeks.computeIfAbsent(week, x -> new TreeMap<>()).merge(row[1], Integer.parseInt(row[2]), Integer::sum);
                    channels.add(row[1]);
                });
        List<Week> perWeek = new ArrayList<>();
        weeks.forEach((week, counts) -> perWeek.add(new Week(week, counts)));
        int total = weeks.values().stream().flatMap(counts -> counts.values().stream()).mapToInt(Integer::intValue).sum();

        // Themes by code, like groups: the screen names them in its own language ("3.1 Jeugdoverlast").
        List<Bar> perTheme = bars("SELECT th.code, COUNT(DISTINCT s.id) FROM submission s "
                + "JOIN submission_theme st ON st.submission_id = s.id JOIN thema th ON th.code = st.thema_code WHERE"
                + counted() + roundClause + " GROUP BY th.code, th.position ORDER BY COUNT(DISTINCT s.id) DESC, th.position", round);
        List<Bar> perArea = bars("SELECT a.name, COUNT(*) FROM submission s LEFT JOIN area a ON a.id = s.area_id WHERE"
                + counted() + roundClause + " GROUP BY a.name ORDER BY COUNT(*) DESC, a.name", round);
        List<Bar> perGroup = bars("SELECT s.respondent_type, COUNT(*) FROM submission s WHERE" + counted() + roundClause
                + " GROUP BY s.respondent_type ORDER BY COUNT(*) DESC, s.respondent_type", round);
        return new Result.Computed(new Dashboard(round, total, List.copyOf(channels), perWeek, perTheme, perArea, perGroup,
                areaShares(round)));
    }

    /** Only areas whose population the beheerder entered take part: a share of an unknown whole means nothing. */
    private List<AreaShare> areaShares(@Nullable Long round) {
        List<String[]> rows = new ArrayList<>();
        query("SELECT a.code, a.name, a.population, a.population_year, COUNT(s.id) FROM area a "
                + "LEFT JOIN submission s ON s.area_id = a.id AND" + counted() + (round == null ? "" : " AND s.round_id = ?")
                + " WHERE a.population IS NOT NULL AND " + visible.sql("a.gemeente_id") + " GROUP BY a.code, a.name, a.population, a.population_year, a.position"
                + " ORDER BY a.position, a.name", round, rows::add);
        long inputs = rows.stream().mapToLong(row -> Long.parseLong(row[4])).sum();
        long people = rows.stream().mapToLong(row -> Long.parseLong(row[2])).sum();
        List<AreaShare> shares = new ArrayList<>();
        for (String[] row : rows) {
            int population = Integer.parseInt(row[2]);
            int count = Integer.parseInt(row[4]);
            double inputShare = inputs == 0 ? 0 : Math.round(1000.0 * count / inputs) / 10.0;
            double populationShare = people == 0 ? 0 : Math.round(1000.0 * population / people) / 10.0;
            // The index is taken from the shares as shown, so the screen's figures recompute to it.
            Double index = populationShare == 0 || inputs == 0 ? null : Math.round(100 * inputShare / populationShare) / 100.0;
            String verdict = index == null ? "ONBEKEND" : index >= OVER ? "OVER" : index <= UNDER ? "ONDER" : "IN_VERHOUDING";
            String link = "/api/admin/submissions?area=" + row[0] + (round == null ? "" : "&round=" + round)
                    + "&status=" + CountedInputs.PARTICIPATION.statusParameter();
            shares.add(new AreaShare(row[0], row[1], population, row[3] == null ? null : Integer.valueOf(row[3]), count,
                    inputShare, populationShare, index, verdict, link));
        }
        return shares;
    }

    private List<Bar> bars(String sql, @Nullable Long round) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        // A null area name means "no area given"; the screen shows its own words for ONBEKEND.
        query(sql, round, row -> counts.merge(row[0] == null ? UNKNOWN : row[0], Integer.parseInt(row[1]), Integer::sum));
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> bars.add(new Bar(label, count)));
        return bars;
    }

    private void query(String sql, @Nullable Long round, Consumer<String[]> consumer) {
        FigureRows.read(dataSource, sql, round, consumer, "dashboard figures");
    }
}
