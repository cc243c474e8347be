-- The outbox holds only what is not yet on the broker: the relay deletes a batch once the broker
-- has it (transaction_log keeps the history). Polling a table that only grows cost a scan of the
-- published rows per poll on H2, which took a quarter of the gateway's CPU under SIP2 load.
DELETE FROM outbox_event WHERE published_at IS NOT NULL;
DROP INDEX outbox_unpublished;
ALTER TABLE outbox_event DROP COLUMN published_at;
