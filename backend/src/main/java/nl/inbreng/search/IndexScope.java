package nl.inbreng.search;

import java.util.List;

/**
 * Which inputs the index holds and which the inbox shows without a status filter. Search only applies this; the
 * rule itself belongs to submissions (its CountedInputs), which supplies the bean, so search needs no import of it.
 */
public interface IndexScope {

    /** The SQL condition on the submission table under {@code alias} for inputs the index must hold. */
    String indexableSql(String alias);

    /** The statuses the inbox shows when no status is asked for (also the ones near-duplicate candidates come from). */
    List<String> shownByDefault();
}
