package si.knjizniprehod.mappings.marc;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A streaming reader that yields one {@link MarcReadResult} per record. Holds at most one record in memory.
 * I/O failures of the underlying stream surface as {@link UncheckedIOException}.
 */
public interface MarcRecordReader extends Iterator<MarcReadResult>, Closeable {

    /** The input format this reader decodes. */
    MarcFormat format();

    /** A sequential stream over the remaining results; closing the stream closes the reader. */
    default Stream<MarcReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
