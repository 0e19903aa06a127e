package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpResponseReaderTest {

  private int status;
  private Map<String, String> headers;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private int ends;

  private final HttpResponseReader reader =
      new HttpResponseReader(
          new HttpResponseReader.Sink() {
            @Override
            public void head(int s, Map<String, String> h) {
              status = s;
              headers = h;
            }

            @Override
            public void body(byte[] bytes, int offset, int length) {
              body.write(bytes, offset, length);
            }

            @Override
            public void end() {
              ends++;
            }
          });

  private void feedByteByByte(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      reader.feed(bytes, i, 1);
    }
  }

  private void feed(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    reader.feed(bytes, 0, bytes.length);
  }

  @Test
  void aChunkedBodySplitAnywhereIsReassembledAndEndsAtTheLastChunk() {
    feedByteByByte(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n");
    assertThat(status).isEqualTo(200);
    assertThat(headers).containsEntry("content-type", "text/event-stream");
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("hello, world");
    assertThat(ends).isEqualTo(1);
    assertThat(reader.keepAlive()).isTrue();
  }

  @Test
  void aChunkedStreamPassesEachChunkOnBeforeTheResponseEnds() {
    feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nb\r\ndata: one\n\n\r\n");
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("data: one\n\n");
    assertThat(ends).isZero();
    assertThat(reader.closed()).as("cut short").isFalse();
  }

  @Test
  void aBodyWithContentLengthEndsAfterItsBytes() {
    feed("HTTP/1.1 201 Created\r\nContent-Length: 11\r\n\r\n{\"seq\":12}\nHTTP/1.1 extra");
    assertThat(status).isEqualTo(201);
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("{\"seq\":12}\n");
    assertThat(ends).isEqualTo(1);
  }

  @Test
  void noContentHasNoBody() {
    feed("HTTP/1.1 204 No Content\r\n\r\n");
    assertThat(status).isEqualTo(204);
    assertThat(ends).isEqualTo(1);
    assertThat(reader.keepAlive()).isTrue();
  }

  @Test
  void aBodyWithoutLengthLastsUntilTheConnectionCloses() {
    feed("HTTP/1.1 200 OK\r\n\r\npartial");
    assertThat(ends).isZero();
    assertThat(reader.closed()).isTrue();
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("partial");
    assertThat(ends).isEqualTo(1);
    assertThat(reader.keepAlive()).isFalse();
  }

  @Test
  void connectionCloseMeansNoReuse() {
    feed("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    assertThat(reader.done()).isTrue();
    assertThat(reader.keepAlive()).isFalse();
  }
}
