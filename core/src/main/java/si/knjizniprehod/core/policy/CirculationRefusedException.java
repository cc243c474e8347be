package si.knjizniprehod.core.policy;

/** Thrown by the circulation service when a library's rules (or the state) say no. */
public class CirculationRefusedException extends RuntimeException {
    private final transient Refusal refusal;

    public CirculationRefusedException(Refusal refusal) {
        super(refusal.reason() + ": " + refusal.message("en"));
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public Reason reason() {
        return refusal.reason();
    }
}
