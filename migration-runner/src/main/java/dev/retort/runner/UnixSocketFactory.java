package dev.retort.runner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

import javax.net.SocketFactory;

/**
 * UnixSocketFactory lets the PostgreSQL JDBC driver reach a server through its Unix-domain socket (the JDK's, no
 * native library): the driver names it in {@code socketFactory}, with the socket file in {@code socketFactoryArg}.
 * {@link PostgresEnvironment} sets both for a URL whose host is a folder.
 *
 * <pre>{@code
 * jdbc:postgresql://localhost/app?socketFactory=dev.retort.runner.UnixSocketFactory&socketFactoryArg=/var/run/postgresql/.s.PGSQL.5432
 * }</pre>
 */
public final class UnixSocketFactory extends SocketFactory {

    private final Path socketFile;

    /** Called by the driver with {@code socketFactoryArg}. */
    public UnixSocketFactory(String socketFile) {
        this.socketFile = Path.of(socketFile);
    }

    @Override
    public Socket createSocket() {
        return new UnixDomainSocket(socketFile);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket s = createSocket();
        s.connect(null);
        return s;
    }

    /** A {@link Socket} over a Unix-domain {@link SocketChannel}; TCP options are accepted and ignored. */
    private static final class UnixDomainSocket extends Socket {
        private final Path file;
        private SocketChannel channel;
        private InputStream in;
        private OutputStream out;
        private int timeout;

        UnixDomainSocket(Path file) {
            this.file = file;
        }

        @Override
        public void connect(SocketAddress ignored) throws IOException {
            connect(ignored, 0);
        }

        @Override
        public void connect(SocketAddress ignored, int connectTimeout) throws IOException {
            try {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(file));
            } catch (IOException e) {
                throw new IOException("cannot connect to the Unix socket " + file + ": " + e.getMessage(), e);
            }
            in = Channels.newInputStream(channel);
            out = Channels.newOutputStream(channel);
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public boolean isConnected() {
            return channel != null && channel.isConnected();
        }

        @Override
        public boolean isClosed() {
            return channel != null && !channel.isOpen();
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }

        @Override
        public void setTcpNoDelay(boolean on) {
        }

        @Override
        public boolean getTcpNoDelay() {
            return true;
        }

        @Override
        public void setKeepAlive(boolean on) {
        }

        @Override
        public boolean getKeepAlive() {
            return false;
        }

        @Override
        public synchronized void setSoTimeout(int millis) {
            timeout = millis;   // reads on the channel's stream block; the driver's network timeout is not enforced
        }

        @Override
        public synchronized int getSoTimeout() {
            return timeout;
        }

        @Override
        public synchronized void setReceiveBufferSize(int size) {
        }

        @Override
        public synchronized int getReceiveBufferSize() {
            return 65536;
        }

        @Override
        public synchronized void setSendBufferSize(int size) {
        }

        @Override
        public synchronized int getSendBufferSize() {
            return 65536;
        }

        @Override
        public void shutdownInput() throws IOException {
            channel.shutdownInput();
        }

        @Override
        public void shutdownOutput() throws IOException {
            channel.shutdownOutput();
        }
    }
}
