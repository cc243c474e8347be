-- Free-form item properties a self-check machine may set (SIP2 19, field CH).
ALTER TABLE item ADD COLUMN properties VARCHAR(1000);
