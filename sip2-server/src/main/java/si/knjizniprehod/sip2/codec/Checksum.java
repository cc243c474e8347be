package si.knjizniprehod.sip2.codec;

/**
 * SIP2 error detection: the checksum is the 16-bit two's complement of the sum of the bytes of the
 * message up to and including the characters {@code AZ}, written as four upper-case hex digits.
 */
public final class Checksum {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Checksum() {}

    public static int compute(byte[] bytes, int from, int toExclusive) {
        int sum = 0;
        for (int i = from; i < toExclusive; i++) {
            sum += bytes[i] & 0xFF;
        }
        return (-sum) & 0xFFFF;
    }

    public static String hex(int checksum) {
        char[] c = new char[4];
        for (int i = 3, v = checksum & 0xFFFF; i >= 0; i--, v >>>= 4) {
            c[i] = HEX[v & 0xF];
        }
        return new String(c);
    }

    /** Checksum text for bytes[0, toExclusive), where the bytes end with "AZ". */
    public static String of(byte[] bytes, int toExclusive) {
        return hex(compute(bytes, 0, toExclusive));
    }

    static int parseHex(byte[] b, int at) {
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit((char) (b[i] & 0xFF), 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
