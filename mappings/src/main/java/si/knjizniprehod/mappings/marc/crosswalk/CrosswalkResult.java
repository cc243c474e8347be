package si.knjizniprehod.mappings.marc.crosswalk;

import java.util.List;
import org.marc4j.marc.Record;

/**
 * Output of one crosswalk run.
 *
 * @param record   the converted record (UTF-8 text, fixed fields declaring UTF-8)
 * @param unmapped tags of source fields no rule covered (dropped), in source order, repeats collapsed
 * @param warnings e.g. relator codes not in the table (kept as they were)
 */
public record CrosswalkResult(Record record, List<String> unmapped, List<String> warnings) {
}
