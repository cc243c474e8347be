package si.knjizniprehod.mappings.marc;

/**
 * How to read a stream. Every field may be left at its default ("auto").
 *
 * @param format      input format, or null to auto-detect
 * @param flavour     record flavour, or null to detect per record
 * @param encoding    force this encoding for ISO 2709 input, or null to decide per record from
 *                    MARC 21 leader/09 and UNIMARC 100$a/26-29
 * @param fallback    encoding used when the declared one is missing or contradicted and the bytes are not valid UTF-8
 * @param maxRecordBytes a record longer than this (without a terminator) is reported as an error and skipped
 */
public record ReadOptions(MarcFormat format, MarcFlavour flavour, MarcEncoding encoding, MarcEncoding fallback,
                          int maxRecordBytes) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, null, MarcEncoding.ISO_8859_1, 1 << 20);

    public static ReadOptions defaults() {
        return DEFAULT;
    }

    public ReadOptions withFormat(MarcFormat f) {
        return new ReadOptions(f, flavour, encoding, fallback, maxRecordBytes);
    }

    public ReadOptions withFlavour(MarcFlavour f) {
        return new ReadOptions(format, f, encoding, fallback, maxRecordBytes);
    }

    public ReadOptions withEncoding(MarcEncoding e) {
        return new ReadOptions(format, flavour, e, fallback, maxRecordBytes);
    }

    public ReadOptions withFallback(MarcEncoding e) {
        return new ReadOptions(format, flavour, encoding, e, maxRecordBytes);
    }
}
