package nl.inbreng.submissions;

import nl.inbreng.areas.PortalGemeente;
import jakarta.inject.Singleton;

/** A resident gives input on the portal: checked here, then stored (themes, contact with consent, index) by StoreInput. */
@Singleton
class CreateSubmission {

    /** What happened to the input. */
    sealed interface Result {
        /** Stored; the receipt is shown once and never stored readable. */
        record Created(long id, String receipt) implements Result {
        }

        /** The honeypot was filled: answer as if stored, store nothing. */
        record Ignored(String receipt) implements Result {
        }
    }

    private final SubmissionRules rules;
    private final StoreInput storeInput;
    private final Receipts receipts;

    private final PortalGemeente portal;

    CreateSubmission(SubmissionRules rules, StoreInput storeInput, Receipts receipts, PortalGemeente portal) {
        this.portal = portal;
        this.rules = rules;
        this.storeInput = storeInput;
        this.receipts = receipts;
    }

    /** Runs inside the caller's transaction (see IdempotentRequests), so all rows land together or not at all. */
    Result create(SubmissionRequest request) {
        if (request.website() != null && !request.website().isBlank()) {
            return new Result.Ignored(ReceiptCode.generate());
        }
        SubmissionRules.ValidSubmission valid = rules.check(request);
        String receipt = ReceiptCode.generate();
        Long gemeenteId = valid.area() != null ? valid.area().gemeenteId()
                : valid.round() != null && valid.round().gemeenteId() != null ? valid.round().gemeenteId()
                // neither says: the gemeente whose portal it was given on, if the portal serves one (ADR 0170)
                : portal.chosen().orElse(null);
        // Without a round of its own the input gets the round open for the respondent's group (StoreInput).
        SubmissionRequest.ContactRequest contact = valid.contact();
        StoreInput.Stored stored = storeInput.store(NewInput.builder()
                .problem(valid.problem())
                .solution(valid.solution())
                .themeCodes(valid.themeCodes())
                .respondentType(valid.respondentType())
                .ageBand(valid.ageBand())
                .channel(valid.channel())
                .gemeenteId(gemeenteId)
                .roundId(valid.round() == null ? null : valid.round().id())
                .areaId(valid.area() == null ? null : valid.area().id())
                .contact(contact == null ? null : new NewInput.Contact(contact.name(), contact.email(), contact.phone()))
                .receiptHash(receipts.hash(ReceiptCode.canonical(receipt).orElseThrow()))
                .build());
        return new Result.Created(stored.submissionId(), receipt);
    }
}
