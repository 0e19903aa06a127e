package uk.police.portal.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * The file bench/evidence uploads: one that evidence-store accepts as an MP4 video (an ISO media
 * {@code ftyp} box with the brand {@code isom}, then one {@code mdat} box whose 64-bit size covers
 * the rest, as a camera writes a file over 4 GB), filled with pseudo-random bytes so nothing on the
 * way gains from compressing it. Made once and reused; its SHA-256 is kept beside it.
 *
 * @param sha256 lower-case hex, as case-api's receipt gives it
 */
record VideoFile(Path path, long size, String sha256) {

  /** ftyp (24 bytes) and the mdat box's header with its 64-bit size (16 bytes). */
  static final int HEADER_SIZE = 40;

  private static final long SEED = 20261121L;
  private static final int CHUNK = 4 * 1024 * 1024;

  /** The file at {@code path} if an earlier run made it with this size, or a new one. */
  static VideoFile ensure(Path path, long size) throws IOException {
    Path hashFile = hashFile(path);
    if (Files.isRegularFile(path) && Files.size(path) == size && Files.isRegularFile(hashFile)) {
      String sha256 = Files.readString(hashFile).strip();
      if (sha256.matches("[0-9a-f]{64}")) {
        return new VideoFile(path, size, sha256);
      }
    }
    return make(path, size);
  }

  /** Writes a new file (to a temporary name first, so a broken run leaves no half file behind). */
  static VideoFile make(Path path, long size) throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Path partial = path.resolveSibling(path.getFileName() + ".partial");
    MessageDigest sha256 = newDigest();
    try (FileChannel out =
        FileChannel.open(
            partial,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer chunk = ByteBuffer.wrap(header(size));
      SplittableRandom random = new SplittableRandom(SEED);
      long written = 0;
      while (written < size) {
        sha256.update(chunk.duplicate());
        written += chunk.remaining();
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
        chunk = randomChunk(random, (int) Math.min(CHUNK, size - written));
      }
    }
    String hex = HexFormat.of().formatHex(sha256.digest());
    Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(hashFile(path), hex + "\n");
    return new VideoFile(path, size, hex);
  }

  /** The first {@link #HEADER_SIZE} bytes of a file of {@code size} bytes. */
  static byte[] header(long size) {
    if (size < HEADER_SIZE + 1) {
      throw new IllegalArgumentException("A video needs more than " + HEADER_SIZE + " bytes");
    }
    return ByteBuffer.allocate(HEADER_SIZE)
        .putInt(24)
        .put(ascii("ftypisom"))
        .putInt(0x200)
        .put(ascii("isommp41"))
        // size 1: the box's real size follows as 64 bits, from the box's first byte to the end
        .putInt(1)
        .put(ascii("mdat"))
        .putLong(size - 24)
        .array();
  }

  private static ByteBuffer randomChunk(SplittableRandom random, int length) {
    ByteBuffer chunk = ByteBuffer.allocate(length);
    while (chunk.remaining() >= Long.BYTES) {
      chunk.putLong(random.nextLong());
    }
    while (chunk.hasRemaining()) {
      chunk.put((byte) random.nextInt());
    }
    return chunk.flip();
  }

  static Path hashFile(Path path) {
    return path.resolveSibling(path.getFileName() + ".sha256");
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
