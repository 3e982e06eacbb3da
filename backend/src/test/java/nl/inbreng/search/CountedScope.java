package nl.inbreng.search;

import nl.inbreng.submissions.CountedInputs;

import java.util.List;

/** The application's own index scope (submissions' CountedInputs) for search tests that run without a context. */
final class CountedScope implements IndexScope {

    @Override
    public String indexableSql(String alias) {
        return CountedInputs.INDEXED.sql(alias);
    }

    @Override
    public List<String> shownByDefault() {
        return CountedInputs.INBOX.statuses().stream().map(Enum::name).toList();
    }
}
