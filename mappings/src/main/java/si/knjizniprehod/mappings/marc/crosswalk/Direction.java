package si.knjizniprehod.mappings.marc.crosswalk;

/** Direction of a crosswalk. */
public enum Direction {
    /** UNIMARC (and COMARC exported as UNIMARC) to MARC 21. */
    U2M,
    /** MARC 21 to UNIMARC. */
    M2U
}
