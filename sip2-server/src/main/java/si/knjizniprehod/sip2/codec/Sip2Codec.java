package si.knjizniprehod.sip2.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import si.knjizniprehod.sip2.message.MessageType;
import si.knjizniprehod.sip2.message.Sip2Message;

/**
 * SIP2 2.00 parser and encoder. Works on one frame (bytes of one message, with or without its CR / CRLF
 * terminator). The checksum is checked and written over the bytes in the terminal's charset; all supported
 * charsets are ASCII-compatible so the message code, AY and AZ are single bytes in every one of them.
 *
 * <p>Thread-safe and immutable.
 */
public final class Sip2Codec {
    public static final char DEFAULT_DELIMITER = '|';

    private final char delimiter;
    private final ZoneId zone;

    public Sip2Codec() {
        this(DEFAULT_DELIMITER, ZoneId.of("Europe/Ljubljana"));
    }

    public Sip2Codec(char delimiter, ZoneId zone) {
        if (delimiter == '\r' || delimiter == '\n' || delimiter > 0x7E || delimiter < 0x20) {
            throw new IllegalArgumentException("field delimiter must be a printable ASCII character");
        }
        this.delimiter = delimiter;
        this.zone = zone;
    }

    public char delimiter() {
        return delimiter;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Parses one frame; verifies the AZ checksum when present and {@code verifyChecksum} is set. */
    public ParsedFrame parse(byte[] frame, Charset charset, boolean verifyChecksum) throws Sip2ParseException {
        int start = 0;
        int end = frame.length;
        while (start < end && (frame[start] == '\n' || frame[start] == '\r' || frame[start] == 0)) {
            start++;
        }
        while (end > start && (frame[end - 1] == '\r' || frame[end - 1] == '\n')) {
            end--;
        }
        if (end - start < 2) {
            throw new Sip2ParseException(Sip2ParseException.Kind.EMPTY, "empty frame");
        }
        byte c0 = frame[start];
        byte c1 = frame[start + 1];
        if (c0 < '0' || c0 > '9' || c1 < '0' || c1 > '9') {
            throw new Sip2ParseException(Sip2ParseException.Kind.BAD_CODE, "message code is not two digits");
        }
        MessageType type = MessageType.byCode(new String(frame, start, 2, StandardCharsets.US_ASCII));
        if (type == null) {
            throw new Sip2ParseException(Sip2ParseException.Kind.UNKNOWN_CODE, "unknown message code");
        }
        int fixedEnd = start + 2 + type.fixedLength();
        boolean hadChecksum = false;
        int bodyEnd = end;
        int az = end - 6;
        if (az >= fixedEnd && frame[az] == 'A' && frame[az + 1] == 'Z'
                && (opensField(frame, az, fixedEnd) || isSequence(frame, az - 3, fixedEnd))) {
            hadChecksum = true;
            int given = Checksum.parseHex(frame, end - 4);
            if (given < 0) {
                throw new Sip2ParseException(Sip2ParseException.Kind.BAD_CHECKSUM, "checksum is not hex");
            }
            if (verifyChecksum && given != Checksum.compute(frame, start, end - 4)) {
                throw new Sip2ParseException(Sip2ParseException.Kind.BAD_CHECKSUM, "checksum mismatch");
            }
            bodyEnd = az;
        }
        Integer sequence = null;
        if (isSequence(frame, bodyEnd - 3, fixedEnd)) {
            sequence = frame[bodyEnd - 1] - '0';
            bodyEnd -= 3;
        }
        String text = decode(frame, start, bodyEnd, charset);
        int fixedChars = 2 + type.fixedLength();
        if (text.length() < fixedChars) {
            throw new Sip2ParseException(Sip2ParseException.Kind.TOO_SHORT, "fixed fields too short for " + type);
        }
        List<Sip2Field> fields = splitFields(text, fixedChars);
        FieldReader reader = new FieldReader(text.substring(2, fixedChars), fields, zone);
        Sip2Message message = type.parser().parse(reader);
        return new ParsedFrame(message, sequence, hadChecksum, reader.unknown(), start, bodyEnd);
    }

    /**
     * Whether the two-letter id at {@code pos} starts a field: right after the fixed fields or after a
     * delimiter. A variable field's value may itself end in "AZ…" or "AY5" (a print line, a title), and
     * in a frame without error detection that is data, not a trailer.
     */
    private boolean opensField(byte[] frame, int pos, int fixedEnd) {
        return pos == fixedEnd || (pos > fixedEnd && frame[pos - 1] == delimiter);
    }

    private boolean isSequence(byte[] frame, int pos, int fixedEnd) {
        return pos >= fixedEnd && frame[pos] == 'A' && frame[pos + 1] == 'Y'
                && frame[pos + 2] >= '0' && frame[pos + 2] <= '9' && opensField(frame, pos, fixedEnd);
    }

    private List<Sip2Field> splitFields(String text, int from) {
        List<Sip2Field> fields = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n) {
            int j = text.indexOf(delimiter, i);
            if (j < 0) {
                j = n;
            }
            if (j - i >= 2) {
                fields.add(new Sip2Field(text.substring(i, i + 2), text.substring(i + 2, j)));
            }
            i = j + 1;
        }
        return fields;
    }

    private static String decode(byte[] b, int from, int to, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                return d.decode(ByteBuffer.wrap(b, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException(e); // cannot happen with REPLACE
            }
        }
        return new String(b, from, to - from, charset);
    }

    /**
     * Encodes a message and its terminator (CR). With error detection the frame ends with {@code AYn} (when
     * {@code sequence} is not null) and {@code AZxxxx}. Characters the charset lacks are folded to look-alikes ({@link CharsetFallback}), the rest become '?'.
     */
    public byte[] encode(Sip2Message message, Charset charset, Integer sequence, boolean errorDetection) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(message.type().code());
        message.write(new FieldWriter(sb, delimiter));
        if (errorDetection && sequence != null) {
            sb.append("AY").append((char) ('0' + Math.floorMod(sequence, 10)));
        }
        if (errorDetection) {
            sb.append("AZ");
        }
        byte[] body = CharsetFallback.fold(sb.toString(), charset).getBytes(charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 5);
        out.writeBytes(body);
        if (errorDetection) {
            out.writeBytes(Checksum.of(body, body.length).getBytes(StandardCharsets.US_ASCII));
        }
        out.write('\r');
        return out.toByteArray();
    }

    /** The message text without terminator, for logs and tests. */
    public String encodeToString(Sip2Message message, Charset charset, Integer sequence, boolean errorDetection) {
        byte[] b = encode(message, charset, sequence, errorDetection);
        return new String(b, 0, b.length - 1, charset);
    }
}
