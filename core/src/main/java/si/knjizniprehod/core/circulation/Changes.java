package si.knjizniprehod.core.circulation;

import java.util.HashSet;
import java.util.Set;

/** The members and items one operation touched, collected inside its transaction. */
final class Changes {
    private final Set<String> keys = new HashSet<>();

    Changes member(String memberId) {
        if (memberId != null) {
            keys.add("m:" + memberId);
        }
        return this;
    }

    Changes item(String itemId) {
        if (itemId != null) {
            keys.add("i:" + itemId);
        }
        return this;
    }

    Set<String> keys() {
        return keys;
    }
}
