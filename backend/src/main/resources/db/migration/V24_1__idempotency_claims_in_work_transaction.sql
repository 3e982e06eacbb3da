-- Claims on an Idempotency-Key are now written in the same transaction as the work and its answer
-- (docs/adr/0117-idempotency-claim-in-the-work-transaction.md), so a committed row always holds an answer.
-- Pending rows left by the earlier claim-first scheme (a crash between claim and work) would block their key.
DELETE FROM idempotency_record WHERE completed_at IS NULL;
