package si.knjizniprehod.sip2.backend;

import java.util.List;

/** 66 Renew all: items renewed (BM) and not renewed (BN). */
public record RenewAllResult(boolean ok, List<String> renewed, List<String> unrenewed, String screenMessage) {
    public RenewAllResult {
        renewed = renewed == null ? List.of() : List.copyOf(renewed);
        unrenewed = unrenewed == null ? List.of() : List.copyOf(unrenewed);
    }
}
