package nl.inbreng.search;

/** A search asked while the index is being rebuilt: answering it would show a half-built index (ADR 0111). */
public final class SearchIndexRebuilding extends RuntimeException {

    SearchIndexRebuilding() {
        super("The search index is being rebuilt", null, false, false);
    }
}
