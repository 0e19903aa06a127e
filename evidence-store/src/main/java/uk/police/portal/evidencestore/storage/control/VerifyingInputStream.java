package uk.police.portal.evidencestore.storage.control;

import java.io.IOException;
import java.io.InputStream;

/**
 * A download that fails at its end if its bytes do not hash to the SHA-256 recorded at upload, so
 * altered evidence is never read as if it were the original.
 */
public class VerifyingInputStream extends HashingInputStream {

  private final String expectedSha256;
  private final String description;

  public VerifyingInputStream(InputStream in, String expectedSha256, String description) {
    super(in);
    this.expectedSha256 = expectedSha256;
    this.description = description;
  }

  @Override
  protected void endOfStream() throws IOException {
    String actual = sha256Hex();
    if (!actual.equalsIgnoreCase(expectedSha256)) {
      throw new IOException(
          "Integrity check failed for %s: SHA-256 of the %d bytes read is %s, recorded at upload %s"
              .formatted(description, count(), actual, expectedSha256));
    }
  }
}
