package si.knjizniprehod.sip2.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import si.knjizniprehod.sip2.account.Operation;
import si.knjizniprehod.sip2.account.TerminalAccount;
import si.knjizniprehod.sip2.backend.Language;
import si.knjizniprehod.sip2.backend.Masking;
import si.knjizniprehod.sip2.backend.TerminalContext;
import si.knjizniprehod.sip2.codec.ParsedFrame;
import si.knjizniprehod.sip2.codec.Sip2Codec;
import si.knjizniprehod.sip2.codec.Sip2ParseException;
import si.knjizniprehod.sip2.message.AcsStatusResponse;
import si.knjizniprehod.sip2.message.CheckinRequest;
import si.knjizniprehod.sip2.message.LoginRequest;
import si.knjizniprehod.sip2.message.LoginResponse;
import si.knjizniprehod.sip2.message.MessageType;
import si.knjizniprehod.sip2.message.RequestScResend;
import si.knjizniprehod.sip2.message.Sip2Message;

/**
 * One per connection. Runs on the connection's worker thread: frames in, one response out per frame.
 * Never lets an exception escape: bad input is answered with 96, backend failures with a negative answer.
 */
final class Sip2ConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(Sip2ConnectionHandler.class);

    private final Sip2Server server;
    private final Session session;
    private final Sip2Codec codec;
    /** Frames waiting for the worker, in arrival order; {@link #CLOSED} marks the end of the connection. */
    private final Queue<Object> inbox = new ConcurrentLinkedQueue<>();
    /** True while a worker drains the inbox: at most one per connection, so messages are answered in order. */
    private final AtomicBoolean running = new AtomicBoolean();
    private final Executor workers;
    /** The account whose connection slot this connection holds, if any. */
    private TerminalAccount slot;
    private int failedLogins;
    /** Failed logins after which the connection is closed (slows down password guessing). */
    static final int MAX_FAILED_LOGINS = 5;
    /** Frames queued before the connection stops reading (a terminal sends one message at a time). */
    static final int MAX_QUEUED = 16;
    private static final Object CLOSED = new Object();

    /** @param workers runs the backend calls; null runs them on the I/O thread */
    Sip2ConnectionHandler(Sip2Server server, ListenerConfig listener, Sip2Codec codec, Executor workers) {
        this.server = server;
        this.session = new Session(listener);
        this.codec = codec;
        this.workers = workers;
        if (!listener.loginRequired()) {
            session.account(server.accounts().find(listener.anonymousAccount()).orElseThrow());
        }
    }

    /** A message is being answered or waiting. */
    boolean busy() {
        return running.get() || !inbox.isEmpty();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        inbox.add(msg);
        if (inbox.size() >= MAX_QUEUED) {
            ctx.channel().config().setAutoRead(false);
        }
        schedule(ctx);
    }

    private void schedule(ChannelHandlerContext ctx) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        if (workers == null) {
            drain(ctx);
            return;
        }
        try {
            workers.execute(() -> drain(ctx));
        } catch (RejectedExecutionException e) { // server stopping
            running.set(false);
            ctx.close();
        }
    }

    /**
     * Runs on one thread at a time per connection, so frames are answered in order. With workers, a
     * connection answers one frame per turn and, if its next frame is already waiting, goes back to the end
     * of the workers' queue: a terminal that answers fast (its next frame arriving while the worker is still
     * busy) would otherwise be served again and again while the others wait. On the I/O thread (no workers)
     * the connection has its thread anyway and answers all it has.
     */
    private void drain(ChannelHandlerContext ctx) {
        if (workers != null) {
            answerNext(ctx);
            running.set(false);
            if (!inbox.isEmpty()) {
                schedule(ctx);
            }
            return;
        }
        do {
            while (answerNext(ctx)) {
                // all that is queued
            }
            running.set(false);
        } while (!inbox.isEmpty() && running.compareAndSet(false, true));
    }

    /** Answers the oldest queued frame (an end-of-connection marker frees the slot); false when none was left. */
    private boolean answerNext(ChannelHandlerContext ctx) {
        Object m;
        while ((m = inbox.poll()) == CLOSED) {
            if (slot != null) {
                server.releaseSlot(slot);
                slot = null;
            }
        }
        if (m != null) {
            answer(ctx, m);
        }
        if (!ctx.channel().config().isAutoRead() && ctx.channel().isActive()) {
            ctx.channel().config().setAutoRead(true);
        }
        return m != null;
    }

    private void answer(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg == Sip2FrameDecoder.TOO_LONG) {
                log.debug("overlong frame from {}", ctx.channel().remoteAddress());
                send(ctx, RequestScResend.INSTANCE, null, errorDetection(true));
            } else if (msg instanceof byte[] frame) {
                onFrame(ctx, frame);
            }
        } catch (RuntimeException e) {
            log.warn("unexpected error on SIP2 connection {}", ctx.channel().remoteAddress(), e);
            send(ctx, RequestScResend.INSTANCE, null, errorDetection(true));
        } finally {
            if (server.draining() && inbox.isEmpty()) {
                ctx.channel().writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }

    private boolean errorDetection(boolean requestHadChecksum) {
        return session.account() != null ? session.account().errorDetection() : requestHadChecksum;
    }

    private void onFrame(ChannelHandlerContext ctx, byte[] frame) {
        boolean verify = session.account() == null || session.account().errorDetection();
        ParsedFrame pf;
        try {
            pf = codec.parse(frame, session.charset(), verify);
        } catch (Sip2ParseException e) {
            log.debug("bad SIP2 frame ({}) from {}", e.kind(), ctx.channel().remoteAddress());
            send(ctx, RequestScResend.INSTANCE, null, errorDetection(true));
            return;
        }
        session.nextMessageNumber();
        Sip2Message m = pf.message();
        MessageType type = m.type();
        boolean ed = errorDetection(pf.hadChecksum());
        switch (type) {
            case REQUEST_ACS_RESEND, REQUEST_SC_RESEND -> {
                byte[] last = session.lastResponse();
                if (last == null) {
                    send(ctx, RequestScResend.INSTANCE, null, ed);
                } else {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(last));
                }
            }
            case LOGIN -> login(ctx, (LoginRequest) m, pf, ed);
            case SC_STATUS -> send(ctx, acsStatus(), pf.sequence(), ed);
            default -> {
                MessageHandler<Sip2Message> h = server.handler(type);
                if (h == null) {
                    // a response code, or a message the ACS never receives
                    send(ctx, RequestScResend.INSTANCE, null, ed);
                    return;
                }
                send(ctx, dispatch(h, m, frame, pf), pf.sequence(), ed);
            }
        }
    }

    private Sip2Message dispatch(MessageHandler<Sip2Message> h, Sip2Message m, byte[] frame, ParsedFrame pf) {
        TerminalAccount a = session.account();
        Language lang = session.language();
        if (a == null) {
            return h.refuse(m, session, ServerMessages.notLoggedIn(lang));
        }
        Operation op = h.operation();
        if (op != null && !a.allows(op)) {
            return h.refuse(m, session, ServerMessages.notAllowed(lang));
        }
        TerminalContext tc = new TerminalContext(a.login(), a.libraryId(), a.unit(), a.institutionId(), a.location(),
                lang, op == null ? null : RequestIds.of(a.login(), frame, pf), Instant.now());
        try {
            if (!server.backend().online()) {
                if (m instanceof CheckinRequest ci && a.allows(Operation.OFFLINE)) {
                    return server.checkinHandler().handle(ci, session, tc, true);
                }
                if (m.type() == MessageType.END_PATRON_SESSION) {
                    return h.refuse(m, session, null);
                }
                return h.refuse(m, session, ServerMessages.offline(lang));
            }
            return h.handle(m, session, tc);
        } catch (RuntimeException e) {
            log.warn("backend failed on {} from terminal {}: {}", m.type(), a.login(), e.toString());
            return h.refuse(m, session, ServerMessages.internalError(lang));
        }
    }

    private void login(ChannelHandlerContext ctx, LoginRequest q, ParsedFrame pf, boolean ed) {
        Optional<TerminalAccount> found = server.accounts().authenticate(q.loginUserId(), q.loginPassword());
        boolean ok = false;
        if (found.isPresent()) {
            TerminalAccount a = found.get();
            if (slot != null && slot.login().equals(a.login())) {
                ok = true;
            } else if (server.acquireSlot(a)) {
                if (slot != null) {
                    server.releaseSlot(slot);
                }
                slot = a;
                session.account(a);
                ok = true;
                failedLogins = 0;
                IdleStateHandler idle = new IdleStateHandler(a.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS);
                ctx.pipeline().replace(Sip2Server.IDLE, Sip2Server.IDLE, idle);
                log.info("SIP2 terminal {} logged in from {}", a.login(), ctx.channel().remoteAddress());
            } else {
                log.warn("SIP2 terminal {} refused: connection limit {} reached", a.login(), a.maxConnections());
            }
        } else {
            failedLogins++;
            log.warn("SIP2 login failed for {} from {}", Masking.mask(q.loginUserId()), ctx.channel().remoteAddress());
        }
        send(ctx, new LoginResponse(ok), pf.sequence(), session.account() != null ? session.account().errorDetection() : ed);
        if (failedLogins >= MAX_FAILED_LOGINS) {
            log.warn("SIP2 connection {} closed after {} failed logins", ctx.channel().remoteAddress(), failedLogins);
            ctx.close();
        }
    }

    private AcsStatusResponse acsStatus() {
        boolean online = server.backend().online();
        TerminalAccount a = session.account();
        if (a == null) {
            return new AcsStatusResponse(online, false, false, false, false, false, 0, 0,
                    java.time.LocalDateTime.now(codec.zone()).withNano(0), "2.00", "", null, "NNNNYYYNNNNNNNNN", null,
                    ServerMessages.notLoggedIn(session.language()), null);
        }
        boolean checkin = a.allows(Operation.CHECKIN) && (online || a.allows(Operation.OFFLINE));
        boolean checkout = online && a.allows(Operation.CHECKOUT);
        boolean renew = online && a.allows(Operation.RENEWAL);
        boolean update = online && a.allows(Operation.STATUS_UPDATE);
        StringBuilder bx = new StringBuilder(16);
        bx.append(yn(online))                                     // patron status
                .append(yn(checkout))                             // checkout
                .append(yn(checkin))                              // checkin
                .append(yn(online && a.allows(Operation.BLOCK_PATRON)))
                .append('Y')                                      // SC/ACS status
                .append('Y')                                      // request resend
                .append('Y')                                      // login
                .append(yn(online))                               // patron information
                .append('Y')                                      // end patron session
                .append(yn(online && a.allows(Operation.FEE_PAID)))
                .append(yn(online))                               // item information
                .append(yn(update))                               // item status update
                .append(yn(online && a.allows(Operation.PATRON_ENABLE)))
                .append(yn(online && a.allows(Operation.HOLD)))
                .append(yn(renew))                                // renew
                .append(yn(renew));                               // renew all
        return new AcsStatusResponse(online, checkin, checkout, renew, update, a.allows(Operation.OFFLINE),
                a.timeoutPeriod(), a.retriesAllowed(), java.time.LocalDateTime.now(codec.zone()).withNano(0), "2.00",
                a.institutionId(), a.libraryName(), bx.toString(), a.location().isEmpty() ? null : a.location(),
                online ? null : ServerMessages.offline(a.language()), null);
    }

    private static char yn(boolean b) {
        return b ? 'Y' : 'N';
    }

    private void send(ChannelHandlerContext ctx, Sip2Message m, Integer seq, boolean errorDetection) {
        byte[] out = codec.encode(m, session.charset(), seq, errorDetection);
        if (!(m instanceof RequestScResend)) {
            session.lastResponse(out);
        }
        ctx.writeAndFlush(Unpooled.wrappedBuffer(out));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            if (!busy()) {
                log.debug("closing idle SIP2 connection {}", ctx.channel().remoteAddress());
                ctx.close();
            }
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // frames received before the close are still answered (a checkin sent just before hanging up counts);
        // the slot is released after them, in order
        inbox.add(CLOSED);
        schedule(ctx);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("SIP2 connection {} closed after error: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    /** Closes the connection now if no message is being answered or waiting (called on the I/O thread). */
    void closeIfIdle(ChannelHandlerContext ctx) {
        if (!busy()) {
            ctx.close();
        }
    }
}
