package si.knjizniprehod.sip2.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.account.TerminalAccounts;
import si.knjizniprehod.sip2.backend.Sip2Backend;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.message.MessageType;
import si.knjizniprehod.sip2.message.Sip2Message;

/**
 * The SIP2 server: {@code new Sip2Server(config, backend).start()}, later {@link #stop()} (or close()).
 * Several plain and TLS listeners share one set of accounts and one backend.
 */
public final class Sip2Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sip2Server.class);
    static final String IDLE = "idle";
    static final String HANDLER = "sip2";

    private final Sip2ServerConfig config;
    private final Sip2Backend backend;
    private final Map<MessageType, MessageHandler<? extends Sip2Message>> handlers = new EnumMap<>(MessageType.class);
    private final Map<String, AtomicInteger> slots = new ConcurrentHashMap<>();
    private final Map<String, InetSocketAddress> bound = new LinkedHashMap<>();
    private final List<Channel> serverChannels = new ArrayList<>();
    private ChannelGroup connections;
    private EventLoopGroup boss;
    private EventLoopGroup io;
    private ExecutorService workers;
    private volatile boolean draining;
    private boolean started;

    public Sip2Server(Sip2ServerConfig config, Sip2Backend backend) {
        this.config = config;
        this.backend = backend;
        var z = config.zone();
        handlers.put(MessageType.PATRON_STATUS, new PatronStatusHandler(backend, z));
        handlers.put(MessageType.PATRON_INFORMATION, new PatronInformationHandler(backend, z));
        handlers.put(MessageType.CHECKOUT, new CheckoutHandler(backend, z));
        handlers.put(MessageType.CHECKIN, new CheckinHandler(backend, z));
        handlers.put(MessageType.RENEW, new RenewHandler(backend, z));
        handlers.put(MessageType.RENEW_ALL, new RenewAllHandler(backend, z));
        handlers.put(MessageType.ITEM_INFORMATION, new ItemInformationHandler(backend, z));
        handlers.put(MessageType.END_PATRON_SESSION, new EndSessionHandler(backend, z));
        handlers.put(MessageType.FEE_PAID, new FeePaidHandler(backend, z));
        handlers.put(MessageType.HOLD, new HoldHandler(backend, z));
        handlers.put(MessageType.ITEM_STATUS_UPDATE, new ItemStatusUpdateHandler(backend, z));
        handlers.put(MessageType.PATRON_ENABLE, new PatronEnableHandler(backend, z));
        handlers.put(MessageType.BLOCK_PATRON, new BlockPatronHandler(backend, z));
    }

    /** Binds every listener. On any failure nothing stays bound and the exception is thrown. */
    public synchronized Sip2Server start() throws Exception {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        boss = new NioEventLoopGroup(1);
        io = new NioEventLoopGroup(config.ioThreads());
        if (config.workerThreads() > 0) {
            AtomicInteger n = new AtomicInteger();
            workers = Executors.newFixedThreadPool(config.workerThreads(), r -> {
                Thread t = new Thread(r, "sip2-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        connections = new DefaultChannelGroup("sip2", GlobalEventExecutor.INSTANCE);
        try {
            for (ListenerConfig l : config.listeners()) {
                SslContext ssl = l.tls() == null ? null : l.tls().build();
                Sip2Codec codec = new Sip2Codec(l.fieldDelimiter(), config.zone());
                AtomicInteger open = new AtomicInteger();
                ServerBootstrap b = new ServerBootstrap().group(boss, io).channel(NioServerSocketChannel.class)
                        .option(ChannelOption.SO_BACKLOG, 1024)
                        .childOption(ChannelOption.TCP_NODELAY, true)
                        .childOption(ChannelOption.SO_KEEPALIVE, true)
                        .childHandler(new ChannelInitializer<SocketChannel>() {
                            @Override
                            protected void initChannel(SocketChannel ch) {
                                if (draining || open.incrementAndGet() > l.maxConnections()) {
                                    if (!draining) {
                                        log.warn("listener {}: connection limit {} reached", l.name(), l.maxConnections());
                                    }
                                    open.decrementAndGet();
                                    ch.close();
                                    return;
                                }
                                ch.closeFuture().addListener(f -> open.decrementAndGet());
                                connections.add(ch);
                                ChannelPipeline p = ch.pipeline();
                                if (ssl != null) {
                                    p.addLast("tls", ssl.newHandler(ch.alloc()));
                                }
                                p.addLast("frame", new Sip2FrameDecoder(l.maxFrameLength()));
                                p.addLast(IDLE, new IdleStateHandler(l.loginRequired()
                                        ? l.loginTimeout().toMillis()
                                        : accounts().find(l.anonymousAccount()).orElseThrow().idleTimeout().toMillis(),
                                        0, 0, TimeUnit.MILLISECONDS));
                                p.addLast(HANDLER, new Sip2ConnectionHandler(Sip2Server.this, l, codec, workers));
                            }
                        });
                Channel c = b.bind(l.host(), l.port()).sync().channel();
                serverChannels.add(c);
                InetSocketAddress addr = (InetSocketAddress) c.localAddress();
                bound.put(l.name(), addr);
                log.info("SIP2 listener {} on {}:{} ({})", l.name(), l.host(), addr.getPort(),
                        ssl == null ? "plain" : "TLS");
            }
        } catch (Exception e) {
            stop();
            throw e;
        }
        return this;
    }

    /** The port a listener is bound to (useful with port 0). */
    public int port(String listenerName) {
        InetSocketAddress a = bound.get(listenerName);
        if (a == null) {
            throw new IllegalArgumentException("no bound listener " + listenerName);
        }
        return a.getPort();
    }

    /** Currently open client connections. */
    public int openConnections() {
        return connections == null ? 0 : connections.size();
    }

    /**
     * Graceful stop: stops accepting, lets every connection finish the message it is answering (then closes it),
     * closes idle connections at once, waits up to the configured grace, then forces everything closed.
     */
    public synchronized void stop() {
        if (boss == null) {
            return;
        }
        draining = true;
        for (Channel c : serverChannels) {
            c.close().syncUninterruptibly();
        }
        serverChannels.clear();
        if (connections != null) {
            for (Channel c : connections) {
                ChannelHandlerContext hctx = c.pipeline().context(HANDLER);
                if (hctx == null) {
                    c.close();
                    continue;
                }
                Sip2ConnectionHandler h = (Sip2ConnectionHandler) hctx.handler();
                hctx.executor().execute(() -> h.closeIfIdle(hctx));
            }
            long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
            while (!connections.isEmpty() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!connections.isEmpty()) {
                log.warn("SIP2 shutdown: closing {} connections still busy", connections.size());
            }
            connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
        if (workers != null) {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            workers = null;
        }
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        boss = null;
        log.info("SIP2 server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    boolean draining() {
        return draining;
    }

    Sip2Backend backend() {
        return backend;
    }

    TerminalAccounts accounts() {
        return config.accounts();
    }

    CheckinHandler checkinHandler() {
        return (CheckinHandler) handlers.get(MessageType.CHECKIN);
    }

    @SuppressWarnings("unchecked")
    MessageHandler<Sip2Message> handler(MessageType t) {
        return (MessageHandler<Sip2Message>) handlers.get(t);
    }

    boolean acquireSlot(TerminalAccount a) {
        AtomicInteger n = slots.computeIfAbsent(a.login(), k -> new AtomicInteger());
        if (n.incrementAndGet() > a.maxConnections()) {
            n.decrementAndGet();
            return false;
        }
        return true;
    }

    void releaseSlot(TerminalAccount a) {
        AtomicInteger n = slots.get(a.login());
        if (n != null) {
            n.decrementAndGet();
        }
    }
}
