-- Local store of bibliographic records (imported files, SRU results, harvests). Items link to a
-- record by item.bib_id = bib_record.id (COBISS.SI-ID or the record's control number).

CREATE TABLE bib_record (
    id             VARCHAR(64)   PRIMARY KEY,
    flavour        VARCHAR(8)    NOT NULL,
    title          VARCHAR(1000),
    responsibility VARCHAR(1000),
    authors        VARCHAR(1000),
    publication_year VARCHAR(16),
    publisher      VARCHAR(500),
    isbn           VARCHAR(200),
    issn           VARCHAR(100),
    language       VARCHAR(16),
    material_type  VARCHAR(32),
    udc            VARCHAR(200),
    summary_json   TEXT          NOT NULL,
    record_xml     TEXT          NOT NULL,
    source         VARCHAR(32)   NOT NULL,
    updated_at     TIMESTAMP     NOT NULL
);
CREATE INDEX bib_record_isbn ON bib_record (isbn);
CREATE INDEX bib_record_title ON bib_record (title);

-- Where a harvest left off, per catalogue.
CREATE TABLE harvest_state (
    catalogue      VARCHAR(200) PRIMARY KEY,
    last_harvest   TIMESTAMP,
    last_count     INTEGER NOT NULL DEFAULT 0
);
