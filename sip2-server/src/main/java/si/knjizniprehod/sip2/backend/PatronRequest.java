package si.knjizniprehod.sip2.backend;

/**
 * Identifies a patron for 23, 63, 25, 35.
 *
 * @param patronId barcode (AA)
 * @param pin      patron password (AD) or null when the terminal did not send one
 * @param itemList which item list 63 asks for, null for none (23 never asks)
 */
public record PatronRequest(String patronId, String pin, ItemListKind itemList) {
    @Override
    public String toString() {
        return "PatronRequest[patron=" + Masking.mask(patronId) + ", pin=" + (pin == null ? "none" : "***") + ", list=" + itemList + "]";
    }
}
