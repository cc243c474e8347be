package si.knjizniprehod.sip2.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Terminal passwords are stored as {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 *
 * <p>Command line: {@code java -cp sip2-server.jar si.knjizniprehod.sip2.account.PasswordHasher <password> [iterations]}
 * prints the string to put into {@code passwordHash}.
 */
public final class PasswordHasher {
    public static final String PREFIX = "pbkdf2-sha256";
    public static final int DEFAULT_ITERATIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    public static String hash(String password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    public static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] h = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
    }

    /** Constant-time check; false for a malformed stored hash. */
    public static boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] p = stored.split("\\$");
        if (p.length != 4 || !p[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(p[1]);
            byte[] salt = Base64.getDecoder().decode(p[2]);
            byte[] expected = Base64.getDecoder().decode(p[3]);
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Validates the format of a stored hash (used when loading accounts). */
    public static boolean wellFormed(String stored) {
        if (stored == null) {
            return false;
        }
        String[] p = stored.split("\\$");
        if (p.length != 4 || !p[0].equals(PREFIX)) {
            return false;
        }
        try {
            return Integer.parseInt(p[1]) >= 1000 && Base64.getDecoder().decode(p[2]).length >= 8
                    && Base64.getDecoder().decode(p[3]).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: PasswordHasher <password> [iterations]");
            System.exit(2);
        }
        int it = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_ITERATIONS;
        System.out.println(hash(args[0], it));
    }
}
