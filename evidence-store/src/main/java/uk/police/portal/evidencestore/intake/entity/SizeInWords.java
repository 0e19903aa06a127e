package uk.police.portal.evidencestore.intake.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts as a citizen reads them: "2 GB", "50 MB", "1.5 MB", "700 KB". */
public final class SizeInWords {

  private static final String[] UNITS = {"bytes", "KB", "MB", "GB", "TB"};

  private SizeInWords() {}

  public static String of(long bytes) {
    if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
    int unit = 0;
    double value = bytes;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_UP);
    return rounded.stripTrailingZeros().toPlainString() + " " + UNITS[unit];
  }
}
