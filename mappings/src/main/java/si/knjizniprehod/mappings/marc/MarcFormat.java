package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.InputStream;

/** Serialisations of MARC records that the gateway reads and writes. */
public enum MarcFormat {
    /** ISO 2709 exchange format (".mrc"). */
    ISO2709,
    /** MARCXML (MARC 21 slim schema; also accepted for UNIMARC records). */
    MARCXML,
    /** Code4Lib MARC-in-JSON: one object per record, read as a single object, an array or one object per line. */
    MARC_JSON;

    /**
     * Guesses the format from the first bytes of a stream. The stream must support mark/reset
     * (wrap it in a {@link java.io.BufferedInputStream}); it is reset to where it was.
     * Skips a UTF-8 byte order mark and leading whitespace: '&lt;' means MARCXML, '{' or '[' MARC-in-JSON,
     * five ASCII digits ISO 2709. Returns null for an empty stream and ISO2709 for anything else
     * (the ISO 2709 reader then reports the bytes as a bad record).
     */
    public static MarcFormat detect(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("stream must support mark/reset");
        }
        in.mark(4096);
        try {
            int n = 0;
            int b;
            while ((b = in.read()) != -1 && n < 4000) {
                n++;
                if (b == 0xEF || b == 0xBB || b == 0xBF) continue; // BOM
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
                if (b == '<') return MARCXML;
                if (b == '{' || b == '[') return MARC_JSON;
                return ISO2709;
            }
            return n == 0 || b == -1 ? null : ISO2709;
        } finally {
            in.reset();
        }
    }
}
