package nl.inbreng.reports;

import nl.inbreng.insight.admin.DraftPrioritisation;
import nl.inbreng.submissions.PublicQuotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the council report of one round shows, gathered once and rendered as PDF or DOCX. */
record OpbrengstenNotitie(String gemeente, String round, LocalDate date, Participation participation,
                          List<VeldSection> velden, DraftPrioritisation.Prioritisation prioritisation,
                          PublicQuotes.Review privacy) {

    /** Inputs per channel and respondent group (Dutch labels), and the number of priority votes. */
    record Participation(int inputs, Map<String, Integer> perChannel, Map<String, Integer> perGroup, int votes) {
    }

    /** One veiligheidsveld with its inputs counted and its largest clusters. */
    record VeldSection(String code, String name, int inputs, List<ClusterSection> clusters) {
    }

    /** A cluster as the council reads it; quotes come only from inputs that may be quoted in public. */
    record ClusterSection(String label, int size, String summary, List<String> quotes) {
    }
}
