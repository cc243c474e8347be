package si.knjizniprehod.core.testing;

import org.assertj.core.api.ThrowableAssert;
import si.knjizniprehod.core.policy.CirculationRefusedException;
import si.knjizniprehod.core.policy.Reason;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

public final class Refusals {
    private Refusals() {
    }

    /** Asserts the call is refused for exactly this reason, with a Slovenian and an English message. */
    public static CirculationRefusedException assertRefused(ThrowableAssert.ThrowingCallable call, Reason reason) {
        CirculationRefusedException[] caught = new CirculationRefusedException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(CirculationRefusedException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason);
            org.assertj.core.api.Assertions.assertThat(e.refusal().message("sl")).isNotBlank();
            org.assertj.core.api.Assertions.assertThat(e.refusal().message("en")).isNotBlank()
                    .isNotEqualTo(e.refusal().message("sl"));
            caught[0] = e;
        });
        return caught[0];
    }
}
