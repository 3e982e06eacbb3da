package nl.inbreng.search;

import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The minimal indexer: one document per input, keyed by the term "id". Adding only refreshes the near-real-time
 * reader (the database is the source of truth, a lost add is rebuilt); removal commits, because a withdrawn
 * text must not survive a restart in the index files.
 */
@Singleton
class LuceneSubmissionIndexer implements SubmissionIndexer {

    static final String ID = "id";

    private final SearchIndex index;

    LuceneSubmissionIndexer(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void index(IndexedSubmission submission) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(submission.id()), Field.Store.YES));
        doc.add(new TextField("problem", submission.problem(), Field.Store.NO));
        if (submission.solution() != null) {
            doc.add(new TextField("solution", submission.solution(), Field.Store.NO));
        }
        for (String code : submission.themeCodes()) {
            doc.add(new StringField("theme", code, Field.Store.YES));
        }
        try {
            index.writer().updateDocument(new Term(ID, Long.toString(submission.id())), doc);
            index.searchers().maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index input " + submission.id(), e);
        }
    }

    @Override
    public void remove(long submissionId) {
        try {
            index.writer().deleteDocuments(new Term(ID, Long.toString(submissionId)));
            index.writer().commit();
            index.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove input " + submissionId + " from the index", e);
        }
    }
}
