package nl.inbreng.submissions;

import jakarta.inject.Singleton;
import nl.inbreng.search.IndexScope;

import java.util.List;

/** Hands search the index and inbox rules from {@link CountedInputs}. */
@Singleton
class CountedIndexScope implements IndexScope {

    @Override
    public String indexableSql(String alias) {
        return CountedInputs.INDEXED.sql(alias);
    }

    @Override
    public List<String> shownByDefault() {
        return CountedInputs.INBOX.statuses().stream().map(Enum::name).toList();
    }
}
