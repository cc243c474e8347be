package si.knjizniprehod.bench.sip2;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import java.net.InetSocketAddress;

/**
 * The ceiling: a raw framed echo server on loopback. Splits on CR like the SIP2 server and writes each frame
 * back with its CR, doing no parsing, checksum or backend work.
 */
public final class EchoServer implements AutoCloseable {
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup io = new NioEventLoopGroup();
    private final Channel channel;

    public EchoServer(int port) throws InterruptedException {
        channel = new ServerBootstrap().group(boss, io).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new DelimiterBasedFrameDecoder(4096, true,
                                Unpooled.wrappedBuffer(new byte[] {'\r'})));
                        ch.pipeline().addLast(new SimpleChannelInboundHandler<ByteBuf>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
                                ByteBuf out = ctx.alloc().buffer(frame.readableBytes() + 1);
                                out.writeBytes(frame).writeByte('\r');
                                ctx.writeAndFlush(out);
                            }
                        });
                    }
                }).bind("127.0.0.1", port).sync().channel();
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        boss.shutdownGracefully().syncUninterruptibly();
        io.shutdownGracefully().syncUninterruptibly();
    }
}
