package si.knjizniprehod.mappings.marc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.marc4j.marc.impl.ControlFieldImpl;
import org.marc4j.marc.impl.DataFieldImpl;
import org.marc4j.marc.impl.LeaderImpl;
import org.marc4j.marc.impl.RecordImpl;
import org.marc4j.marc.impl.SubfieldImpl;

/**
 * Streaming MARC-in-JSON reader (Code4Lib layout). Accepts one record object, an array of them, or a
 * sequence of objects (one per line or concatenated). A record object with the wrong shape is reported as
 * an error and skipped; broken JSON syntax ends the stream with a fatal error result.
 */
public final class MarcJsonRecordReader extends LookaheadRecordReader {

    private final InputStream in;
    private final ReadOptions opts;
    private JsonParser p;
    private long n;
    private int arrayDepth;

    public MarcJsonRecordReader(InputStream in) {
        this(in, ReadOptions.DEFAULT);
    }

    public MarcJsonRecordReader(InputStream in, ReadOptions opts) {
        this.in = in;
        this.opts = opts == null ? ReadOptions.DEFAULT : opts;
    }

    @Override
    public MarcFormat format() {
        return MarcFormat.MARC_JSON;
    }

    @Override
    protected MarcReadResult readNext() {
        try {
            if (p == null) p = MarcJsonRecordWriter.JSON.createParser(in);
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null) return null;
                if (t == JsonToken.START_ARRAY && arrayDepth == 0) { arrayDepth++; continue; }
                if (t == JsonToken.END_ARRAY && arrayDepth == 1) { arrayDepth--; continue; }
                n++;
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    return MarcReadResult.error(n, -1, "expected a record object, found " + t, false);
                }
                return readRecord();
            }
        } catch (IOException | RuntimeException e) {
            n++;
            return MarcReadResult.error(n, -1, "JSON not readable: " + e.getMessage(), true);
        }
    }

    private MarcReadResult readRecord() throws IOException {
        RecordImpl r = new RecordImpl();
        List<String> warnings = new ArrayList<>();
        String leader = null;
        String error = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("leader".equals(name) && v == JsonToken.VALUE_STRING) {
                leader = p.getText();
            } else if ("fields".equals(name) && v == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String e = readField(r, warnings);
                    if (e != null && error == null) error = e;
                }
            } else {
                warnings.add("member '" + name + "' ignored");
                p.skipChildren();
            }
        }
        if (error != null) return MarcReadResult.error(n, -1, error, false);
        if (leader == null || leader.length() != 24) {
            warnings.add("leader " + (leader == null ? "missing" : "of " + leader.length() + " characters") + ": default leader used");
            leader = leader == null ? "00000nam a2200000 i 4500" : (leader + "                        ").substring(0, 24);
        }
        try {
            r.setLeader(new LeaderImpl(leader));
        } catch (RuntimeException e) {
            char[] c = leader.toCharArray();
            for (int i : new int[] {0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16}) if (c[i] < '0' || c[i] > '9') c[i] = '0';
            r.setLeader(new LeaderImpl(new String(c)));
            warnings.add("unparseable leader: numeric positions reset");
        }
        MarcFlavour fl = opts.flavour() != null ? opts.flavour() : MarcFlavour.detect(r);
        return MarcReadResult.ok(n, -1, r, fl, null, warnings);
    }

    /** Reads one {"tag": …} object (current token START_OBJECT); returns an error text or null. */
    private String readField(RecordImpl r, List<String> warnings) throws IOException {
        String error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING) {
                r.addVariableField(new ControlFieldImpl(tag, p.getText()));
            } else if (v == JsonToken.START_OBJECT) {
                DataFieldImpl df = new DataFieldImpl(tag, ' ', ' ');
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    JsonToken vv = p.nextToken();
                    if (("ind1".equals(k) || "ind2".equals(k)) && vv == JsonToken.VALUE_STRING) {
                        String s = p.getText();
                        char c = s.isEmpty() ? ' ' : s.charAt(0);
                        if ("ind1".equals(k)) df.setIndicator1(c); else df.setIndicator2(c);
                    } else if ("subfields".equals(k) && vv == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String code = p.currentName();
                                JsonToken sv = p.nextToken();
                                if (sv != JsonToken.VALUE_STRING || code.length() != 1) {
                                    if (error == null) error = "field " + tag + ": bad subfield '" + code + "'";
                                    p.skipChildren();
                                    continue;
                                }
                                df.addSubfield(new SubfieldImpl(code.charAt(0), p.getText()));
                            }
                        }
                    } else {
                        warnings.add("field " + tag + ": member '" + k + "' ignored");
                        p.skipChildren();
                    }
                }
                r.addVariableField(df);
            } else {
                if (error == null) error = "field " + tag + ": value is neither a string nor an object";
                p.skipChildren();
            }
        }
        return error;
    }

    @Override
    public void close() throws IOException {
        if (p != null) p.close();
        in.close();
    }
}
