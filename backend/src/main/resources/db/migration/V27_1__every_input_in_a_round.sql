-- Every input belongs to a round (issue 14, ADR 0132).
--
-- 1. A kraammoment belongs to a round: its stall and paper inputs land there.
-- 2. Inputs, priority votes and kraammomenten stored before this rule get a round once, here:
--    among the rounds of their gemeente (or any round when either side has no gemeente), first a round whose period
--    contains the moment (created_at; a stall day's date), then one that is not by invitation, then one whose
--    doelgroep takes the respondent's group (the same table as submissions.RoundOfInput), then the nearest in time
--    (distance from the moment to the period), then the oldest. Without any round they stay without one.

ALTER TABLE kraammoment ADD COLUMN round_id BIGINT NULL;
ALTER TABLE kraammoment ADD CONSTRAINT fk_kraammoment_round FOREIGN KEY (round_id) REFERENCES participation_round (id);

UPDATE submission SET round_id = (
    SELECT r.id FROM participation_round r
    WHERE r.gemeente_id = submission.gemeente_id OR r.gemeente_id IS NULL OR submission.gemeente_id IS NULL
    ORDER BY
        CASE WHEN submission.created_at >= r.opens_at AND submission.created_at < r.closes_at THEN 0 ELSE 1 END,
        CASE WHEN r.by_invitation THEN 1 ELSE 0 END,
        CASE WHEN r.doelgroep = 'IEDEREEN'
                  OR (r.doelgroep = 'INWONERS' AND submission.respondent_type IN ('INWONER', 'JONGERE'))
                  OR (r.doelgroep = 'ONDERNEMERS' AND submission.respondent_type = 'ONDERNEMER')
                  OR (r.doelgroep = 'PROFESSIONALS' AND submission.respondent_type = 'PROFESSIONAL')
             THEN 0 ELSE 1 END,
        ABS(TIMESTAMPDIFF(SECOND, submission.created_at,
            CASE WHEN submission.created_at < r.opens_at THEN r.opens_at ELSE r.closes_at END)),
        r.id
    LIMIT 1)
WHERE round_id IS NULL;

UPDATE submission SET gemeente_id = (SELECT r.gemeente_id FROM participation_round r WHERE r.id = submission.round_id)
WHERE gemeente_id IS NULL AND round_id IS NOT NULL;

-- A vote has no gemeente; without a respondent group it counts as a resident's.
UPDATE priority_vote SET round_id = (
    SELECT r.id FROM participation_round r
    ORDER BY
        CASE WHEN priority_vote.created_at >= r.opens_at AND priority_vote.created_at < r.closes_at THEN 0 ELSE 1 END,
        CASE WHEN r.by_invitation THEN 1 ELSE 0 END,
        CASE WHEN r.doelgroep = 'IEDEREEN'
                  OR (r.doelgroep = 'INWONERS' AND COALESCE(priority_vote.respondent_type, 'INWONER') IN ('INWONER', 'JONGERE'))
                  OR (r.doelgroep = 'ONDERNEMERS' AND priority_vote.respondent_type = 'ONDERNEMER')
                  OR (r.doelgroep = 'PROFESSIONALS' AND priority_vote.respondent_type = 'PROFESSIONAL')
             THEN 0 ELSE 1 END,
        ABS(TIMESTAMPDIFF(SECOND, priority_vote.created_at,
            CASE WHEN priority_vote.created_at < r.opens_at THEN r.opens_at ELSE r.closes_at END)),
        r.id
    LIMIT 1)
WHERE round_id IS NULL;

-- A stall is for everyone who passes: rounds for everyone or for residents first.
UPDATE kraammoment SET round_id = (
    SELECT r.id FROM participation_round r
    WHERE r.gemeente_id = kraammoment.gemeente_id OR r.gemeente_id IS NULL OR kraammoment.gemeente_id IS NULL
    ORDER BY
        CASE WHEN kraammoment.held_on >= CAST(r.opens_at AS DATE) AND kraammoment.held_on <= CAST(r.closes_at AS DATE)
             THEN 0 ELSE 1 END,
        CASE WHEN r.by_invitation THEN 1 ELSE 0 END,
        CASE WHEN r.doelgroep IN ('IEDEREEN', 'INWONERS') THEN 0 ELSE 1 END,
        ABS(TIMESTAMPDIFF(SECOND, kraammoment.held_on,
            CASE WHEN kraammoment.held_on < r.opens_at THEN r.opens_at ELSE r.closes_at END)),
        r.id
    LIMIT 1)
WHERE round_id IS NULL;
