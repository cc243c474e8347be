package si.knjizniprehod.sip2.backend;

/**
 * Everything the SIP2 server needs from the circulation system. The routes module implements it over the
 * circulation core; tests and the bench use {@link si.knjizniprehod.sip2.demo.InMemoryBackend}.
 *
 * <p>Contract:
 * <ul>
 *   <li>Calls are synchronous and may block (database); the server calls them on its own worker threads,
 *       one message at a time per connection, many connections in parallel. Implementations must be
 *       thread-safe.</li>
 *   <li>Refusals are results, not exceptions: {@code ok=false} with a screen message already in
 *       {@link TerminalContext#language()}, saying why (e.g. "Gradivo je rezervirano – podaljšanje ni mogoče.").
 *       An exception is treated as an internal error: the server answers the message negatively with a
 *       generic apology and logs it.</li>
 *   <li>The policy profile of {@link TerminalContext#libraryId()} decides.</li>
 *   <li>{@link TerminalContext#requestId()} is an idempotency key: a repeated id must return the first
 *       outcome, never check out, fine or pay twice.</li>
 *   <li>{@link #online()} must be cheap (a cached health flag): it is asked for every message. While it
 *       is false the server only calls {@link #checkin} (with {@code offline=true}), which must then queue
 *       the return durably and apply it in order when the store is back.</li>
 * </ul>
 */
public interface Sip2Backend {

    /** Whether the store is reachable. false puts every terminal in outage mode (98 on-line status N). */
    boolean online();

    /** 23 patron status and 01 block patron's answer; {@code request.itemList()} is null. */
    PatronView patronStatus(TerminalContext ctx, PatronRequest request);

    /** 63 patron information, with the asked item list. */
    PatronView patronInformation(TerminalContext ctx, PatronRequest request);

    /** 11 checkout. */
    LoanResult checkout(TerminalContext ctx, CheckoutCommand command);

    /** 09 checkin (also in outage mode, with {@code command.offline()}). */
    CheckinResult checkin(TerminalContext ctx, CheckinCommand command);

    /** 29 renew. */
    LoanResult renew(TerminalContext ctx, RenewCommand command);

    /** 65 renew all loans of the patron. */
    RenewAllResult renewAll(TerminalContext ctx, String patronId, String pin, boolean feeAcknowledged);

    /** 17 item information. */
    ItemView itemInformation(TerminalContext ctx, String itemId);

    /** 37 fee paid: records the payment. */
    FeePaidResult feePaid(TerminalContext ctx, FeePayment payment);

    /** 15 hold place / cancel / change, with the profile's limits. */
    HoldResult hold(TerminalContext ctx, HoldCommand command);

    /** 19 item status update: store the item properties (CH). */
    ItemStatusUpdateResult itemStatusUpdate(TerminalContext ctx, String itemId, String itemProperties);

    /** 25 patron enable: lift the blocks the profile allows a terminal to lift; returns the new state. */
    PatronView patronEnable(TerminalContext ctx, PatronRequest request);

    /** 01 block patron: block the card (e.g. retained by the machine); returns the new state (sent as 24). */
    PatronView blockPatron(TerminalContext ctx, String patronId, boolean cardRetained, String reason);

    /** 35 end patron session. */
    EndSessionResult endSession(TerminalContext ctx, String patronId);
}
