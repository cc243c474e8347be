package si.knjizniprehod.routes.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.core.catalogue.BibRecord;
import si.knjizniprehod.mappings.marc.MarcIO;
import si.knjizniprehod.mappings.marc.MarcReadResult;
import si.knjizniprehod.mappings.marc.MarcRecordReader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Streaming import of MARC files (ISO 2709, MARCXML, MARC-in-JSON, auto-detected; UNIMARC or MARC 21 per record)
 * into the local store. One record in memory at a time plus one batch of store rows; records are stored
 * {@value #BATCH} per transaction. A bad record is reported (position, byte offset, reason) and skipped: a file is
 * never abandoned for one record. When a batch fails to store, its records are stored one by one so only the
 * offending record is rejected.
 */
public final class CatalogueImporter {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueImporter.class);
    static final int BATCH = 500;
    /** Rejections kept in the result (all of them go to the listener, e.g. the report file). */
    static final int KEPT_REJECTIONS = 1000;

    private final CatalogueStore store;
    private final Clock clock;
    private final String source;

    public CatalogueImporter(CatalogueStore store, Clock clock, String source) {
        this.store = store;
        this.clock = clock;
        this.source = source;
    }

    /** A record that was not stored. {@code position} is 1-based within its file; byteOffset -1 when unknown. */
    public record Rejection(String file, long position, long byteOffset, String reason) {
    }

    /** Where an import stands. {@code size} is the file size in bytes (-1 when unknown). */
    public record Progress(String file, long records, long bytesRead, long size, long elapsedNanos, boolean fileDone) {
        public double recordsPerSecond() {
            return elapsedNanos <= 0 ? 0 : records * 1e9 / elapsedNanos;
        }

        /** Estimated seconds left from the share of bytes read, or -1 when the size is unknown. */
        public long etaSeconds() {
            if (size <= 0 || bytesRead <= 0 || elapsedNanos <= 0) {
                return -1;
            }
            double left = Math.max(0, size - bytesRead) * (double) elapsedNanos / bytesRead;
            return Math.round(left / 1e9);
        }
    }

    /** Receives progress (every few hundred records and at the end of each file) and every rejection. */
    public interface Listener {
        default void progress(Progress p) {
        }

        default void rejected(Rejection r) {
        }

        /** A record that was stored but read with recoverable problems ({@code reason} lists them). */
        default void warned(Rejection r) {
        }

        Listener NONE = new Listener() {
        };
    }

    /**
     * The outcome of an import. {@code rejections} and {@code warned} (stored records read with warnings) hold the
     * first {@value #KEPT_REJECTIONS} of each.
     */
    public record Result(int files, long read, long stored, long rejected, long warnings, List<Rejection> rejections,
                         List<Rejection> warned, long millis) {
    }

    /** Imports files; directories are walked (regular, non-hidden files, in name order). */
    public Result importPaths(List<Path> paths, Listener listener) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new java.io.FileNotFoundException("no such file or directory: " + p);
            }
        }
        Tally t = new Tally();
        long t0 = System.nanoTime();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                run(f.toString(), in, Files.size(f), listener, t);
            }
        }
        return t.result(files.size(), t0);
    }

    /** Imports one stream (an upload); {@code size} in bytes or -1. */
    public Result importStream(String name, InputStream in, long size, Listener listener) {
        Tally t = new Tally();
        long t0 = System.nanoTime();
        run(name, in, size, listener, t);
        return t.result(1, t0);
    }

    private final class Tally {
        long read;
        long stored;
        long rejected;
        long warnings;
        final List<Rejection> kept = new ArrayList<>();
        final List<Rejection> warned = new ArrayList<>();

        void warn(Rejection r, Listener l) {
            warnings++;
            if (warned.size() < KEPT_REJECTIONS) {
                warned.add(r);
            }
            l.warned(r);
        }

        void reject(Rejection r, Listener l) {
            rejected++;
            if (kept.size() < KEPT_REJECTIONS) {
                kept.add(r);
            }
            l.rejected(r);
        }

        Result result(int files, long t0) {
            return new Result(files, read, stored, rejected, warnings, List.copyOf(kept), List.copyOf(warned),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private record Pending(BibRecord row, long position, long byteOffset) {
    }

    private void run(String name, InputStream raw, long size, Listener listener, Tally t) {
        CountingInputStream in = new CountingInputStream(raw);
        long start = System.nanoTime();
        long records = 0;
        List<Pending> batch = new ArrayList<>(BATCH);
        MarcRecordReader reader;
        try {
            reader = MarcIO.reader(in);
        } catch (RuntimeException e) {
            t.read++;
            t.reject(new Rejection(name, 1, 0, "unreadable input: " + e.getMessage()), listener);
            return;
        }
        try (reader) {
            while (true) {
                MarcReadResult res;
                try {
                    if (!reader.hasNext()) {
                        break;
                    }
                    res = reader.next();
                } catch (RuntimeException e) { // a reader bug or I/O failure: report it, keep what was read
                    t.read++;
                    t.reject(new Rejection(name, records + 1, -1, "reading stopped: " + e), listener);
                    break;
                }
                records++;
                t.read++;
                if (!res.ok()) {
                    t.reject(new Rejection(name, res.position(), res.byteOffset(), res.error()), listener);
                    if (res.fatal()) {
                        break;
                    }
                } else {
                    try {
                        BibRecord row = CatalogueRecords.toBibRecord(res.record(), res.flavour(), source,
                                Instant.now(clock));
                        batch.add(new Pending(row, res.position(), res.byteOffset()));
                        if (!res.warnings().isEmpty()) {
                            t.warn(new Rejection(name, res.position(), res.byteOffset(),
                                    String.join("; ", res.warnings())), listener);
                        }
                    } catch (RuntimeException e) {
                        t.reject(new Rejection(name, res.position(), res.byteOffset(), reason(e)), listener);
                    }
                    if (batch.size() >= BATCH) {
                        flush(name, batch, listener, t);
                    }
                }
                if (records % 200 == 0) {
                    listener.progress(new Progress(name, records, in.count, size, System.nanoTime() - start, false));
                }
            }
        } catch (IOException e) {
            LOG.debug("closing reader of {}: {}", name, e.getMessage());
        }
        flush(name, batch, listener, t);
        listener.progress(new Progress(name, records, in.count, size, System.nanoTime() - start, true));
    }

    private void flush(String name, List<Pending> batch, Listener listener, Tally t) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.saveAll(batch.stream().map(Pending::row).toList());
            t.stored += batch.size();
        } catch (RuntimeException batchFailure) {
            LOG.debug("batch of {} failed ({}); storing one by one", batch.size(), batchFailure.getMessage());
            for (Pending p : batch) {
                try {
                    store.saveAll(List.of(p.row()));
                    t.stored++;
                } catch (RuntimeException e) {
                    t.reject(new Rejection(name, p.position(), p.byteOffset(), "not stored: " + reason(e)), listener);
                }
            }
        }
        batch.clear();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /** Counts the bytes the reader has taken (its buffer runs a little ahead; enough for an ETA). */
    static final class CountingInputStream extends FilterInputStream {
        volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
