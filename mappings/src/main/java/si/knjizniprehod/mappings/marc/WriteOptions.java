package si.knjizniprehod.mappings.marc;

/**
 * How to write.
 *
 * @param flavour     flavour of the records written, or null to detect per record
 * @param declareUtf8 make each record state that it is UTF-8: MARC 21 leader/09 = 'a'; UNIMARC 100$a/26-29 =
 *                    "50  " (when 100$a is at least 30 characters long). Default true: output is always
 *                    UTF-8, so the record must not claim otherwise.
 * @param jsonLines   MARC-in-JSON only: one record object per line instead of a JSON array
 * @param pretty      MARC-in-JSON only: indent output
 */
public record WriteOptions(MarcFlavour flavour, boolean declareUtf8, boolean jsonLines, boolean pretty) {

    public static final WriteOptions DEFAULT = new WriteOptions(null, true, false, false);

    public WriteOptions withFlavour(MarcFlavour f) {
        return new WriteOptions(f, declareUtf8, jsonLines, pretty);
    }

    public WriteOptions withJsonLines(boolean b) {
        return new WriteOptions(flavour, declareUtf8, b, pretty);
    }

    public WriteOptions withDeclareUtf8(boolean b) {
        return new WriteOptions(flavour, b, jsonLines, pretty);
    }
}
