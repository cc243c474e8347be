package si.knjizniprehod.connectors.sru;

/** Which MARC format a record is in; decides where holdings are looked for. */
public enum MarcFlavour {
    MARC21, UNIMARC
}
