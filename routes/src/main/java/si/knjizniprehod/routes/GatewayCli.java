package si.knjizniprehod.routes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import si.knjizniprehod.routes.config.GatewayConfig;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar gateway.jar [run|config] [options]}: runs the gateway or prints its configuration. */
@Command(name = "gateway", mixinStandardHelpOptions = true, version = "Knjižni prehod 0.1.0",
        description = "Library integration gateway: circulation core, REST API, SIP2, catalogue and ILL routes.",
        subcommands = {GatewayCli.Run.class, GatewayCli.Config.class, ImportCommand.class, SearchCommand.class, MarcCommand.class})
public final class GatewayCli implements Callable<Integer> {
    @Mixin
    Options options;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GatewayCli()).execute(args));
    }

    /** With no subcommand the gateway runs. */
    @Override
    public Integer call() throws Exception {
        return new Run(options).call();
    }

    /** Options every subcommand takes; each becomes a {@code gateway.*} setting of highest precedence. */
    public static final class Options {
        @Option(names = "--config", description = "properties file with gateway.* settings")
        Path configFile;
        @Option(names = "--data-dir", description = "directory for the embedded database and broker (default ./data)")
        String dataDir;
        @Option(names = "--http-port", description = "HTTP port of the REST API (default 8080)")
        Integer httpPort;
        @Option(names = "--sip2-port", description = "SIP2 listener port (default 6001)")
        Integer sip2Port;
        @Option(names = "--no-demo", description = "do not load the demo data")
        boolean noDemo;

        GatewayConfig load() {
            Map<String, String> cli = new HashMap<>();
            if (dataDir != null) {
                cli.put("gateway.data.dir", dataDir);
            }
            if (httpPort != null) {
                cli.put("gateway.http.port", httpPort.toString());
            }
            if (sip2Port != null) {
                cli.put("gateway.sip2.port", sip2Port.toString());
            }
            if (noDemo) {
                cli.put("gateway.demo", "false");
            }
            Map<String, String> sys = new HashMap<>();
            System.getProperties().stringPropertyNames().forEach(k -> sys.put(k, System.getProperty(k)));
            return GatewayConfig.load(configFile, sys, System.getenv(), cli);
        }
    }

    @Command(name = "run", description = "Run the gateway (the default).")
    public static final class Run implements Callable<Integer> {
        @Mixin
        Options options;

        public Run() {
        }

        Run(Options options) {
            this.options = options;
        }

        @Override
        public Integer call() throws Exception {
            Gateway gateway = new Gateway(options.load());
            try {
                gateway.start();
            } catch (Exception e) {
                gateway.stop();
                System.err.println("gateway: cannot start: " + rootMessage(e));
                return 1;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                gateway.stop();
                stopped.countDown();
            }, "gateway-shutdown"));
            stopped.await();
            return 0;
        }
    }

    /** The outermost message and the innermost cause, which usually names the real problem. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    @Command(name = "config", description = "Print the effective configuration (secrets masked) and exit.")
    public static final class Config implements Callable<Integer> {
        @Mixin
        Options options;

        @Override
        public Integer call() {
            System.out.print(options.load().describe());
            return 0;
        }
    }
}
