package si.knjizniprehod.connectors.sru;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import org.marc4j.MarcXmlHandler;
import org.marc4j.RecordStack;
import org.marc4j.marc.Record;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads SRU 1.1, 1.2 and 2.0 responses (namespaces {@value SruVersion#NS_1} and {@value SruVersion#NS_2};
 * elements are matched by local name so prefixes do not matter) into {@link SearchResult} and
 * {@link ExplainInfo}. Records packed as XML or as escaped strings are both understood. MARCXML records
 * (MARC 21 or UNIMARC in the MARC21/slim namespace) are turned into Marc4J records by Marc4J's own
 * {@link MarcXmlHandler}, fed synchronously from the DOM (no parser thread per record).
 */
public final class SruResponseParser {

    static final String MARCXML_NS = "http://www.loc.gov/MARC21/slim";
    static final String ZEEREX_NS = "http://explain.z3950.org/dtd/2.0/";

    private static final DocumentBuilderFactory DBF = newFactory();
    private static final TransformerFactory TF = TransformerFactory.newInstance();

    /** Report parse problems as exceptions only, never on stderr. */
    private static final org.xml.sax.ErrorHandler SILENT = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
            throw e;
        }
    };

    private SruResponseParser() {
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks secure-processing features", e);
        }
        return f;
    }

    // ---- searchRetrieve ---------------------------------------------------------------------------------

    /**
     * Parses a searchRetrieve response.
     *
     * @throws SruDiagnosticException if the response carries diagnostics and no records
     * @throws SruResponseException   if it is not a searchRetrieve response
     */
    public static SearchResult parseSearchRetrieve(byte[] body, int requestedStart) {
        Element root = parse(body).getDocumentElement();
        if ("diagnostics".equals(local(root))) {
            throw new SruDiagnosticException(readDiagnostics(root));
        }
        if (!"searchRetrieveResponse".equals(local(root))) {
            throw new SruResponseException("expected an SRU searchRetrieveResponse but got <" + root.getTagName()
                    + "> in namespace " + root.getNamespaceURI());
        }
        String version = versionOf(root);
        List<SruDiagnostic> diagnostics = new ArrayList<>();
        Element diags = child(root, "diagnostics");
        if (diags != null) {
            diagnostics.addAll(readDiagnostics(diags));
        }
        String nor = text(child(root, "numberOfRecords"));
        List<SruRecord> records = new ArrayList<>();
        List<SearchResult.PositionedDiagnostic> surrogates = new ArrayList<>();
        Element recs = child(root, "records");
        if (recs != null) {
            int fallbackPos = requestedStart;
            for (Element rec : children(recs, "record")) {
                int pos = intOr(text(child(rec, "recordPosition")), fallbackPos, "recordPosition");
                fallbackPos = pos + 1;
                readRecord(rec, pos, records, surrogates);
            }
        }
        if (!diagnostics.isEmpty() && records.isEmpty() && surrogates.isEmpty()) {
            throw new SruDiagnosticException(diagnostics);
        }
        if (nor == null) {
            throw new SruResponseException("searchRetrieveResponse without numberOfRecords");
        }
        int total = intOr(nor, 0, "numberOfRecords");
        int next = intOr(text(child(root, "nextRecordPosition")), 0, "nextRecordPosition");
        return new SearchResult(version, total, requestedStart, records, surrogates, next, diagnostics);
    }

    private static void readRecord(Element rec, int pos, List<SruRecord> records,
                                   List<SearchResult.PositionedDiagnostic> surrogates) {
        String schema = text(child(rec, "recordSchema"));
        String packing = text(child(rec, "recordPacking"));
        if (packing == null) {
            packing = text(child(rec, "recordXMLEscaping"));
        }
        Element data = child(rec, "recordData");
        if (data == null) {
            throw new SruResponseException("record at position " + pos + " has no recordData");
        }
        Element content = firstElement(data);
        String raw;
        if (content == null || "string".equalsIgnoreCase(packing)) {
            String s = data.getTextContent();
            if (content != null) {
                // packing says string but the server nested XML anyway: use the element
                raw = serialize(content);
            } else if (s == null || s.isBlank()) {
                raw = "";
            } else {
                raw = s.trim();
                if (raw.startsWith("<")) {
                    content = parse(raw.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
                }
            }
        } else {
            raw = serialize(content);
        }
        boolean diagSchema = schema != null && schema.contains("diagnostic");
        if (content != null && (diagSchema || "diagnostic".equals(local(content)))) {
            surrogates.add(new SearchResult.PositionedDiagnostic(pos, readDiagnostic(content)));
            return;
        }
        Record marc = content == null ? null : toMarc(content);
        records.add(new SruRecord(pos, schema, raw, marc));
    }

    // ---- explain ----------------------------------------------------------------------------------------

    /** Parses an explainResponse (its ZeeRex record may be empty). */
    public static ExplainInfo parseExplain(byte[] body) {
        Element root = parse(body).getDocumentElement();
        if ("diagnostics".equals(local(root))) {
            throw new SruDiagnosticException(readDiagnostics(root));
        }
        if (!"explainResponse".equals(local(root))) {
            throw new SruResponseException("expected an SRU explainResponse but got <" + root.getTagName() + ">");
        }
        Element diags = child(root, "diagnostics");
        Element rec = child(root, "record");
        Element explain = rec == null ? null : descendant(rec, "explain");
        if (explain == null && rec != null) {
            Element data = child(rec, "recordData");
            String s = data == null ? null : data.getTextContent();
            if (s != null && s.trim().startsWith("<")) {
                explain = descendant(parse(s.trim().getBytes(StandardCharsets.UTF_8)).getDocumentElement(),
                        "explain");
            }
        }
        if (explain == null && diags != null) {
            throw new SruDiagnosticException(readDiagnostics(diags));
        }
        String version = versionOf(root);
        if (explain == null) {
            return new ExplainInfo(version, "", 0, "", "", List.of(), List.of(), 0, "");
        }
        Element server = child(explain, "serverInfo");
        String host = text(child(server, "host"));
        int port = intOr(text(child(server, "port")), 0, "port");
        String db = text(child(server, "database"));
        String title = text(child(child(explain, "databaseInfo"), "title"));
        List<String> indexes = new ArrayList<>();
        Element indexInfo = child(explain, "indexInfo");
        if (indexInfo != null) {
            for (Element index : children(indexInfo, "index")) {
                for (Element map : children(index, "map")) {
                    Element name = child(map, "name");
                    if (name != null) {
                        String set = name.getAttribute("set");
                        String n = text(name);
                        if (n != null) {
                            String full = set == null || set.isEmpty() ? n : set + "." + n;
                            if (!indexes.contains(full)) {
                                indexes.add(full);
                            }
                        }
                    }
                }
            }
        }
        List<ExplainInfo.Schema> schemas = new ArrayList<>();
        Element schemaInfo = child(explain, "schemaInfo");
        if (schemaInfo != null) {
            for (Element s : children(schemaInfo, "schema")) {
                schemas.add(new ExplainInfo.Schema(s.getAttribute("name"), s.getAttribute("identifier"),
                        nonNull(text(child(s, "title")))));
            }
        }
        int defMax = 0;
        Element config = child(explain, "configInfo");
        if (config != null) {
            for (Element d : children(config, "default")) {
                if ("numberOfRecords".equals(d.getAttribute("type"))) {
                    defMax = intOr(text(d), 0, "numberOfRecords");
                }
            }
        }
        return new ExplainInfo(version, nonNull(host), port, nonNull(db), nonNull(title), indexes, schemas, defMax,
                serialize(explain));
    }

    // ---- MARC -------------------------------------------------------------------------------------------

    /**
     * The MARCXML record in (or at) {@code el}, parsed by Marc4J; {@code null} if there is none.
     * Finds a {@code record} in the MARC21/slim namespace, also inside wrappers such as YAZ's opacxml.
     */
    static Record toMarc(Element el) {
        Element rec = "record".equals(local(el)) && isMarcNs(el) ? el : null;
        if (rec == null && "collection".equals(local(el)) && isMarcNs(el)) {
            rec = child(el, "record");
        }
        if (rec == null) {
            for (Element r : descendants(el, "record")) {
                if (isMarcNs(r)) {
                    rec = r;
                    break;
                }
            }
        }
        if (rec == null) {
            return null;
        }
        return marcFromElement(rec);
    }

    /** Parses one MARCXML {@code record} element with Marc4J's SAX handler, synchronously. */
    static Record marcFromElement(Element record) {
        RecordStack stack = new RecordStack();
        MarcXmlHandler handler = new MarcXmlHandler(stack);
        try {
            Transformer t = newTransformer();
            t.transform(new DOMSource(record), new SAXResult(handler));
        } catch (TransformerException | RuntimeException e) {
            throw new SruResponseException("record is not valid MARCXML: " + e.getMessage(), e);
        }
        return stack.hasNext() ? stack.pop() : null;
    }

    private static boolean isMarcNs(Element e) {
        String ns = e.getNamespaceURI();
        return ns == null || ns.isEmpty() || MARCXML_NS.equals(ns);
    }

    // ---- diagnostics ------------------------------------------------------------------------------------

    private static List<SruDiagnostic> readDiagnostics(Element diagnostics) {
        List<SruDiagnostic> list = new ArrayList<>();
        for (Element d : children(diagnostics, "diagnostic")) {
            list.add(readDiagnostic(d));
        }
        if (list.isEmpty()) {
            list.add(new SruDiagnostic("info:srw/diagnostic/1/1", null, "empty diagnostics element"));
        }
        return list;
    }

    private static SruDiagnostic readDiagnostic(Element d) {
        return new SruDiagnostic(nonNull(text(child(d, "uri"))), text(child(d, "details")),
                text(child(d, "message")));
    }

    /** TransformerFactory is not guaranteed thread-safe; transformers themselves are used by one thread. */
    private static Transformer newTransformer() throws javax.xml.transform.TransformerConfigurationException {
        synchronized (TF) {
            return TF.newTransformer();
        }
    }

    // ---- DOM helpers ------------------------------------------------------------------------------------

    static Document parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new SruResponseException("empty response body");
        }
        try {
            DocumentBuilder b;
            synchronized (DBF) {
                b = DBF.newDocumentBuilder();
            }
            b.setErrorHandler(SILENT);
            return b.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new SruResponseException("response is not well-formed XML: " + e.getMessage()
                    + "; body starts with: " + snippet(body), e);
        }
    }

    static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").trim();
        return body.length > 200 ? s + "..." : s;
    }

    private static String versionOf(Element root) {
        String v = text(child(root, "version"));
        if (v != null) {
            return v;
        }
        return SruVersion.NS_2.equals(root.getNamespaceURI()) ? "2.0" : "1.x";
    }

    static String serialize(Element e) {
        try {
            Transformer t = newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(w));
            return w.toString();
        } catch (TransformerException ex) {
            throw new SruResponseException("cannot serialize record: " + ex.getMessage(), ex);
        }
    }

    /** Parses an XML string (e.g. a record's raw XML) into its root element. */
    static Element parseElement(String xml) {
        try {
            DocumentBuilder b;
            synchronized (DBF) {
                b = DBF.newDocumentBuilder();
            }
            b.setErrorHandler(SILENT);
            return b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new SruResponseException("record is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static String local(Node n) {
        String l = n.getLocalName();
        return l != null ? l : n.getNodeName();
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(local(n))) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(local(n))) {
                out.add((Element) n);
            }
        }
        return out;
    }

    static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) n;
            }
        }
        return null;
    }

    static Element descendant(Element root, String localName) {
        if (localName.equals(local(root))) {
            return root;
        }
        List<Element> all = descendants(root, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        var nl = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        if (t == null) {
            return null;
        }
        t = t.trim();
        return t.isEmpty() ? null : t;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static int intOr(String s, int def, String what) {
        if (s == null) {
            return def;
        }
        try {
            long l = Long.parseLong(s.trim());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
        } catch (NumberFormatException e) {
            throw new SruResponseException(what + " is not a number: '" + s + "'", e);
        }
    }
}
