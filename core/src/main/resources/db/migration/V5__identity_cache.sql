-- How many identity values a database hands out before it writes the counter down. H2 writes
-- its counter under an exclusive lock every 32 values by default, which the SIP2 workers queued
-- on; it keeps one counter for all sessions, so ids still follow commit order there. PostgreSQL
-- caches per session (ids would interleave across connections), so it keeps its default of 1.
-- ${identityCache} is set by Database.open: 10000 on H2, 1 on PostgreSQL.
ALTER TABLE loan ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE hold ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE fee ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE payment ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE transaction_log ALTER COLUMN id SET CACHE ${identityCache};
ALTER TABLE outbox_event ALTER COLUMN seq SET CACHE ${identityCache};
