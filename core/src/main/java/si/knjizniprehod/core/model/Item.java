package si.knjizniprehod.core.model;

/**
 * A physical copy, identified by its barcode. {@code titleCopies} is how many copies of its
 * title the library holds (RA 30 lets multi-copy local history go home).
 */
public record Item(
        String id,
        String libraryId,
        String unitId,
        String bibId,
        String title,
        String author,
        String materialType,
        Collection collection,
        Audience audience,
        boolean requiredReading,
        Integer issueYear,
        boolean latestIssue,
        int titleCopies,
        ItemStatus status,
        String callNumber) {

    public enum Collection { LENDING, READING_ROOM, REFERENCE, LOCAL_HISTORY, ARCHIVE, RARE }

    public enum Audience { ADULT, CHILD }

    public Item withStatus(ItemStatus newStatus) {
        return new Item(id, libraryId, unitId, bibId, title, author, materialType, collection, audience,
                requiredReading, issueYear, latestIssue, titleCopies, newStatus, callNumber);
    }
}
