package si.knjizniprehod.bench.sip2;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.message.CheckinRequest;
import si.knjizniprehod.sip2.message.CheckoutRequest;
import si.knjizniprehod.sip2.message.ItemInformationRequest;
import si.knjizniprehod.sip2.message.LoginRequest;
import si.knjizniprehod.sip2.message.PatronInformationRequest;
import si.knjizniprehod.sip2.message.RenewRequest;
import si.knjizniprehod.sip2.message.Sip2Message;
import si.knjizniprehod.sip2.server.Sip2Server;

/**
 * SIP2 load generator. N terminal connections (default 200), each logs in and runs a closed loop of messages
 * (default mix 63, 17, 11, 29, 09 on its own patron and items) for a fixed time, either as a closed loop (the next
 * message on the previous answer) or, with {@code --rate=N}, as an open loop at N transactions/s offered in all
 * (each terminal on its own fixed schedule, latency counted from the scheduled time); prints transactions/s and
 * p50/p99/p999 latency. In the same run it measures the same frames against a raw framed echo server on
 * loopback (the ceiling).
 *
 * <pre>
 * mvn -pl bench compile exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.Sip2LoadGenerator \
 *     -Dexec.args="--host=127.0.0.1 --port=6001 --connections=200 --seconds=20"
 * </pre>
 * Without {@code --port} it starts the SIP2 server in-process with the in-memory backend (preliminary figures:
 * not the circulation core). Options: --host, --port, --login=sc-ri, --password=demo, --ao=RI, --connections,
 * --seconds, --warmup, --rate, --mix=63,17,11,29,09, --readonly (adds a 63/17-only phase), --timeline (answers
 * and slowest answer per second of the mix), --idle=N (holds N idle logged-in connections and reports heap;
 * --idle-hold=S keeps them S seconds longer), --patron-prefix=P, --item-prefix=I, --workers=4 (in-process server only).
 */
public final class Sip2LoadGenerator {
    private static final Sip2Codec CODEC = new Sip2Codec();
    static final int ITEMS_PER_CONNECTION = 50;

    record Result(String name, int connections, double seconds, long tx, long errors, long refused, long fastRounds,
                  double warmupLagSeconds, long[] latNanos,
                  Map<String, long[]> latNanosByCode, Timeline timeline, List<String> refusals) {
        double tps() {
            return tx / seconds;
        }

        double pct(double p) {
            return pct(latNanos, p);
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }

        /** p50/p99 of each request code: tells whether a tail belongs to the writes or to everything. */
        String byCodeLine() {
            StringBuilder b = new StringBuilder("  by request:");
            latNanosByCode.forEach((code, sorted) -> b.append(String.format(Locale.ROOT,
                    "  %s p50=%.2f p99=%.2f ms", code, pct(sorted, 0.50), pct(sorted, 0.99))));
            return b.toString();
        }

        String line() {
            return String.format(Locale.ROOT, "%-26s conns=%4d  tx/s=%9.0f  p50=%7.2f ms  p99=%7.2f ms  p999=%7.2f ms  "
                    + "refused=%d errors=%d", name, connections, tps(), pct(0.50), pct(0.99), pct(0.999), refused, errors);
        }
    }

    /** Shared phase control. */
    static final class Phase {
        volatile boolean running;
        volatile boolean measuring;
        /** When the measured window began (set before {@link #measuring}); open loops restart their schedules there. */
        volatile long windowStart;
        volatile Timeline timeline;
        /** The first few refusals as received, so a run that refuses says why (AF). */
        final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch loggedIn;
        final CountDownLatch drained;

        Phase(int n) {
            loggedIn = new CountDownLatch(n);
            drained = new CountDownLatch(n);
        }
    }

    /** One terminal connection: a closed loop, one message outstanding at a time. */
    static final class Terminal extends SimpleChannelInboundHandler<ByteBuf> {
        final int index;
        final Phase phase;
        final String[] mix;
        final String login;
        final String password;
        final String ao;
        final String patronId;
        final String itemPrefix;
        final boolean doLogin;
        /** Open loop: this terminal's send times; null = closed loop (send on answer). */
        final Schedule schedule;
        long[] lat = new long[1024];
        String[] latCode = new String[1024];
        String sentCode;
        int n;
        long errors;
        long refused;
        /** Times this terminal's item cycle came round within a second of the previous round (see {@link #sendNow}). */
        long fastRounds;
        long roundStartedAt;
        int step;
        int item;
        int seq;
        long sentAt;
        String expected;
        boolean loginDone;
        boolean finished;
        Channel ch;

        Terminal(int index, Phase phase, String[] mix, String login, String password, String ao, String patronId,
                 String itemPrefix, boolean doLogin, long intervalNanos) {
            this.schedule = intervalNanos > 0 ? new Schedule(intervalNanos, index) : null;
            this.index = index;
            this.phase = phase;
            this.mix = mix;
            this.login = login;
            this.password = password;
            this.ao = ao;
            this.patronId = patronId;
            this.itemPrefix = itemPrefix;
            this.doLogin = doLogin;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ch = ctx.channel();
            if (doLogin) {
                expected = "94";
                write(new LoginRequest('0', '0', login, password, null));
            } else {
                loginDone = true;
                phase.loggedIn.countDown();
            }
        }

        void start() {
            if (schedule != null) {
                long now = System.nanoTime();
                schedule.startAt(now, now);
            }
            ch.eventLoop().execute(this::sendNext);
        }

        /**
         * Open loop: the next message goes at its scheduled time, or at once if the answer came late;
         * latency counts from the scheduled time, so a slow answer also delays (and charges) the ones
         * queued behind it instead of hiding them (no coordinated omission).
         */
        private void sendNext() {
            if (schedule == null || !phase.running) {
                sendNow();
                return;
            }
            long now = System.nanoTime();
            if (phase.measuring && !schedule.startedAt(phase.windowStart)) {
                schedule.startAt(phase.windowStart, now);
            }
            long wait = schedule.waitNanos(now);
            if (wait > 0) {
                ch.eventLoop().schedule(this::sendNow, wait, TimeUnit.NANOSECONDS);
            } else {
                sendNow();
            }
        }

        private void write(Sip2Message m) {
            byte[] b = CODEC.encode(m, StandardCharsets.UTF_8, seq++ % 10, true);
            if (schedule != null && loginDone) {
                sentAt = schedule.take(); // open loop: latency from the scheduled time
            } else {
                sentAt = System.nanoTime();
            }
            ch.writeAndFlush(Unpooled.wrappedBuffer(b));
        }

        private String itemId() {
            return String.format("%s%06d", itemPrefix, index * ITEMS_PER_CONNECTION + item % ITEMS_PER_CONNECTION);
        }

        private void sendNow() {
            if (!phase.running) {
                if (!finished) {
                    finished = true;
                    phase.drained.countDown();
                }
                return;
            }
            LocalDateTime now = LocalDateTime.now().withNano(0);
            String code = mix[step++ % mix.length];
            Sip2Message m;
            switch (code) {
                case "63" -> {
                    expected = "64";
                    m = new PatronInformationRequest("001", now, "  Y       ", ao, patronId, null, null, 1, 5);
                }
                case "17" -> {
                    expected = "18";
                    m = new ItemInformationRequest(now, ao, itemId(), null);
                }
                case "11" -> {
                    expected = "12";
                    m = new CheckoutRequest(true, false, now, null, ao, patronId, itemId(), "", null, null, null, null);
                }
                case "29" -> {
                    expected = "30";
                    m = new RenewRequest(false, false, now, null, ao, patronId, null, itemId(), null, null, null, null);
                }
                case "09" -> {
                    expected = "10";
                    m = new CheckinRequest(false, now, now, ao, ao, itemId(), "", null, null);
                    item++;
                    if (doLogin && item % ITEMS_PER_CONNECTION == 0) { // the echo server keeps no answers
                        // The same item again within the same second makes the same message (dates have whole
                        // seconds; AY is not part of a request's identity): the server answers it as a resend.
                        long t = System.nanoTime();
                        if (roundStartedAt != 0 && t - roundStartedAt < 1_100_000_000L) {
                            fastRounds++;
                        }
                        roundStartedAt = t;
                    }
                }
                default -> throw new IllegalArgumentException("message " + code + " is not in the load mix");
            }
            if (!doLogin) {
                expected = code; // the echo server answers with the request itself
            }
            sentCode = code;
            write(m);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            long now = System.nanoTime();
            long t = now - sentAt;
            String got = frame.readableBytes() >= 3 ? frame.toString(0, 3, StandardCharsets.US_ASCII) : "";
            if (!loginDone) {
                loginDone = true;
                if (!got.equals("941")) {
                    errors++;
                }
                phase.loggedIn.countDown();
                return;
            }
            boolean codeOk = got.startsWith(expected);
            // only what was sent (or scheduled) in the window: not the warm-up's last message still in flight
            if (phase.measuring && sentAt - phase.windowStart >= 0) {
                if (!codeOk) {
                    errors++;
                } else if ((expected.equals("12") || expected.equals("30") || expected.equals("10"))
                        && got.charAt(2) != '1') {
                    refused++;
                    if (phase.refusals.size() < 3) {
                        phase.refusals.add(frame.toString(StandardCharsets.UTF_8));
                    }
                }
                if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                    latCode = Arrays.copyOf(latCode, n * 2);
                }
                latCode[n] = sentCode;
                lat[n++] = t;
                phase.timeline.record(now, t);
            }
            sendNext();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors++;
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!loginDone) {
                loginDone = true;
                phase.loggedIn.countDown();
            }
            if (!finished) {
                finished = true;
                phase.drained.countDown();
            }
        }
    }

    static Result run(String name, EventLoopGroup group, String host, int port, int conns, boolean login,
                      String[] mix, Map<String, String> o, double warmup, double seconds) throws Exception {
        Phase phase = new Phase(conns);
        List<Terminal> terms = new ArrayList<>();
        long interval = o.containsKey("rate") ? (long) (conns * 1e9 / Double.parseDouble(o.get("rate"))) : 0;
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        for (int i = 0; i < conns; i++) {
            Terminal t = new Terminal(i, phase, mix, o.getOrDefault("login", "sc-ri"),
                    o.getOrDefault("password", "demo"), o.getOrDefault("ao", "RI"),
                    String.format("%s%06d", o.getOrDefault("patron-prefix", "P"), i), o.getOrDefault("item-prefix", "I"),
                    login, interval);
            terms.add(t);
            b.handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new DelimiterBasedFrameDecoder(65536, true,
                            Unpooled.wrappedBuffer(new byte[] {'\r'})));
                    ch.pipeline().addLast(t);
                }
            });
            b.connect(host, port).sync();
        }
        if (!phase.loggedIn.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("logins did not complete");
        }
        phase.running = true;
        for (Terminal t : terms) {
            t.start();
        }
        Thread.sleep((long) (warmup * 1000));
        long t0 = System.nanoTime();
        phase.timeline = new Timeline(t0, (int) Math.ceil(seconds), Instant.now());
        phase.windowStart = t0;
        phase.measuring = true;
        Thread.sleep((long) (seconds * 1000));
        phase.measuring = false;
        long t1 = System.nanoTime();
        phase.running = false;
        phase.drained.await(30, TimeUnit.SECONDS);
        long total = 0;
        long errors = 0;
        long refused = 0;
        long fastRounds = 0;
        long lag = 0;
        for (Terminal t : terms) {
            fastRounds += t.fastRounds;
            if (t.schedule != null) {
                lag = Math.max(lag, t.schedule.lagAtRestartNanos());
            }
            total += t.n;
            errors += t.errors;
            refused += t.refused;
        }
        long[] all = new long[(int) total];
        Map<String, List<Long>> byCode = new TreeMap<>();
        int k = 0;
        for (Terminal t : terms) {
            System.arraycopy(t.lat, 0, all, k, t.n);
            k += t.n;
            for (int i = 0; i < t.n; i++) {
                byCode.computeIfAbsent(t.latCode[i], c -> new ArrayList<>()).add(t.lat[i]);
            }
            t.ch.close();
        }
        Arrays.sort(all);
        Map<String, long[]> sortedByCode = new TreeMap<>();
        byCode.forEach((c, l) -> sortedByCode.put(c, l.stream().mapToLong(Long::longValue).sorted().toArray()));
        return new Result(name, conns, (t1 - t0) / 1e9, total, errors, refused, fastRounds, lag / 1e9, all,
                sortedByCode, phase.timeline,
                List.copyOf(phase.refusals));
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("options are --key=value: " + a);
            }
            int eq = a.indexOf('=');
            o.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
        }
        return o;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = parse(args);
        int conns = Integer.parseInt(o.getOrDefault("connections", "200"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "20"));
        double warmup = Double.parseDouble(o.getOrDefault("warmup", "5"));
        // the echo server does no work worth warming up; the generator's own JIT is warm after the first phase
        double echoWarmup = Math.min(warmup, 10);
        String[] mix = o.getOrDefault("mix", "63,17,11,29,09").split(",");
        String host = o.getOrDefault("host", "127.0.0.1");
        Sip2Server inProcess = null;
        int port;
        if (o.containsKey("port")) {
            port = Integer.parseInt(o.get("port"));
        } else {
            int idle = Integer.parseInt(o.getOrDefault("idle", "0"));
            inProcess = InMemorySip2Launcher.start(0, Math.max(conns, idle) + 10,
                    (conns + 10) * ITEMS_PER_CONNECTION, Integer.parseInt(o.getOrDefault("workers", "4")));
            port = inProcess.port("sip2");
            System.out.println("target: in-process SIP2 server with the in-memory backend (preliminary) on port " + port);
        }
        EventLoopGroup group = new NioEventLoopGroup(Integer.parseInt(o.getOrDefault("client-threads", "2")));
        try (EchoServer echo = new EchoServer(0)) {
            System.out.printf(Locale.ROOT, "SIP2 load: %d connections, %.0f s warm-up, %.0f s measured, mix %s, %s%n",
                    conns, warmup, seconds, String.join(",", mix), o.containsKey("rate")
                            ? "open loop at " + o.get("rate") + " tx/s offered in all (latency from the scheduled send)"
                            : "closed loop (each connection sends on the previous answer)");
            Result mixed = run("sip2 mix", group, host, port, conns, true, mix, o, warmup, seconds);
            System.out.println(mixed.line());
            System.out.println(mixed.byCodeLine());
            mixed.refusals().forEach(r -> System.out.println("  refused: " + r));
            if (mixed.warmupLagSeconds() >= 0.1) {
                System.out.printf(Locale.ROOT, "  the warm-up fell %.1f s behind its schedule (not measured: the window "
                        + "starts a fresh schedule)%n", mixed.warmupLagSeconds());
            }
            if (mixed.fastRounds() > 0) {
                System.out.printf(Locale.ROOT, "  NOT VALID: %d times a terminal came back to an item within a second; "
                        + "the same message within a second is one request to the server (a resend), so some "
                        + "writes were answered from the idempotency log. Use more connections.%n",
                        mixed.fastRounds());
            }
            if (o.containsKey("timeline")) {
                System.out.println(mixed.timeline().render());
            }
            System.out.println(run("echo ceiling (mix frames)", group, "127.0.0.1", echo.port(), conns, false, mix, o,
                    echoWarmup, seconds).line());
            if (o.containsKey("readonly")) {
                String[] ro = {"63", "17"};
                Result s = run("sip2 read-only 63/17", group, host, port, conns, true, ro, o, warmup, seconds);
                System.out.println(s.line());
                Result e = run("echo ceiling (63/17)", group, "127.0.0.1", echo.port(), conns, false, ro, o, echoWarmup,
                        seconds);
                System.out.println(e.line());
                System.out.printf(Locale.ROOT, "read-only / echo ceiling = %.1f %%%n", 100.0 * s.tps() / e.tps());
            }
            if (o.containsKey("idle")) {
                idle(group, host, port, Integer.parseInt(o.get("idle")), o, inProcess != null);
            }
        } finally {
            group.shutdownGracefully().syncUninterruptibly();
            if (inProcess != null) {
                inProcess.stop();
            }
        }
    }

    /** Holds n logged-in idle connections and reports this JVM's heap after GC. */
    static void idle(EventLoopGroup group, String host, int port, int n, Map<String, String> o, boolean inProcess)
            throws Exception {
        Phase phase = new Phase(n);
        List<Channel> chans = new ArrayList<>();
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class);
        for (int i = 0; i < n; i++) {
            Terminal t = new Terminal(i, phase, new String[] {"17"}, o.getOrDefault("login", "sc-ri"),
                    o.getOrDefault("password", "demo"), o.getOrDefault("ao", "RI"), "P000000", "I", true, 0);
            b.handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new DelimiterBasedFrameDecoder(65536, true,
                            Unpooled.wrappedBuffer(new byte[] {'\r'})));
                    ch.pipeline().addLast(t);
                }
            });
            chans.add(b.connect(host, port).sync().channel());
        }
        boolean ok = phase.loggedIn.await(120, TimeUnit.SECONDS);
        Thread.sleep(1000);
        long open = chans.stream().filter(Channel::isActive).count();
        System.gc();
        Thread.sleep(500);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "idle: %d/%d connections logged in and open (%s); heap used after GC %d MB%s%n",
                open, n, ok ? "all answered" : "timeout", (rt.totalMemory() - rt.freeMemory()) >> 20,
                inProcess ? " (server and generator in one JVM)" : " (generator JVM only)");
        // --idle-hold=S keeps them open S seconds more, so the server's heap can be read meanwhile (jcmd)
        Thread.sleep(1000L * Integer.parseInt(o.getOrDefault("idle-hold", "0")));
        for (Channel c : chans) {
            c.close();
        }
    }

    private Sip2LoadGenerator() {}
}
