package si.knjizniprehod.mappings.bib;

/** Coarse material type derived from leader/06-07 (both flavours). */
public enum MaterialType {
    BOOK, SERIAL, ARTICLE, MANUSCRIPT, MUSIC_SCORE, MAP, VIDEO, SOUND_RECORDING, MUSIC_RECORDING, GRAPHIC,
    ELECTRONIC, MULTIMEDIA, OBJECT, OTHER
}
