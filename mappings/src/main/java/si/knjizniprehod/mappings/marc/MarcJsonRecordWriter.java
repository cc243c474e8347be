package si.knjizniprehod.mappings.marc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * MARC-in-JSON writer (Code4Lib layout): {@code {"leader":"…","fields":[{"001":"…"},
 * {"245":{"ind1":"1","ind2":"0","subfields":[{"a":"…"}]}}]}}. Several records are written as a JSON array,
 * or one object per line with {@link WriteOptions#jsonLines()}.
 */
public final class MarcJsonRecordWriter implements MarcRecordWriter {

    static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator g;
    private final OutputStream out;
    private final WriteOptions opts;
    private boolean started;
    private boolean closed;

    public MarcJsonRecordWriter(OutputStream out) throws IOException {
        this(out, WriteOptions.DEFAULT);
    }

    public MarcJsonRecordWriter(OutputStream out, WriteOptions opts) throws IOException {
        this.out = out;
        this.opts = opts == null ? WriteOptions.DEFAULT : opts;
        this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (this.opts.jsonLines()) g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        else if (this.opts.pretty()) g.useDefaultPrettyPrinter();
    }

    /** One record as a MARC-in-JSON object. */
    public static String toJson(Record r) {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (MarcJsonRecordWriter w = new MarcJsonRecordWriter(bo, WriteOptions.DEFAULT.withJsonLines(true))) {
            w.write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bo.toString(StandardCharsets.UTF_8).trim();
    }

    @Override
    public void write(Record r) throws IOException {
        if (!started) {
            started = true;
            if (!opts.jsonLines()) g.writeStartArray();
        }
        MarcFlavour fl = Utf8Declaration.flavour(r, opts);
        boolean decl = opts.declareUtf8();
        g.writeStartObject();
        g.writeStringField("leader", new String(Utf8Declaration.leader(r, fl, decl)));
        g.writeArrayFieldStart("fields");
        for (ControlField cf : r.getControlFields()) {
            g.writeStartObject();
            g.writeStringField(cf.getTag(), cf.getData());
            g.writeEndObject();
        }
        for (DataField df : r.getDataFields()) {
            g.writeStartObject();
            g.writeObjectFieldStart(df.getTag());
            g.writeArrayFieldStart("subfields");
            for (Subfield sf : df.getSubfields()) {
                g.writeStartObject();
                g.writeStringField(String.valueOf(sf.getCode()), Utf8Declaration.value(df, sf, fl, decl));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("ind1", String.valueOf(df.getIndicator1()));
            g.writeStringField("ind2", String.valueOf(df.getIndicator2()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void flush() throws IOException {
        g.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (!opts.jsonLines()) {
            if (!started) g.writeStartArray();
            g.writeEndArray();
        }
        g.writeRaw('\n');
        g.close();
        out.close();
    }
}
