package si.knjizniprehod.sip2.server;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the byte stream into frames ending in CR or LF (so CRLF works too; empty frames are dropped).
 * Emits {@code byte[]} per frame without terminator, or {@link #TOO_LONG} once for a frame longer than the
 * maximum, whose bytes are then discarded up to the next terminator (memory stays bounded).
 */
final class Sip2FrameDecoder extends ByteToMessageDecoder {
    static final Object TOO_LONG = new Object() {
        @Override
        public String toString() {
            return "TOO_LONG";
        }
    };

    private final int maxFrameLength;
    private boolean discarding;

    Sip2FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int eol = in.forEachByte(b -> b != '\r' && b != '\n');
            if (discarding) {
                if (eol < 0) {
                    in.skipBytes(in.readableBytes());
                    return;
                }
                in.readerIndex(eol + 1);
                discarding = false;
                continue;
            }
            if (eol < 0) {
                if (in.readableBytes() > maxFrameLength) {
                    in.skipBytes(in.readableBytes());
                    discarding = true;
                    out.add(TOO_LONG);
                }
                return;
            }
            int len = eol - in.readerIndex();
            if (len > maxFrameLength) {
                in.readerIndex(eol + 1);
                out.add(TOO_LONG);
                continue;
            }
            if (len == 0) {
                in.skipBytes(1);
                continue;
            }
            byte[] frame = new byte[len];
            in.readBytes(frame);
            in.skipBytes(1);
            out.add(frame);
        }
    }
}
