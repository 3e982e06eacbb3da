package nl.inbreng.accounts;

import java.util.Map;

/**
 * The kinds of thing an admin route can name by id, each with the query that finds the gemeenten it belongs to
 * (ADR 0170). A NULL gemeente means "none" (only the whole installation sees it); for an account it means the whole
 * installation. Every query takes the id as its only kind of parameter, repeated {@link #parameters} times. A thing that
 * does not exist is out of reach too, so that an account of A gets the same answer for B's id as for no id at all.
 */
public enum Owner {

    GEMEENTE("gemeente", "SELECT id FROM gemeente WHERE id = ?", 1),
    SUBMISSION("submission", "SELECT gemeente_id FROM submission WHERE id = ?", 1),
    ROUND("participation_round", "SELECT gemeente_id FROM participation_round WHERE id = ?", 1),
    TABLE_SESSION("table_session", "SELECT gemeente_id FROM table_session WHERE id = ?", 1),
    KRAAMMOMENT("kraammoment", "SELECT gemeente_id FROM kraammoment WHERE id = ?", 1),
    AREA("area", "SELECT gemeente_id FROM area WHERE id = ?", 1),
    /**
     * A clustering belongs to the gemeenten of its inputs and of the round or area it was made for; one made over
     * A and B together is seen only by accounts that see both.
     */
    CLUSTERING("clustering", "SELECT s.gemeente_id FROM clustering_cluster k JOIN clustering_member m ON m.cluster_id = k.id "
            + "JOIN submission s ON s.id = m.submission_id WHERE k.clustering_id = ? "
            + "UNION SELECT r.gemeente_id FROM clustering c JOIN participation_round r ON r.id = c.filter_round WHERE c.id = ? "
            + "UNION SELECT a.gemeente_id FROM clustering c JOIN area a ON a.code = c.filter_area WHERE c.id = ?", 3),
    /** An account is seen by whoever sees every gemeente it belongs to. */
    ADMIN_USER("admin_user", "SELECT gemeente_id FROM admin_user_gemeente WHERE user_id = ?", 1);

    /**
     * Query parameters that name things by id, checked like the path's {@code {id}} (a list may be comma-separated,
     * as the inbox's {@code round=1,2}).
     */
    public static final Map<String, Owner> QUERY_PARAMETERS = Map.of(
            "round", ROUND, "roundId", ROUND, "clusteringId", CLUSTERING);

    private final String table;
    private final String gemeentenSql;
    private final int parameters;

    Owner(String table, String gemeentenSql, int parameters) {
        this.table = table;
        this.gemeentenSql = gemeentenSql;
        this.parameters = parameters;
    }

    /** Whether the thing exists at all, with the id as its one parameter. */
    public String existsSql() {
        return "SELECT 1 FROM " + table + " WHERE id = ?";
    }

    public String gemeentenSql() {
        return gemeentenSql;
    }

    public int parameters() {
        return parameters;
    }
}
