package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.accounts.VisibleGemeenten;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the inbox: Dutch full text over problem and solution (residents' own words found through concept groups
 * and compound parts, see {@link QueryExpansion}), a typo-tolerant second try when the exact words find nothing, filters, facet counts and snippets.
 */
@Singleton
public class SubmissionSearch {

    private static final String[] TEXT_FIELDS = {IndexedSubmission.PROBLEM, IndexedSubmission.SOLUTION};
    private static final int FACET_LIMIT = 200;
    private static final int MAX_SIZE = 200;

    private final SearchIndex index;
    private final IndexScope scope;
    private final VisibleGemeenten visible;
    private FacetStateCache facetState = new FacetStateCache(null, null);

    public SubmissionSearch(SearchIndex index, IndexScope scope, VisibleGemeenten visible) {
        this.index = index;
        this.scope = scope;
        this.visible = visible;
    }

    /** One page of hits; throws {@link SearchIndexRebuilding} while the index is not complete. */
    public SearchResult search(SearchQuery query) {
        requireReady();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                Query text = textQuery(query.text());
                SearchResult result = run(searcher, query, text, false);
                if (result.total() == 0 && text != null) {
                    Query fuzzy = fuzzyQuery(query.text());
                    if (fuzzy != null) {
                        result = run(searcher, query, fuzzy, true);
                    }
                }
                return result;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /**
     * Inputs whose words look most like this one's (Lucene's MoreLikeThis over problem and solution), best first,
     * among the inputs the werkgroep still reviews (new or reviewed), within the given round when there is one
     * (a merge across rounds would move input out of its round's inbox). Empty when the input is not in the index.
     */
    public List<Long> similarTo(long id, @Nullable Long round, int limit) {
        requireReady();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                TopDocs self = searcher.search(new TermQuery(new Term(IndexedSubmission.ID, Long.toString(id))), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
                like.setAnalyzer(index.analysis().documentAnalyzer());
                like.setFieldNames(TEXT_FIELDS);
                // Residents write short texts, so a word that occurs once is already telling.
                like.setMinTermFreq(1);
                like.setMinDocFreq(1);
                like.setMaxQueryTerms(30);
                BooleanQuery.Builder builder = new BooleanQuery.Builder();
                builder.add(like.like(self.scoreDocs[0].doc), Occur.MUST);
                builder.add(new TermQuery(new Term(IndexedSubmission.ID, Long.toString(id))), Occur.MUST_NOT);
                anyOf(builder, IndexedSubmission.STATUS, scope.shownByDefault());
                limitToVisibleGemeenten(builder);
                if (round != null) {
                    builder.add(new TermQuery(new Term(IndexedSubmission.ROUND, round.toString())), Occur.FILTER);
                }
                List<Long> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(builder.build(), Math.max(1, limit)).scoreDocs) {
                    ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(IndexedSubmission.ID)));
                }
                return ids;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Finding similar inputs failed", e);
        }
    }

    private void requireReady() {
        if (!index.isReady()) {
            throw new SearchIndexRebuilding();
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchQuery query, Query text, boolean typoTolerant) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
        addFilters(builder, query);
        Query full = builder.build();

        int size = Math.max(1, Math.min(MAX_SIZE, query.size()));
        int page = Math.max(0, query.page());
        int wanted = (page + 1) * size;
        Sort sort = sort(query, text != null);
        FacetsCollectorManager.FacetsResult found = sort == null
                ? FacetsCollectorManager.search(searcher, full, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, full, wanted, sort, new FacetsCollectorManager());
        long total = found.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();

        ScoreDoc[] all = found.topDocs().scoreDocs;
        ScoreDoc[] pageDocs = all.length <= page * size ? new ScoreDoc[0] : Arrays.copyOfRange(all, page * size, all.length);
        StoredFields stored = searcher.storedFields();
        UnifiedHighlighter highlighter = text == null ? null : highlighter();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc pageDoc : pageDocs) {
            Document doc = stored.document(pageDoc.doc);
            hits.add(toHit(doc, highlighter == null ? null : highlight(highlighter, text, doc), pageDoc.score));
        }
        return new SearchResult(total, hits, facets(searcher.getIndexReader(), found.facetsCollector()), typoTolerant);
    }

    private Query textQuery(String text) {
        return index.analysis().expansion().build(text);
    }

    /** Every word may be off by one or two letters (by length); all words must still match. */
    private Query fuzzyQuery(String text) throws IOException {
        List<String> terms = index.analysis().stems(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            int edits = term.length() <= 3 ? 0 : term.length() <= 5 ? 1 : 2;
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : TEXT_FIELDS) {
                Query single = edits == 0 ? new TermQuery(new Term(field, term)) : new FuzzyQuery(new Term(field, term), edits, 1);
                anyField.add(field.equals(IndexedSubmission.PROBLEM) ? new BoostQuery(single, 2f) : single, Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        return all.build();
    }

    /**
     * Every search, its facet counts included, sees only the gemeenten of the account that asks (ADR 0170): one filter
     * clause here rather than in each screen.
     */
    private void limitToVisibleGemeenten(BooleanQuery.Builder builder) {
        GemeenteScope gemeenten = visible.current();
        if (gemeenten.wholeInstallation()) {
            return;
        }
        if (gemeenten.gemeenteIds().isEmpty()) {
            builder.add(new MatchNoDocsQuery(), Occur.FILTER);
            return;
        }
        anyOf(builder, IndexedSubmission.GEMEENTE, gemeenten.gemeenteIds().stream().map(String::valueOf).toList());
    }

    private void addFilters(BooleanQuery.Builder builder, SearchQuery query) {
        limitToVisibleGemeenten(builder);
        anyOf(builder, IndexedSubmission.THEME, query.themes());
        anyOf(builder, IndexedSubmission.VELD, query.velden());
        anyOf(builder, IndexedSubmission.CHANNEL, query.channels());
        anyOf(builder, IndexedSubmission.AREA, query.areas());
        anyOf(builder, IndexedSubmission.ROUND, query.rounds());
        anyOf(builder, IndexedSubmission.RESPONDENT_TYPE, query.respondentTypes());
        anyOf(builder, IndexedSubmission.STATUS, query.statuses().isEmpty() ? scope.shownByDefault() : query.statuses());
        if (query.themeUnsure() != null) {
            builder.add(new TermQuery(new Term(IndexedSubmission.UNSURE, query.themeUnsure().toString())), Occur.FILTER);
        }
        if (query.from() != null || query.to() != null) {
            long lower = query.from() == null ? Long.MIN_VALUE : IndexedSubmission.epochMilli(query.from().atStartOfDay());
            long upper = query.to() == null ? Long.MAX_VALUE
                    : IndexedSubmission.epochMilli(query.to().plusDays(1).atStartOfDay()) - 1;
            builder.add(LongPoint.newRangeQuery(IndexedSubmission.CREATED, lower, upper), Occur.FILTER);
        }
    }

    private static void anyOf(BooleanQuery.Builder builder, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        builder.add(any.build(), Occur.FILTER);
    }

    private static Sort sort(SearchQuery query, boolean hasText) {
        SearchQuery.Order order = query.order() == null ? SearchQuery.Order.RELEVANCE : query.order();
        if (order == SearchQuery.Order.RELEVANCE && hasText) {
            return null;
        }
        boolean newestFirst = order != SearchQuery.Order.OLDEST;
        // Same moment: the later id is the newer input.
        return new Sort(new SortField(IndexedSubmission.CREATED, SortField.Type.LONG, newestFirst),
                new SortField(IndexedSubmission.ID_SORT, SortField.Type.LONG, newestFirst));
    }

    /**
     * Marks the searched words in a hit's problem (at most two passages), else in its solution (one). Only the words
     * are highlighted, not the filter clauses (status, theme, round…), and from the texts the hit's document already
     * holds: the highlighter's own loading of stored fields, and highlighting a solution when the problem already had
     * the words, were half of a search's time (docs/benchmarks.md, issue 19).
     */
    private static String highlight(UnifiedHighlighter highlighter, Query words, Document doc) throws IOException {
        String problem = doc.get(IndexedSubmission.PROBLEM);
        Object marked = problem == null ? null : highlighter.highlightWithoutSearcher(IndexedSubmission.PROBLEM, words, problem, 2);
        String solution = doc.get(IndexedSubmission.SOLUTION);
        if (marked == null && solution != null) {
            marked = highlighter.highlightWithoutSearcher(IndexedSubmission.SOLUTION, words, solution, 1);
        }
        return marked == null ? null : marked.toString();
    }

    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builderWithoutSearcher(index.analysis().documentAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .build();
    }

    private static SearchResult.Hit toHit(Document doc, String highlight, float score) {
        String themes = doc.get(IndexedSubmission.THEMES_STORED);
        String round = doc.get(IndexedSubmission.ROUND);
        IndexableField duplicates = doc.getField(IndexedSubmission.DUPLICATES);
        return new SearchResult.Hit(Long.parseLong(doc.get(IndexedSubmission.ID)), doc.get(IndexedSubmission.PROBLEM),
                doc.get(IndexedSubmission.SOLUTION),
                themes == null || themes.isEmpty() ? List.of() : List.of(themes.split(",")),
                doc.get(IndexedSubmission.CHANNEL), doc.get(IndexedSubmission.AREA),
                round == null ? null : Long.valueOf(round), doc.get(IndexedSubmission.RESPONDENT_TYPE),
                doc.get(IndexedSubmission.STATUS), LocalDateTime.parse(doc.get(IndexedSubmission.CREATED)), highlight,
                Float.isNaN(score) ? 0f : score, duplicates == null ? 0 : duplicates.numericValue().intValue());
    }

    private Map<String, Map<String, Long>> facets(IndexReader reader, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : List.of(IndexedSubmission.THEME, IndexedSubmission.CHANNEL, IndexedSubmission.AREA)) {
            facets.put(dim, new LinkedHashMap<>());
        }
        SortedSetDocValuesReaderState state = facetState(reader);
        if (state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : facets.keySet()) {
            try {
                FacetResult result = counts.getTopChildren(FACET_LIMIT, dim);
                if (result != null) {
                    for (LabelAndValue child : result.labelValues) {
                        facets.get(dim).put(child.label, child.value.longValue());
                    }
                }
            } catch (IllegalArgumentException noSuchDimensionYet) {
                // nothing indexed with this dimension yet: leave the counts empty
            }
        }
        return facets;
    }

    /** The facet ordinal map is costly to build, so it is kept for as long as the same reader is in use. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetState.reader() != reader) {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
            } catch (IllegalArgumentException emptyIndex) {
                state = null;
            }
            facetState = new FacetStateCache(reader, state);
        }
        return facetState.state();
    }

    private record FacetStateCache(IndexReader reader, SortedSetDocValuesReaderState state) {
    }
}
