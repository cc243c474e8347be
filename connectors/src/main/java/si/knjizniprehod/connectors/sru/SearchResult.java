package si.knjizniprehod.connectors.sru;

import java.util.List;
import java.util.OptionalInt;

/**
 * One page of a searchRetrieve answer.
 *
 * @param version            the version the server answered with (from the response, or the namespace)
 * @param numberOfRecords    total hits
 * @param startRecord        the startRecord this page was asked for
 * @param records            the records of this page (surrogate diagnostics are not in this list)
 * @param recordDiagnostics  surrogate diagnostics: records the server could not deliver, with their position
 * @param nextRecordPosition the server's nextRecordPosition, or 0 when it sent none
 * @param warnings           non-fatal diagnostics that came together with records
 */
public record SearchResult(String version, int numberOfRecords, int startRecord, List<SruRecord> records,
                           List<PositionedDiagnostic> recordDiagnostics, int nextRecordPosition,
                           List<SruDiagnostic> warnings) {

    /** A surrogate diagnostic standing in for the record at {@code position}. */
    public record PositionedDiagnostic(int position, SruDiagnostic diagnostic) {
    }

    public SearchResult {
        records = List.copyOf(records);
        recordDiagnostics = List.copyOf(recordDiagnostics);
        warnings = List.copyOf(warnings);
    }

    /** Records plus surrogate diagnostics: the number of result-set positions this page covered. */
    public int returnedCount() {
        return records.size() + recordDiagnostics.size();
    }

    /**
     * Where the next page starts: the server's nextRecordPosition, or (Zebra and YAZ send none) the position
     * after this page if it is still within the hit count. Empty when this was the last page.
     */
    public OptionalInt nextStart() {
        if (nextRecordPosition > 0) {
            return nextRecordPosition <= numberOfRecords ? OptionalInt.of(nextRecordPosition) : OptionalInt.empty();
        }
        int next = startRecord + returnedCount();
        if (returnedCount() == 0 || next > numberOfRecords) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(next);
    }
}
