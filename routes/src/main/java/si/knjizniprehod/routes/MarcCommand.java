package si.knjizniprehod.routes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import si.knjizniprehod.mappings.marc.MarcConversion;
import si.knjizniprehod.mappings.marc.MarcFlavour;
import si.knjizniprehod.mappings.marc.MarcFormat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gateway.jar marc convert …}: MARC format and flavour conversion, no database, no gateway. */
@Command(name = "marc", mixinStandardHelpOptions = true, description = "MARC tools.",
        subcommands = {MarcCommand.Convert.class})
public final class MarcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * {@code marc convert --from unimarc|marc21 --to marc21|unimarc --format iso2709|marcxml|json IN OUT}.
     * Exit codes: 0 every record converted, 3 some records could not be read (skipped, listed on stderr),
     * 1 the input cannot be read or the output written, 2 wrong usage.
     */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert MARC records between ISO 2709, MARCXML and MARC-in-JSON, crosswalking "
                    + "UNIMARC <-> MARC 21. Input format is detected. IN or OUT may be '-' (stdin/stdout).")
    public static final class Convert implements Callable<Integer> {
        public static final int SOME_BAD = 3;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "unimarc|marc21",
                description = "flavour of the input (default: detected per record)")
        String from;

        @Option(names = "--to", paramLabel = "marc21|unimarc",
                description = "flavour of the output; records of the other flavour are crosswalked (default: keep)")
        String to;

        @Option(names = "--format", paramLabel = "iso2709|marcxml|json", defaultValue = "marcxml",
                description = "output format (default ${DEFAULT-VALUE}); json = MARC-in-JSON")
        String format;

        @Option(names = "--quiet", description = "do not list bad records and warnings")
        boolean quiet;

        @Parameters(index = "0", paramLabel = "IN")
        String in;

        @Parameters(index = "1", paramLabel = "OUT")
        String out;

        InputStream stdin = System.in;
        OutputStream stdout = System.out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            MarcFlavour f = flavour(from, "--from");
            MarcFlavour t = flavour(to, "--to");
            MarcFormat fmt = switch (format.toLowerCase(Locale.ROOT)) {
                case "iso2709", "marc", "mrc" -> MarcFormat.ISO2709;
                case "marcxml", "xml" -> MarcFormat.MARCXML;
                case "json", "marc-json", "marcjson" -> MarcFormat.MARC_JSON;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format must be iso2709, marcxml or json, not '" + format + "'");
            };
            if (!"-".equals(in) && !Files.isRegularFile(Path.of(in))) {
                err.println("marc convert: cannot read " + in + ": no such file");
                return 1;
            }
            Path target = "-".equals(out) ? null : Path.of(out);
            Path tmp = null;
            long[] bad = {0};
            MarcConversion.Stats st;
            try {
                if (target != null) {
                    Path dir = target.toAbsolutePath().getParent();
                    tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
                }
                try (InputStream is = "-".equals(in) ? new BufferedInputStream(stdin, 1 << 16)
                        : new BufferedInputStream(Files.newInputStream(Path.of(in)), 1 << 16);
                     OutputStream os = tmp == null ? new NonClosing(stdout)
                             : new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    st = MarcConversion.convert(is, os, f, t, fmt, res -> {
                        if (!res.ok()) {
                            bad[0]++;
                        }
                        if (!quiet) {
                            err.println((res.ok() ? "warning: " : "skipped: ") + res);
                        }
                    });
                }
                if (tmp != null) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    tmp = null;
                }
            } catch (IOException | RuntimeException e) {
                err.println("marc convert failed: " + ImportCommand.rootMessage(e));
                return 1;
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // best effort
                    }
                }
            }
            err.printf("marc convert: %d read, %d written, %d crosswalked, %d skipped, %d with warnings%n",
                    st.read(), st.written(), st.crosswalked(), st.errors(), st.warnings());
            err.flush();
            return st.errors() > 0 ? SOME_BAD : 0;
        }

        private MarcFlavour flavour(String v, String option) {
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
                case "unimarc", "comarc" -> MarcFlavour.UNIMARC;
                case "marc21", "marc" -> MarcFlavour.MARC21;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        option + " must be unimarc or marc21, not '" + v + "'");
            };
        }
    }

    /** Keeps stdout open after the writer closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
