package uk.police.portal.evidencestore.storage.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on 127.0.0.1 in front of the real S3 server that goes dead, like a store losing
 * power, once a given number of bytes has gone through it towards the store: every connection is
 * closed and the port refuses new ones.
 */
public class CuttableProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String targetHost;
  private final int targetPort;
  private final long cutAfterBytes;
  private final AtomicLong upstream = new AtomicLong();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean cut;

  public CuttableProxy(String targetEndpoint, long cutAfterBytes) throws IOException {
    java.net.URI target = java.net.URI.create(targetEndpoint);
    this.targetHost = target.getHost();
    this.targetPort = target.getPort();
    this.cutAfterBytes = cutAfterBytes;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "cuttable-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  public boolean wasCut() {
    return cut;
  }

  private void acceptLoop() {
    while (!cut) {
      try {
        Socket client = server.accept();
        Socket store = new Socket(targetHost, targetPort);
        sockets.add(client);
        sockets.add(store);
        pump(client, store, true);
        pump(store, client, false);
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void pump(Socket from, Socket to, boolean towardsStore) {
    Thread pump =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  if (towardsStore && upstream.addAndGet(n) > cutAfterBytes) {
                    close();
                    return;
                  }
                  out.write(buffer, 0, n);
                }
              } catch (IOException e) {
                // the other side closed, or we cut it
              }
            },
            "cuttable-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  @Override
  public void close() {
    cut = true;
    try {
      server.close();
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
  }
}
