package si.knjizniprehod.routes.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.marc4j.marc.Record;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.MarcFormat;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.mappings.marc.MarcJsonRecordWriter;
import si.knjizniprehod.mappings.marc.MarcRecordWriter;
import si.knjizniprehod.routes.api.BadRequestException;
import si.knjizniprehod.routes.api.Http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/catalogue}: search, stored records, holdings and upload import (the exchange side only). */
public final class CatalogueApi {
    static final String MARCXML_TYPE = "application/marcxml+xml; charset=utf-8";

    private final CatalogueSearch search;
    private final CatalogueStore store;
    private final CatalogueHoldings holdings;
    private final CatalogueImporter importer;

    public CatalogueApi(CatalogueSearch search, CatalogueStore store, CatalogueHoldings holdings,
                        CatalogueImporter importer) {
        this.search = search;
        this.store = store;
        this.holdings = holdings;
        this.importer = importer;
    }

    /** Answer formats. */
    enum Format {
        JSON, MARCXML, MARC21, UNIMARC;

        static Format of(String v) {
            if (v == null || v.isBlank()) {
                return JSON;
            }
            try {
                return valueOf(v.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("format must be json, marcxml, marc21 or unimarc, not '" + v + "'");
            }
        }

        MarcFlavour flavour() {
            return this == MARC21 ? MarcFlavour.MARC21 : this == UNIMARC ? MarcFlavour.UNIMARC : null;
        }
    }

    public void search(Exchange ex) {
        Format format = Format.of(Http.header(ex, "format"));
        int limit = Http.intParam(ex, "limit", 10, 100);
        int offset = Http.intParam(ex, "offset", 0, 1_000_000);
        Map<String, String> criteria = new LinkedHashMap<>();
        for (String f : search.fields()) {
            String v = Http.header(ex, f);
            if (v != null && !v.isBlank()) {
                criteria.put(f, v);
            }
        }
        if (criteria.isEmpty()) {
            throw new BadRequestException("give at least one search parameter: " + search.fields());
        }
        CatalogueSearch.Page page = search.search(criteria, limit, offset, format != Format.JSON);
        if (format == Format.MARCXML) {
            respondXml(ex, page.hits().stream().map(CatalogueSearch.Hit::record).filter(r -> r != null).toList());
            ex.getMessage().setHeader("X-Total-Count", page.total());
            ex.getMessage().setHeader("X-Catalogue-Source", page.source());
            return;
        }
        ObjectNode out = CatalogueRecords.JSON.createObjectNode();
        out.put("source", page.source());
        if (!page.source().equals("sru")) {
            out.put("note", "no SRU catalogue is configured (gateway.catalogue.sru.url): searched the local record store");
        } else {
            out.put("query", page.query());
        }
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("format", format.name().toLowerCase(Locale.ROOT));
        ArrayNode records = out.putArray("records");
        for (CatalogueSearch.Hit h : page.hits()) {
            if (format == Format.JSON) {
                records.add(h.summary());
            } else if (h.record() != null) {
                records.add(marcJson(CatalogueRecords.toFlavour(h.record(), h.flavour(), format.flavour())));
            }
        }
        Http.respond(ex, 200, out);
    }

    public void record(Exchange ex) {
        String id = Http.header(ex, "id");
        Format format = Format.of(Http.header(ex, "format"));
        BibRecord b = store.find(id).orElseThrow(() -> new RecordNotFoundException(id));
        switch (format) {
            case JSON -> {
                ObjectNode out = CatalogueSearch.hit(b, false).summary();
                out.put("flavour", b.flavour());
                out.put("source", b.source());
                out.put("updatedAt", b.updatedAt().toString());
                Http.respond(ex, 200, out);
            }
            case MARCXML -> {
                Http.respond(ex, 200, null);
                ex.getMessage().setHeader(Exchange.CONTENT_TYPE, MARCXML_TYPE);
                ex.getMessage().setBody(b.recordXml());
            }
            default -> Http.respond(ex, 200, marcJson(CatalogueRecords.toFlavour(CatalogueRecords.parse(b),
                    CatalogueRecords.flavourOf(b), format.flavour())));
        }
    }

    public void holdings(Exchange ex) {
        String id = Http.header(ex, "id");
        String isbn = Http.header(ex, "isbn");
        if ((id == null || id.isBlank()) == (isbn == null || isbn.isBlank())) {
            throw new BadRequestException("give exactly one of id or isbn");
        }
        if (id != null && !id.isBlank()) {
            Http.respond(ex, 200, holdings.byId(id.trim()).orElseThrow(() -> new RecordNotFoundException(id)));
        } else {
            List<CatalogueHoldings.TitleHoldings> list = holdings.byIsbn(isbn.trim(), 10);
            Http.respond(ex, 200, Map.of("isbn", isbn.trim(), "titles", list));
        }
    }

    public void importUpload(Exchange ex) {
        String name = Http.header(ex, "name");
        InputStream body = ex.getMessage().getBody(InputStream.class);
        if (body == null) {
            throw new BadRequestException("send the MARC file (ISO 2709, MARCXML or MARC-in-JSON) as the request body");
        }
        long size = ex.getMessage().getHeader(Exchange.CONTENT_LENGTH, -1L, Long.class);
        CatalogueImporter.Result r = importer.importStream(name == null || name.isBlank() ? "upload" : name.trim(),
                body, size, CatalogueImporter.Listener.NONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("read", r.read());
        out.put("stored", r.stored());
        out.put("rejected", r.rejected());
        out.put("warnings", r.warnings());
        out.put("millis", r.millis());
        out.put("rejections", r.rejections());
        if (r.rejections().size() < r.rejected()) {
            out.put("rejectionsTruncated", true);
        }
        out.put("warned", r.warned());
        if (r.warned().size() < r.warnings()) {
            out.put("warnedTruncated", true);
        }
        Http.respond(ex, 200, out);
    }

    static ObjectNode marcJson(Record r) {
        try {
            return (ObjectNode) CatalogueRecords.JSON.readTree(MarcJsonRecordWriter.toJson(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respondXml(Exchange ex, List<Record> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MarcRecordWriter w = MarcIO.writer(out, MarcFormat.MARCXML)) {
            for (Record r : records) {
                w.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Http.respond(ex, 200, null);
        ex.getMessage().setHeader(Exchange.CONTENT_TYPE, MARCXML_TYPE);
        ex.getMessage().setBody(out.toString(StandardCharsets.UTF_8));
    }

    /** No stored record with that id: answered 404. */
    public static final class RecordNotFoundException extends RuntimeException {
        public RecordNotFoundException(String id) {
            super("no record with id '" + id + "'");
        }
    }
}
