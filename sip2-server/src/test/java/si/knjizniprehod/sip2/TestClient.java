package si.knjizniprehod.sip2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import si.knjizniprehod.sip2.codec.Checksum;

/** A minimal SIP2 terminal over a real socket (plain or TLS). */
public final class TestClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Charset charset;
    private int seq;

    public TestClient(Socket socket, Charset charset) throws IOException {
        this.socket = socket;
        this.socket.setSoTimeout(5000);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.charset = charset;
    }

    public static TestClient connect(int port, Charset charset) throws IOException {
        return new TestClient(new Socket("127.0.0.1", port), charset);
    }

    public Socket socket() {
        return socket;
    }

    /** Sends text with AYn AZxxxx appended, terminated by CR. */
    public void sendWithChecksum(String text) throws IOException {
        String body = text + "AY" + (seq++ % 10) + "AZ";
        byte[] b = body.getBytes(charset);
        sendRaw(concat(b, Checksum.of(b, b.length).getBytes(StandardCharsets.US_ASCII), new byte[] {'\r'}));
    }

    public void sendPlain(String text) throws IOException {
        sendRaw((text + "\r").getBytes(charset));
    }

    public void sendRaw(byte[] b) throws IOException {
        out.write(b);
        out.flush();
    }

    /** Reads one response frame (without CR). */
    public byte[] readFrame() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after " + buf.size() + " bytes");
            }
            if (c == '\r') {
                return buf.toByteArray();
            }
            buf.write(c);
        }
    }

    public String read() throws IOException {
        return new String(readFrame(), charset);
    }

    public String call(String text) throws IOException {
        sendWithChecksum(text);
        return read();
    }

    /** True if the server closed the connection within the socket timeout (reads and drops any bytes). */
    public boolean closedByServer(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            while (true) {
                int c = in.read();
                if (c < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset
        }
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    /** Verifies the AZ checksum of a received frame over its bytes. */
    public static boolean checksumValid(byte[] frame) {
        int n = frame.length;
        if (n < 6 || frame[n - 6] != 'A' || frame[n - 5] != 'Z') {
            return false;
        }
        String given = new String(frame, n - 4, 4, StandardCharsets.US_ASCII);
        return given.equals(Checksum.of(frame, n - 4));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
