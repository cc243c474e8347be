-- The idempotency purge reads the oldest answers first; without this index every purge scanned
-- the whole table (and on H2 evicted the page cache the SIP2 workers were reading from).
CREATE INDEX request_log_created ON request_log (created_at);
