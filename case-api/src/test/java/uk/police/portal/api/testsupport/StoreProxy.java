package uk.police.portal.api.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on a fixed port of 127.0.0.1 in front of the real S3 server, for a Payara server
 * configured (before it boots) to use it as its object store. It can go dead like a store losing
 * power, once a given number of bytes has gone towards the store: every connection is closed and
 * the port refuses new ones, until {@link #restore()} listens on the same port again. (After
 * evidence-store's CuttableProxy, which picks a random port: a server's settings need a fixed one.)
 */
public final class StoreProxy implements AutoCloseable {

  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final AtomicLong towardsStore = new AtomicLong();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile long cutAt = Long.MAX_VALUE;
  private volatile ServerSocket server;

  private StoreProxy(int port, String targetEndpoint) {
    URI target = URI.create(targetEndpoint);
    this.port = port;
    this.targetHost = target.getHost();
    this.targetPort = target.getPort();
  }

  /** Listens on {@code port} and relays every connection to {@code targetEndpoint}. */
  public static StoreProxy start(int port, String targetEndpoint) {
    StoreProxy proxy = new StoreProxy(port, targetEndpoint);
    proxy.restore();
    return proxy;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  /** Goes dead once {@code bytes} more have gone through towards the store. */
  public void cutAfter(long bytes) {
    cutAt = towardsStore.get() + bytes;
  }

  public boolean isCut() {
    return server == null || server.isClosed();
  }

  /** Listens again, on the same port, relaying everything. */
  public synchronized void restore() {
    if (!isCut()) return;
    cutAt = Long.MAX_VALUE;
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
      server = socket;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
    ServerSocket listening = server;
    Thread acceptor = new Thread(() -> acceptLoop(listening), "store-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Every connection closed, the port refusing new ones. */
  public synchronized void cut() {
    try {
      if (server != null) server.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
    sockets.clear();
  }

  @Override
  public void close() {
    cut();
  }

  private void acceptLoop(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket store = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(store);
        pump(client, store, true);
        pump(store, client, false);
      } catch (IOException e) {
        return; // cut
      }
    }
  }

  private void pump(Socket from, Socket to, boolean towardsTheStore) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (towardsTheStore && towardsStore.addAndGet(n) > cutAt) {
                    cut();
                    return;
                  }
                  out.write(buffer, 0, n);
                }
              } catch (IOException e) {
                // the other side closed, or we cut it
              }
            },
            "store-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }
}
