package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.impl.ControlFieldImpl;
import org.marc4j.marc.impl.DataFieldImpl;
import org.marc4j.marc.impl.LeaderImpl;
import org.marc4j.marc.impl.RecordImpl;
import org.marc4j.marc.impl.SubfieldImpl;

/**
 * Streaming MARCXML reader (StAX). Accepts {@code <collection>}, a bare {@code <record>}, or records embedded
 * anywhere in another document (e.g. an SRU 1.x/2.0 searchRetrieve response, whose own {@code <record>} wrappers
 * are recognised by namespace and skipped), in the MARC 21 slim namespace, any other namespace (UNIMARC slim) or
 * none: elements are matched by local name. DTDs and external entities are disabled.
 * A record with a bad field (no tag, bad indicator) is reported as an error and reading continues; an XML
 * syntax error ends the stream with a fatal error result.
 */
public final class MarcXmlRecordReader extends LookaheadRecordReader {

    private static final XMLInputFactory XIF;

    static {
        XIF = XMLInputFactory.newFactory();
        XIF.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XIF.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XIF.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private final InputStream in;
    private final ReadOptions opts;
    private XMLStreamReader x;
    private long n;

    public MarcXmlRecordReader(InputStream in) {
        this(in, ReadOptions.DEFAULT);
    }

    public MarcXmlRecordReader(InputStream in, ReadOptions opts) {
        this.in = in;
        this.opts = opts == null ? ReadOptions.DEFAULT : opts;
    }

    @Override
    public MarcFormat format() {
        return MarcFormat.MARCXML;
    }

    @Override
    protected MarcReadResult readNext() {
        try {
            if (x == null) x = XIF.createXMLStreamReader(in);
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && "record".equals(x.getLocalName()) && !isSruRecord(x.getNamespaceURI())) {
                    n++;
                    return readRecord();
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            n++;
            return MarcReadResult.error(n, -1, "XML not readable: " + e.getMessage(), true);
        }
    }

    private MarcReadResult readRecord() throws XMLStreamException {
        RecordImpl r = new RecordImpl();
        List<String> warnings = new ArrayList<>();
        String error = null;
        DataField df = null;
        int depth = 1;
        String leader = null;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = x.getLocalName();
                switch (name) {
                    case "leader":
                        leader = x.getElementText();
                        depth--;
                        break;
                    case "controlfield": {
                        String tag = x.getAttributeValue(null, "tag");
                        String text = x.getElementText();
                        depth--;
                        if (tag == null || tag.isEmpty()) { error = error == null ? "controlfield without tag" : error; break; }
                        r.addVariableField(new ControlFieldImpl(tag, text));
                        break;
                    }
                    case "datafield": {
                        String tag = x.getAttributeValue(null, "tag");
                        String i1 = x.getAttributeValue(null, "ind1");
                        String i2 = x.getAttributeValue(null, "ind2");
                        if (tag == null || tag.isEmpty()) error = error == null ? "datafield without tag" : error;
                        df = new DataFieldImpl(tag == null ? "???" : tag, ind(i1, tag, warnings), ind(i2, tag, warnings));
                        r.addVariableField(df);
                        break;
                    }
                    case "subfield": {
                        String code = x.getAttributeValue(null, "code");
                        String text = x.getElementText();
                        depth--;
                        if (df == null) { warnings.add("subfield outside a datafield dropped"); break; }
                        if (code == null || code.length() != 1) {
                            warnings.add("field " + df.getTag() + ": subfield code '" + code + "' is not one character");
                            if (code == null || code.isEmpty()) break;
                        }
                        df.addSubfield(new SubfieldImpl(code.charAt(0), text));
                        break;
                    }
                    default:
                        warnings.add("unexpected element <" + name + "> ignored");
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("datafield".equals(x.getLocalName())) df = null;
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
            warnings.add("unparseable leader '" + leader + "': numeric positions reset");
            char[] c = leader.toCharArray();
            for (int i : new int[] {0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16}) if (c[i] < '0' || c[i] > '9') c[i] = '0';
            r.setLeader(new LeaderImpl(new String(c)));
        }
        MarcFlavour fl = opts.flavour() != null ? opts.flavour() : MarcFlavour.detect(r);
        return MarcReadResult.ok(n, -1, r, fl, null, warnings);
    }

    /** SRU wraps each MARC record in its own {@code <record>} element (SRU 1.x and 2.0 namespaces): not a MARC record. */
    private static boolean isSruRecord(String ns) {
        return ns != null && (ns.startsWith("http://www.loc.gov/zing/srw") || ns.startsWith("http://docs.oasis-open.org/ns/search-ws"));
    }

    private static char ind(String v, String tag, List<String> warnings) {
        if (v == null || v.isEmpty()) return ' ';
        if (v.length() > 1) warnings.add("field " + tag + ": indicator '" + v + "' longer than one character");
        return v.charAt(0);
    }

    @Override
    public void close() throws IOException {
        try {
            if (x != null) x.close();
        } catch (XMLStreamException e) {
            // ignore
        }
        in.close();
    }
}
