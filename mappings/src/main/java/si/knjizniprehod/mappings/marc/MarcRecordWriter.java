package si.knjizniprehod.mappings.marc;

import java.io.Closeable;
import java.io.IOException;
import org.marc4j.marc.Record;

/** Writes records one at a time to a stream in one {@link MarcFormat}; always UTF-8. */
public interface MarcRecordWriter extends Closeable {

    void write(Record record) throws IOException;

    /** Flushes buffered output; {@link #close()} also finishes the document (closing tags / array). */
    void flush() throws IOException;
}
