package si.knjizniprehod.mappings.marc;

/** Character encodings a MARC record can arrive in. Output is always UTF-8. */
public enum MarcEncoding {
    /** UTF-8 (MARC 21 leader/09 'a', UNIMARC 100$a/26-27 "50"). */
    UTF_8,
    /** MARC-8 (MARC 21 leader/09 blank), decoded by Marc4J's AnselToUnicode. */
    MARC_8,
    /** ISO 5426 extended Latin (UNIMARC 100$a/26-27 "03"), decoded by Marc4J's Iso5426ToUnicode. */
    ISO_5426,
    /** ISO 8859-1, the last resort for bytes that are neither UTF-8 nor a declared set. */
    ISO_8859_1,
    /** Windows-1250 (Central European), selectable for legacy Slovenian exports. */
    WINDOWS_1250
}
