package si.knjizniprehod.sip2.codec;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/** The terminal charsets the gateway supports. All are ASCII-compatible, so framing and checksums work on bytes. */
public enum Sip2Charset {
    UTF_8("UTF-8"),
    WINDOWS_1250("windows-1250"),
    IBM852("IBM852"),
    ISO_8859_2("ISO-8859-2"),
    IBM850("IBM850");

    private final String javaName;
    private final Charset charset;

    Sip2Charset(String javaName) {
        this.javaName = javaName;
        this.charset = Charset.forName(javaName);
    }

    public Charset charset() {
        return charset;
    }

    public String configName() {
        return javaName;
    }

    public static final List<Sip2Charset> ALL = List.of(values());

    /** Accepts the names used in configuration files: UTF-8, windows-1250/cp1250, IBM852/cp852, ISO-8859-2/latin2, IBM850/cp850. */
    public static Sip2Charset fromName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8": case "utf8": return UTF_8;
            case "windows-1250": case "cp1250": case "win1250": return WINDOWS_1250;
            case "ibm852": case "cp852": case "ibm-852": return IBM852;
            case "iso-8859-2": case "latin2": case "iso8859-2": return ISO_8859_2;
            case "ibm850": case "cp850": case "ibm-850": return IBM850;
            default: throw new IllegalArgumentException("unsupported SIP2 charset: " + name);
        }
    }
}
