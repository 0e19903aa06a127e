package uk.police.portal.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 response read as its bytes arrive: the status line and headers, then the body as the
 * server framed it (Content-Length, chunked, or up to the end of the connection), passed on in the
 * pieces it came in so that a stream of events is seen as soon as each piece arrives.
 */
final class HttpResponseReader {

  /** Where the response goes. */
  interface Sink {
    void head(int status, Map<String, String> headers);

    void body(byte[] bytes, int offset, int length);

    void end();
  }

  private enum State {
    STATUS,
    HEADERS,
    FIXED,
    CHUNK_SIZE,
    CHUNK_DATA,
    CHUNK_END,
    TRAILERS,
    TO_CLOSE,
    DONE
  }

  private final Sink sink;
  private State state = State.STATUS;
  private byte[] line = new byte[256];
  private int lineLength;
  private int status;
  private final Map<String, String> headers = new HashMap<>();
  private long remaining;
  private boolean keepAlive = true;

  HttpResponseReader(Sink sink) {
    this.sink = sink;
  }

  /** Reads what arrived; bytes after the end of the response are ignored (no pipelining). */
  void feed(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    while (i < end && state != State.DONE) {
      switch (state) {
        case FIXED, CHUNK_DATA -> {
          int take = (int) Math.min(remaining, end - i);
          sink.body(bytes, i, take);
          i += take;
          remaining -= take;
          if (remaining == 0) {
            if (state == State.FIXED) {
              finish();
            } else {
              state = State.CHUNK_END;
            }
          }
        }
        case TO_CLOSE -> {
          sink.body(bytes, i, end - i);
          i = end;
        }
        default -> {
          byte b = bytes[i++];
          if (b == '\n') {
            endOfLine();
          } else if (b != '\r') {
            if (lineLength == line.length) {
              line = Arrays.copyOf(line, line.length * 2);
            }
            line[lineLength++] = b;
          }
        }
      }
    }
  }

  /**
   * The connection ended. True when that completed the response (a body framed by the end of the
   * connection); false when the response was cut short.
   */
  boolean closed() {
    if (state == State.TO_CLOSE) {
      finish();
      return true;
    }
    return state == State.DONE;
  }

  boolean done() {
    return state == State.DONE;
  }

  /** Whether the connection may carry another request after this response. */
  boolean keepAlive() {
    return keepAlive && state == State.DONE;
  }

  /** Some bytes of the response arrived. */
  boolean started() {
    return state != State.STATUS || lineLength > 0;
  }

  private void endOfLine() {
    String text = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
    lineLength = 0;
    switch (state) {
      case STATUS -> {
        String[] parts = text.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
          throw new IllegalStateException("not an HTTP response: " + text);
        }
        status = Integer.parseInt(parts[1]);
        keepAlive = !parts[0].equals("HTTP/1.0");
        state = State.HEADERS;
      }
      case HEADERS -> {
        if (text.isEmpty()) {
          startBody();
        } else {
          int colon = text.indexOf(':');
          headers.put(
              text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
              text.substring(colon + 1).trim());
        }
      }
      case CHUNK_SIZE -> {
        int extension = text.indexOf(';');
        remaining =
            Long.parseLong((extension < 0 ? text : text.substring(0, extension)).trim(), 16);
        state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
      }
      case CHUNK_END -> state = State.CHUNK_SIZE;
      case TRAILERS -> {
        if (text.isEmpty()) {
          finish();
        }
      }
      default -> throw new IllegalStateException("no line expected in " + state);
    }
  }

  private void startBody() {
    if ("close".equalsIgnoreCase(headers.get("connection"))) {
      keepAlive = false;
    }
    sink.head(status, headers);
    String length = headers.get("content-length");
    if (status / 100 == 1 || status == 204 || status == 304) {
      finish();
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      state = State.CHUNK_SIZE;
    } else if (length != null) {
      remaining = Long.parseLong(length);
      state = State.FIXED;
      if (remaining == 0) {
        finish();
      }
    } else {
      keepAlive = false;
      state = State.TO_CLOSE;
    }
  }

  private void finish() {
    state = State.DONE;
    sink.end();
  }
}
