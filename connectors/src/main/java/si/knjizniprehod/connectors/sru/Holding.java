package si.knjizniprehod.connectors.sru;

import java.util.Optional;

/**
 * Which library holds a title and how many copies.
 *
 * @param libraryCode library (or location) code, e.g. the MARC 21 852 $a, a COBISS acronym, an OPAC nucCode
 * @param copies      number of copies counted for that library (at least 1)
 * @param callNumber  shelf mark / call number if the data has one, else {@code null}
 */
public record Holding(String libraryCode, int copies, String callNumber) {

    public Optional<String> callNumberIfPresent() {
        return Optional.ofNullable(callNumber);
    }
}
