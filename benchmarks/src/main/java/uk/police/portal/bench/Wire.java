package uk.police.portal.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 client on one NIO selector thread, for thousands of Server-Sent Events streams
 * and the requests beside them from one process. STACK-NOTES measured a plain NIO client at a third
 * of the CPU of the JDK HttpClient for thousands of streams, and the bench shares two cores with
 * the server it measures. Requests share a pool of keep-alive connections; each stream has its own
 * connection. Every callback runs on the selector thread: keep them short and never block in them.
 */
final class Wire implements AutoCloseable {

  /** A complete answer to a request. */
  record Reply(int status, String body) {}

  /** What becomes of a stream. After {@code refused} or {@code ended} nothing more arrives. */
  interface StreamListener {
    /** The server answered 200: events follow. */
    void opened();

    /** The server answered otherwise; status 0 when there was no answer at all. */
    void refused(int status, String body);

    void event(SseParser.Event event, long arrivalNanos);

    /** All that one read brought has been passed on. */
    default void readDone() {}

    /** An open stream stopped (the server ended it, the connection broke or went silent). */
    void ended(String why);
  }

  /** An open or opening stream; closing it says nothing more to its listener. */
  final class Stream {
    private volatile boolean closed;
    private Connection connection;

    void close() {
      closed = true;
      run(
          () -> {
            if (connection != null) {
              connection.exchange = null;
              connection.close();
            }
          });
    }
  }

  private static final int MAX_CONNECTING = 64;
  private static final int MAX_REQUEST_CONNECTIONS = 128;
  private static final long REQUEST_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final long STREAM_OPEN_NANOS = TimeUnit.SECONDS.toNanos(30);
  // case-api sends a keep-alive comment every 20 s
  private static final long STREAM_SILENCE_NANOS = TimeUnit.SECONDS.toNanos(70);
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final InetSocketAddress server;
  private final String host;
  private final String basePath;
  private final Selector selector;
  private final Thread loop;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicLong connectionsOpened = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean running = true;

  // the selector thread's alone
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final ArrayDeque<Request> waitingRequests = new ArrayDeque<>();
  private final ArrayDeque<Connection> waitingToConnect = new ArrayDeque<>();
  private final Set<Connection> connections = new HashSet<>();
  private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
  private int connecting;
  private int requestConnections;
  private long lastSweep;

  /** A client of the server at {@code baseUrl} (http only), e.g. http://127.0.0.1:48080/api. */
  Wire(URI baseUrl) throws IOException {
    if (!"http".equals(baseUrl.getScheme())) {
      throw new IllegalArgumentException("the bench speaks plain HTTP only: " + baseUrl);
    }
    int port = baseUrl.getPort() < 0 ? 80 : baseUrl.getPort();
    server = new InetSocketAddress(baseUrl.getHost(), port);
    host = baseUrl.getHost() + ":" + port;
    basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/$", "");
    selector = Selector.open();
    loop = new Thread(this::loop, "wire");
    loop.setDaemon(true);
    loop.start();
  }

  /** A request with an optional JSON body; the future completes on the selector thread. */
  CompletableFuture<Reply> send(
      String method, String path, Map<String, String> headers, String jsonBody) {
    Request request =
        new Request(requestBytes(method, path, headers, jsonBody, false), System.nanoTime());
    run(() -> dispatch(request));
    return request.future;
  }

  /** A GET of an event stream on a connection of its own. */
  Stream open(String path, Map<String, String> headers, StreamListener listener) {
    Stream stream = new Stream();
    Streaming streaming =
        new Streaming(requestBytes("GET", path, headers, null, true), stream, listener);
    run(
        () -> {
          if (!stream.closed) {
            Connection connection = new Connection(false);
            stream.connection = connection;
            connect(connection, streaming);
          }
        });
    return stream;
  }

  /** Connections open now. */
  int connections() {
    return connections.size();
  }

  long connectionsOpened() {
    return connectionsOpened.get();
  }

  /** Responses the client could not read or its listeners failed on (a bug if not 0). */
  long failures() {
    return failures.get();
  }

  /** Requests sent again because a kept-alive connection had been closed under them. */
  long retries() {
    return retries.get();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    selector.wakeup();
    loop.join(10_000);
  }

  private void run(Runnable task) {
    tasks.add(task);
    selector.wakeup();
  }

  private byte[] requestBytes(
      String method, String path, Map<String, String> headers, String body, boolean events) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(basePath).append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    head.append("User-Agent: portal-bench-chat\r\n");
    head.append("Accept: ")
        .append(events ? "text/event-stream" : "application/json")
        .append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Type: application/json\r\n");
    }
    if (body != null || !method.equals("GET")) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(content, 0, all, headBytes.length, content.length);
    return all;
  }

  // ---------------------------------------------------------------- the selector thread

  private void loop() {
    try {
      while (running) {
        selector.select(100);
        Runnable task;
        while ((task = tasks.poll()) != null) {
          safely(task);
        }
        long now = System.nanoTime();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          ready(key, now);
        }
        if (now - lastSweep > SWEEP_NANOS) {
          lastSweep = now;
          sweep(now);
        }
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("bench chat: the client's selector stopped: " + e);
    } finally {
      new ArrayList<>(connections).forEach(Connection::close);
      try {
        selector.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void ready(SelectionKey key, long now) {
    Connection connection = (Connection) key.attachment();
    try {
      if (key.isValid() && key.isConnectable()) {
        connection.connected();
      }
      if (key.isValid() && key.isWritable()) {
        connection.write();
      }
      if (key.isValid() && key.isReadable()) {
        connection.read(now);
      }
    } catch (IOException e) {
      connection.broken(e.toString());
    } catch (RuntimeException e) {
      // a bad response or a bug in a listener: say so (the first few), and end what it was reading
      if (failures.incrementAndGet() <= 5) {
        System.err.println("bench chat: the client failed on a response: " + e);
        e.printStackTrace();
      }
      connection.broken(e.toString());
    }
  }

  private static void safely(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      System.err.println("bench chat: a client callback failed: " + e);
      e.printStackTrace();
    }
  }

  private void dispatch(Request request) {
    Connection connection = idle.pollLast();
    if (connection != null) {
      connection.reused = true;
      connection.start(request);
    } else if (requestConnections < MAX_REQUEST_CONNECTIONS) {
      requestConnections++;
      connect(new Connection(true), request);
    } else {
      waitingRequests.add(request);
    }
  }

  private void connect(Connection connection, Exchange first) {
    connection.exchange = first;
    first.connection = connection;
    connections.add(connection);
    if (connecting < MAX_CONNECTING) {
      connection.begin();
    } else {
      waitingToConnect.add(connection);
    }
  }

  private void sweep(long now) {
    for (Connection connection : new ArrayList<>(connections)) {
      Exchange exchange = connection.exchange;
      if (exchange != null && exchange.overdue(now, connection.lastBytes)) {
        connection.exchange = null;
        connection.close();
        exchange.failed(exchange.overdueWhy(), false);
      }
    }
    while (!waitingRequests.isEmpty() && now - waitingRequests.peek().created > REQUEST_NANOS) {
      waitingRequests.poll().failed("no free connection in 30 s", false);
    }
  }

  /** One connection to the server, carrying one exchange at a time. */
  private final class Connection {
    private final boolean pooled;
    private SocketChannel channel;
    private SelectionKey key;
    private Exchange exchange;
    private HttpResponseReader reader;
    private ByteBuffer out;
    private boolean isConnected;
    private boolean connectPending;
    private boolean reused;
    private long lastBytes = System.nanoTime();

    Connection(boolean pooled) {
      this.pooled = pooled;
    }

    void begin() {
      connecting++;
      connectPending = true;
      try {
        channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        connectionsOpened.incrementAndGet();
        if (channel.connect(server)) {
          key = channel.register(selector, 0, this);
          connected();
        } else {
          key = channel.register(selector, SelectionKey.OP_CONNECT, this);
        }
      } catch (IOException e) {
        broken(e.toString());
      }
    }

    void connected() throws IOException {
      channel.finishConnect();
      isConnected = true;
      connectPending = false;
      connecting--;
      startWaitingConnections();
      if (exchange != null) {
        start(exchange);
      } else {
        key.interestOps(SelectionKey.OP_READ);
      }
    }

    void start(Exchange next) {
      exchange = next;
      next.connection = this;
      reader = new HttpResponseReader(next);
      out = ByteBuffer.wrap(next.request);
      lastBytes = System.nanoTime();
      if (isConnected) {
        try {
          write();
        } catch (IOException e) {
          broken(e.toString());
        }
      }
    }

    void write() throws IOException {
      if (out != null && out.hasRemaining()) {
        channel.write(out);
      }
      boolean more = out != null && out.hasRemaining();
      key.interestOps(SelectionKey.OP_READ | (more ? SelectionKey.OP_WRITE : 0));
    }

    void read(long now) throws IOException {
      readBuffer.clear();
      int count = channel.read(readBuffer);
      if (count < 0) {
        endOfStream();
        return;
      }
      lastBytes = now;
      Exchange current = exchange;
      if (count == 0 || current == null) {
        return;
      }
      current.arrival = now;
      reader.feed(readBuffer.array(), 0, count);
      current.readDone();
      if (reader.done() && exchange == current) {
        exchange = null;
        if (pooled && reader.keepAlive()) {
          release();
        } else {
          close();
        }
        current.complete();
      }
    }

    private void endOfStream() {
      Exchange current = exchange;
      boolean complete = current != null && reader.closed();
      exchange = null;
      close();
      if (current != null) {
        if (complete) {
          current.complete();
        } else {
          current.failed("the server closed the connection", reused && !reader.started());
        }
      }
    }

    void broken(String why) {
      Exchange current = exchange;
      boolean retryable = reused && (reader == null || !reader.started());
      exchange = null;
      close();
      if (current != null) {
        current.failed(why, retryable);
      }
    }

    private void release() {
      Request next = waitingRequests.poll();
      if (next != null) {
        reused = true;
        start(next);
      } else {
        idle.addLast(this);
      }
    }

    void close() {
      if (!connections.remove(this)) {
        return;
      }
      if (connectPending) {
        connectPending = false;
        connecting--;
      }
      waitingToConnect.remove(this);
      if (key != null) {
        key.cancel();
      }
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // closed either way
      }
      if (pooled) {
        idle.remove(this);
        requestConnections--;
        Request next = waitingRequests.poll();
        if (next != null) {
          dispatch(next);
        }
      }
      startWaitingConnections();
    }
  }

  private void startWaitingConnections() {
    while (connecting < MAX_CONNECTING && !waitingToConnect.isEmpty()) {
      waitingToConnect.poll().begin();
    }
  }

  /** A request on the wire and what it is waiting for; its callbacks run on the selector. */
  private abstract static class Exchange implements HttpResponseReader.Sink {
    final byte[] request;
    Connection connection;
    long arrival;

    Exchange(byte[] request) {
      this.request = request;
    }

    /** The response is complete. */
    abstract void complete();

    /** No (complete) response; {@code retryable} when the request never reached the server. */
    abstract void failed(String why, boolean retryable);

    abstract boolean overdue(long now, long lastBytes);

    abstract String overdueWhy();

    void readDone() {}
  }

  private final class Request extends Exchange {
    final CompletableFuture<Reply> future = new CompletableFuture<>();
    final long created;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status;
    private boolean retried;

    Request(byte[] request, long created) {
      super(request);
      this.created = created;
    }

    @Override
    public void head(int status, Map<String, String> headers) {
      this.status = status;
    }

    @Override
    public void body(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }

    @Override
    public void end() {}

    @Override
    void complete() {
      future.complete(new Reply(status, body.toString(StandardCharsets.UTF_8)));
    }

    @Override
    void failed(String why, boolean retryable) {
      if (retryable && !retried) {
        // a kept-alive connection the server had closed: the request never reached it
        retried = true;
        retries.incrementAndGet();
        body.reset();
        dispatch(this);
      } else {
        future.completeExceptionally(new IOException(why));
      }
    }

    @Override
    boolean overdue(long now, long lastBytes) {
      return now - created > REQUEST_NANOS;
    }

    @Override
    String overdueWhy() {
      return "no answer in 30 s";
    }
  }

  private final class Streaming extends Exchange {
    private final Stream stream;
    private final StreamListener listener;
    private final SseParser parser;
    private final ByteArrayOutputStream refusal = new ByteArrayOutputStream();
    private final long created = System.nanoTime();
    private int status;
    private boolean open;

    Streaming(byte[] request, Stream stream, StreamListener listener) {
      super(request);
      this.stream = stream;
      this.listener = listener;
      this.parser = new SseParser(event -> listener.event(event, arrival));
    }

    @Override
    public void head(int status, Map<String, String> headers) {
      this.status = status;
      if (status == 200) {
        open = true;
        listener.opened();
      }
    }

    @Override
    public void body(byte[] bytes, int offset, int length) {
      if (open) {
        parser.feed(bytes, offset, length);
      } else {
        refusal.write(bytes, offset, length);
      }
    }

    @Override
    public void end() {}

    @Override
    void readDone() {
      if (open) {
        listener.readDone();
      }
    }

    @Override
    void complete() {
      if (open) {
        listener.ended("the server ended the stream");
      } else {
        listener.refused(status, refusal.toString(StandardCharsets.UTF_8));
      }
    }

    @Override
    void failed(String why, boolean retryable) {
      if (open) {
        listener.ended(why);
      } else {
        listener.refused(0, why);
      }
    }

    @Override
    boolean overdue(long now, long lastBytes) {
      return open ? now - lastBytes > STREAM_SILENCE_NANOS : now - created > STREAM_OPEN_NANOS;
    }

    @Override
    String overdueWhy() {
      return open ? "nothing arrived in 70 s" : "no answer in 30 s";
    }
  }
}
