package uk.police.portal.evidencestore.intake.control;

import java.util.Optional;

/**
 * Finds the frame header (SOF) of a JPEG in the bytes fed to it, as they stream: it walks the
 * marker segments, skipping each by its length, and stops at the frame header or at the start of
 * the image data. It holds no bytes, so metadata segments of any size cost nothing.
 */
final class JpegFrameScanner {

  private enum State {
    START,
    START_D8,
    MARKER,
    CODE,
    LENGTH_HIGH,
    LENGTH_LOW,
    SKIP,
    FRAME,
    DONE
  }

  private State state = State.START;
  private boolean frame;
  private int length;
  private long skip;
  private final byte[] frameHeader = new byte[5];
  private int frameBytes;
  private PictureSize size;

  /** Empty until the frame header has been seen, and for ever if the data starts first. */
  Optional<PictureSize> size() {
    return Optional.ofNullable(size);
  }

  boolean done() {
    return state == State.DONE;
  }

  void accept(byte[] bytes, int offset, int count) {
    int end = offset + count;
    for (int i = offset; i < end && state != State.DONE; i++) {
      if (state == State.SKIP) {
        int skipped = (int) Math.min(skip, end - i);
        skip -= skipped;
        i += skipped - 1;
        if (skip == 0) state = State.MARKER;
      } else {
        accept(bytes[i] & 0xff);
      }
    }
  }

  private void accept(int b) {
    switch (state) {
      case START -> state = b == 0xFF ? State.START_D8 : State.DONE;
      case START_D8 -> state = b == 0xD8 ? State.MARKER : State.DONE;
      case MARKER -> state = b == 0xFF ? State.CODE : State.DONE;
      case CODE -> code(b);
      case LENGTH_HIGH -> {
        length = b << 8;
        state = State.LENGTH_LOW;
      }
      case LENGTH_LOW -> segment(length | b);
      case FRAME -> frameByte(b);
      default -> {}
    }
  }

  private void code(int code) {
    if (code == 0xFF) return; // fill byte
    if (code == 0xDA || code == 0xD9) {
      state = State.DONE; // image data or end of image, and no frame header before it
    } else if (code == 0xD8 || code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
      state = State.MARKER; // markers without a length
    } else {
      frame = code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC;
      state = State.LENGTH_HIGH;
    }
  }

  private void segment(int segmentLength) {
    if (frame) {
      frameBytes = 0;
      state = State.FRAME;
    } else if (segmentLength > 2) {
      skip = segmentLength - 2;
      state = State.SKIP;
    } else {
      state = State.MARKER;
    }
  }

  /** Precision, then height and width, two bytes each. */
  private void frameByte(int b) {
    frameHeader[frameBytes++] = (byte) b;
    if (frameBytes == frameHeader.length) {
      long height = (frameHeader[1] & 0xff) << 8 | (frameHeader[2] & 0xff);
      long width = (frameHeader[3] & 0xff) << 8 | (frameHeader[4] & 0xff);
      size = new PictureSize(width, height);
      state = State.DONE;
    }
  }
}
