package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.inbreng.themes.Thema;
import nl.inbreng.themes.ThemaRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The conceptprioritering: per theme a score anyone can recompute from the figures shown next to it. Score =
 * 100 × (0.4 × inputs ÷ most inputs of any theme + 0.4 × vote points ÷ most vote points + 0.2 × advice inputs ÷
 * most advice inputs). Vote points: 3 for a first place, 2 for a second, 1 for a third. Advice inputs are those
 * from a thematafel or from professionals. Shown per respondent group too, so agreement and difference are visible.
 */
@Singleton
public class DraftPrioritisation {

    static final double INPUT_WEIGHT = 0.4;
    static final double VOTE_WEIGHT = 0.4;
    static final double ADVICE_WEIGHT = 0.2;

    private final DataSource dataSource;
    private final ThemaRepository themes;

    DraftPrioritisation(DataSource dataSource, ThemaRepository themes) {
        this.dataSource = dataSource;
        this.themes = themes;
    }

    /** Figures of one group (INWONER, ONDERNEMER, PROFESSIONAL, JONGERE, ANDERS) for one theme. */
    @Serdeable
    public record GroupFigures(int inputs, int votePoints) {
    }

    /** One theme's line; {@code inputsLink} opens the inputs behind the figures in the admin inbox. */
    @Serdeable
    public record ThemePriority(String code, String name, @Nullable String veldCode, int score, int inputs, int votes,
                         int votePoints, int adviceInputs, Map<String, GroupFigures> groups, String inputsLink) {
    }

    @Serdeable
    public record Prioritisation(@Nullable Long round, String formula, List<ThemePriority> themes) {
    }

    /** The outcome; there is no failure case beyond a broken database. */
    public sealed interface Result {
        record Computed(Prioritisation prioritisation) implements Result {
        }
    }

    // The DataSource hands out the current transaction's connection, so there must be one.
    @Transactional(readOnly = true)
    public Result compute(@Nullable Long round) {
        Map<String, Map<String, int[]>> figures = new TreeMap<>();
        Map<String, Integer> advice = new TreeMap<>();
        Map<String, Integer> votes = new TreeMap<>();
        String roundClause = round == null ? "" : " AND s.round_id = ?";
        query("SELECT t.thema_code, s.respondent_type, s.channel, COUNT(*) FROM submission s "
                + "JOIN submission_theme t ON t.submission_id = s.id WHERE s.problem IS NOT NULL "
                + "AND s.status NOT IN ('VERBORGEN', 'SPAM', 'INGETROKKEN')" + roundClause
                + " GROUP BY t.thema_code, s.respondent_type, s.channel", round, row -> {
                    int count = row.count();
                    group(figures, row.theme(), row.group())[0] += count;
                    if ("THEMATAFEL".equals(row.third()) || "PROFESSIONAL".equals(row.group())) {
                        advice.merge(row.theme(), count, Integer::sum);
                    }
                });
        String voteRound = round == null ? "" : " AND v.round_id = ?";
        query("SELECT t.thema_code, v.respondent_type, t.rank_position, COUNT(*) FROM priority_vote v "
                + "JOIN priority_vote_theme t ON t.vote_id = v.id WHERE 1 = 1" + voteRound
                + " GROUP BY t.thema_code, v.respondent_type, t.rank_position", round, row -> {
                    int rank = Integer.parseInt(row.third());
                    group(figures, row.theme(), row.group())[1] += row.count() * Math.max(0, 4 - rank);
                    votes.merge(row.theme(), row.count(), Integer::sum);
                });

        List<Thema> active = themes.findByActiveOrderByPosition(true);
        int maxInputs = 1;
        int maxPoints = 1;
        int maxAdvice = 1;
        for (Thema thema : active) {
            maxInputs = Math.max(maxInputs, total(figures, thema.code(), 0));
            maxPoints = Math.max(maxPoints, total(figures, thema.code(), 1));
            maxAdvice = Math.max(maxAdvice, advice.getOrDefault(thema.code(), 0));
        }
        List<ThemePriority> lines = new ArrayList<>();
        for (Thema thema : active) {
            int inputs = total(figures, thema.code(), 0);
            int points = total(figures, thema.code(), 1);
            int adviceInputs = advice.getOrDefault(thema.code(), 0);
            double score = 100 * (INPUT_WEIGHT * inputs / maxInputs + VOTE_WEIGHT * points / maxPoints
                    + ADVICE_WEIGHT * adviceInputs / maxAdvice);
            Map<String, GroupFigures> groups = new LinkedHashMap<>();
            figures.getOrDefault(thema.code(), Map.of())
                    .forEach((group, pair) -> groups.put(group, new GroupFigures(pair[0], pair[1])));
            String link = "/api/admin/submissions?theme=" + thema.code() + (round == null ? "" : "&round=" + round);
            lines.add(new ThemePriority(thema.code(), thema.name(), thema.veldCode(), (int) Math.round(score), inputs,
                    votes.getOrDefault(thema.code(), 0), points, adviceInputs, groups, link));
        }
        lines.sort(Comparator.comparingInt(ThemePriority::score).reversed().thenComparing(ThemePriority::code));
        String formula = "score = 100 × (0,4 × inbreng ÷ meeste inbreng + 0,4 × stempunten ÷ meeste stempunten"
                + " + 0,2 × advies ÷ meeste advies); stempunten: 1e plaats 3, 2e plaats 2, 3e plaats 1";
        return new Result.Computed(new Prioritisation(round, formula, lines));
    }

    private static int[] group(Map<String, Map<String, int[]>> figures, String theme, String group) {
        return figures.computeIfAbsent(theme, x -> new TreeMap<>()).computeIfAbsent(group, x -> new int[2]);
    }

    private static int total(Map<String, Map<String, int[]>> figures, String theme, int index) {
        return figures.getOrDefault(theme, Map.of()).values().stream().mapToInt(pair -> pair[index]).sum();
    }

    private record Row(String theme, String group, String third, int count) {
    }

    private void query(String sql, @Nullable Long round, java.util.function.Consumer<Row> consumer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (round != null) {
                statement.setLong(1, round);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String group = result.getString(2);
                    consumer.accept(new Row(result.getString(1), group == null ? "ONBEKEND" : group,
                            result.getString(3), result.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading figures for the prioritisation failed", e);
        }
    }
}
