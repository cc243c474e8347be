package si.knjizniprehod.sip2.server;

import si.knjizniprehod.sip2.backend.Language;

/** Screen messages the server itself produces (the backend produces the circulation ones). */
public final class ServerMessages {
    private ServerMessages() {}

    public static String offline(Language l) {
        return l == Language.EN
                ? "The library system is offline. Only returns are accepted; please try again later."
                : "Knjižnični sistem trenutno ni dosegljiv. Mogoče je le vračanje gradiva; poskusite znova pozneje.";
    }

    public static String notAllowed(Language l) {
        return l == Language.EN
                ? "This operation is not available at this terminal."
                : "Ta storitev na tem terminalu ni na voljo.";
    }

    public static String notLoggedIn(Language l) {
        return l == Language.EN ? "Terminal is not logged in." : "Terminal ni prijavljen.";
    }

    public static String internalError(Language l) {
        return l == Language.EN
                ? "The request could not be completed. Please ask the library staff."
                : "Zahteve ni bilo mogoče izvesti. Prosimo, obrnite se na knjižničarja.";
    }

    public static String offlineCheckinQueued(Language l) {
        return l == Language.EN
                ? "Return recorded; it will be processed when the system is back online."
                : "Vračilo je zabeleženo in bo obdelano, ko bo sistem spet dosegljiv.";
    }
}
