package si.knjizniprehod.mappings.marc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator part every format's reader shares: one result read ahead, the end of input, and a
 * fatal result that ends the stream. Subclasses only decode the next record.
 */
abstract class LookaheadRecordReader implements MarcRecordReader {
    private MarcReadResult next;
    private boolean done;

    /** The next result, or null at the end of the input. */
    protected abstract MarcReadResult readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (next == null) {
                done = true;
            }
        }
        return next != null;
    }

    @Override
    public final MarcReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MarcReadResult r = next;
        next = null;
        if (r.fatal()) {
            done = true;
        }
        return r;
    }
}
