package si.knjizniprehod.routes.catalogue;

import java.io.PrintWriter;

/**
 * Import progress for a person watching: records, records/s, share of the file and ETA. On a terminal the line
 * is redrawn in place (carriage return) four times a second; otherwise (output redirected) one line every ten
 * seconds and one per finished file.
 */
public final class TerminalProgress implements CatalogueImporter.Listener {
    private final PrintWriter out;
    private final boolean interactive;
    private final CatalogueImporter.Listener next;
    private long lastPrint;
    private int lastWidth;

    public TerminalProgress(PrintWriter out, boolean interactive, CatalogueImporter.Listener next) {
        this.out = out;
        this.interactive = interactive;
        this.next = next == null ? CatalogueImporter.Listener.NONE : next;
    }

    @Override
    public void progress(CatalogueImporter.Progress p) {
        long now = System.nanoTime();
        long every = interactive ? 250_000_000L : 10_000_000_000L;
        if (!p.fileDone() && now - lastPrint < every) {
            return;
        }
        lastPrint = now;
        String line = format(p);
        if (interactive) {
            String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
            out.print("\r" + line + pad);
            lastWidth = line.length();
            if (p.fileDone()) {
                out.println();
                lastWidth = 0;
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void rejected(CatalogueImporter.Rejection r) {
        next.rejected(r);
    }

    @Override
    public void warned(CatalogueImporter.Rejection r) {
        next.warned(r);
    }

    static String format(CatalogueImporter.Progress p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.file()).append(": ").append(String.format("%,d", p.records())).append(" records, ")
                .append(String.format("%,.0f", p.recordsPerSecond())).append(" records/s");
        if (p.size() > 0) {
            long pct = Math.min(100, p.bytesRead() * 100 / p.size());
            sb.append(", ").append(p.fileDone() ? 100 : pct).append('%');
        }
        if (p.fileDone()) {
            sb.append(String.format(", done in %.1f s", p.elapsedNanos() / 1e9));
        } else if (p.etaSeconds() >= 0) {
            long s = p.etaSeconds();
            sb.append(String.format(", ETA %d:%02d", s / 60, s % 60));
        }
        return sb.toString();
    }
}
