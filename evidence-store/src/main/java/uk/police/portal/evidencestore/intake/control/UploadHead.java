package uk.police.portal.evidencestore.intake.control;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first bytes of an upload, read ahead so its type can be decided before anything is stored,
 * and the whole upload again from its first byte. Only {@code size} bytes are ever held.
 *
 * @param head up to {@code size} bytes; fewer only if the upload is shorter
 * @param upload every byte of the upload, the head included
 */
public record UploadHead(byte[] head, InputStream upload) {

  public static UploadHead read(InputStream in, int size) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, size);
    buffered.mark(size);
    byte[] head = buffered.readNBytes(size);
    buffered.reset();
    return new UploadHead(head, buffered);
  }
}
