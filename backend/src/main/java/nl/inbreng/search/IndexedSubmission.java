package nl.inbreng.search;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** What the index holds of one submission: its texts, and everything the inbox filters, counts and sorts on. */
record IndexedSubmission(
        long id,
        String problem,
        @Nullable String solution,
        List<String> themeCodes,
        List<String> veldCodes,
        String channel,
        @Nullable String areaCode,
        @Nullable Long roundId,
        String respondentType,
        String status,
        boolean themeUnsure,
        LocalDateTime createdAt,
        int duplicateCount,
        @Nullable Long gemeenteId) {

    /** An input nothing has been merged into, of no gemeente. */
    IndexedSubmission(long id, String problem, @Nullable String solution, List<String> themeCodes,
                      List<String> veldCodes, String channel, @Nullable String areaCode, @Nullable Long roundId,
                      String respondentType, String status, boolean themeUnsure, LocalDateTime createdAt) {
        this(id, problem, solution, themeCodes, veldCodes, channel, areaCode, roundId, respondentType, status,
                themeUnsure, createdAt, 0, null);
    }

    /**
     * The document schema this code writes, kept in every Lucene commit's user data under {@link #SCHEMA_KEY}. Raise it
     * whenever a field, its indexing or the document analysis changes: at the next start an index with another value
     * is rebuilt from the database (ADR 0111). 1 was the layout of issue 4 (never recorded), 2 adds whole-word
     * compound parts and the "'s" ending rule (ADR 0110), 3 adds the gemeente every admin search is limited to (ADR 0170).
     */
    static final String SCHEMA_VERSION = "3";
    static final String SCHEMA_KEY = "inbreng.schema";

    static final String ID = "id";
    static final String PROBLEM = "problem";
    static final String SOLUTION = "solution";
    static final String THEME = "theme";
    static final String VELD = "veld";
    static final String CHANNEL = "channel";
    static final String AREA = "area";
    static final String ROUND = "round";
    /** The input's gemeente id, or {@link #NO_GEMEENTE}: what an account's searches are limited to (ADR 0170). */
    static final String GEMEENTE = "gemeente";
    static final String NO_GEMEENTE = "none";
    static final String RESPONDENT_TYPE = "respondentType";
    static final String STATUS = "status";
    static final String UNSURE = "unsure";
    static final String CREATED = "created";
    static final String THEMES_STORED = "themes";
    /** How many merged near-duplicates this input stands for besides itself (stored only, for the inbox's ×N). */
    static final String DUPLICATES = "duplicates";

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(THEME, true);
        return config;
    }

    static final String ID_SORT = "idSort";

    /** Problem and solution as one string, to tell whether a change removes text from the index. */
    String texts() {
        return texts(problem, solution);
    }

    static String texts(@Nullable String problem, @Nullable String solution) {
        return (problem == null ? "" : problem) + "\u0000" + (solution == null || solution.isBlank() ? "" : solution);
    }

    static long epochMilli(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    Document toDocument(FacetsConfig facets) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(id), Field.Store.YES));
        doc.add(new TextField(PROBLEM, problem, Field.Store.YES));
        if (solution != null && !solution.isBlank()) {
            doc.add(new TextField(SOLUTION, solution, Field.Store.YES));
        }
        doc.add(new StoredField(THEMES_STORED, String.join(",", themeCodes)));
        for (String code : themeCodes) {
            doc.add(new StringField(THEME, code, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(THEME, code));
        }
        for (String veld : veldCodes) {
            doc.add(new StringField(VELD, veld, Field.Store.NO));
        }
        doc.add(new StringField(CHANNEL, channel, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(CHANNEL, channel));
        if (areaCode != null) {
            doc.add(new StringField(AREA, areaCode, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(AREA, areaCode));
        }
        if (roundId != null) {
            doc.add(new StringField(ROUND, Long.toString(roundId), Field.Store.YES));
        }
        doc.add(new StringField(GEMEENTE, gemeenteId == null ? NO_GEMEENTE : Long.toString(gemeenteId), Field.Store.NO));
        doc.add(new StringField(RESPONDENT_TYPE, respondentType, Field.Store.YES));
        doc.add(new StringField(STATUS, status, Field.Store.YES));
        doc.add(new StringField(UNSURE, Boolean.toString(themeUnsure), Field.Store.NO));
        long created = epochMilli(createdAt);
        doc.add(new NumericDocValuesField(ID_SORT, id));
        doc.add(new LongPoint(CREATED, created));
        doc.add(new NumericDocValuesField(CREATED, created));
        doc.add(new StoredField(CREATED, createdAt.toString()));
        if (duplicateCount > 0) {
            doc.add(new StoredField(DUPLICATES, duplicateCount));
        }
        return facets.build(doc);
    }
}
