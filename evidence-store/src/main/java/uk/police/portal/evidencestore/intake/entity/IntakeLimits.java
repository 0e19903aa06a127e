package uk.police.portal.evidencestore.intake.entity;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How large an upload of each kind may be, and how many pixels a picture may declare. A picture's
 * pixel count is checked from its header, before anything decodes it.
 */
public record IntakeLimits(Map<EvidenceKind, Long> maxBytes, long maxPixels) {

  public static final long DEFAULT_VIDEO_BYTES = 2L * 1024 * 1024 * 1024;
  public static final long DEFAULT_OTHER_BYTES = 50L * 1024 * 1024;
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

  /** {@code PORTAL_EVIDENCE_MAX_MB_VIDEO}, {@code _IMAGE}, {@code _AUDIO}, {@code _DOCUMENT}. */
  public static final String MAX_MB_PREFIX = "PORTAL_EVIDENCE_MAX_MB_";

  public static final String MAX_MEGAPIXELS = "PORTAL_EVIDENCE_MAX_MEGAPIXELS";

  public IntakeLimits {
    EnumMap<EvidenceKind, Long> copy = new EnumMap<>(EvidenceKind.class);
    copy.putAll(maxBytes);
    for (EvidenceKind kind : EvidenceKind.values()) {
      Long limit = copy.get(kind);
      if (limit == null || limit < 1) {
        throw new IllegalArgumentException("No positive size limit for " + kind + ": " + limit);
      }
    }
    if (maxPixels < 1) throw new IllegalArgumentException("maxPixels must be positive");
    maxBytes = Map.copyOf(copy);
  }

  /** 2 GB for a video, 50 MB for anything else, 100 megapixels for a picture. */
  public static IntakeLimits defaults() {
    Map<EvidenceKind, Long> limits = new EnumMap<>(EvidenceKind.class);
    for (EvidenceKind kind : EvidenceKind.values()) {
      limits.put(kind, kind == EvidenceKind.VIDEO ? DEFAULT_VIDEO_BYTES : DEFAULT_OTHER_BYTES);
    }
    return new IntakeLimits(limits, DEFAULT_MAX_PIXELS);
  }

  /** The defaults, with any of the {@code PORTAL_EVIDENCE_*} settings that are given. */
  public static IntakeLimits from(Function<String, String> variables) {
    IntakeLimits limits = defaults();
    for (EvidenceKind kind : EvidenceKind.values()) {
      String name = MAX_MB_PREFIX + kind.name();
      String value = variables.apply(name);
      if (value != null && !value.isBlank()) {
        limits = limits.withMaxBytes(kind, positive(name, value) * 1024 * 1024);
      }
    }
    String pixels = variables.apply(MAX_MEGAPIXELS);
    if (pixels != null && !pixels.isBlank()) {
      limits = limits.withMaxPixels(positive(MAX_MEGAPIXELS, pixels) * 1_000_000);
    }
    return limits;
  }

  public long maxBytes(EvidenceKind kind) {
    return maxBytes.get(kind);
  }

  public IntakeLimits withMaxBytes(EvidenceKind kind, long bytes) {
    Map<EvidenceKind, Long> changed = new EnumMap<>(maxBytes);
    changed.put(kind, bytes);
    return new IntakeLimits(changed, maxPixels);
  }

  public IntakeLimits withMaxPixels(long pixels) {
    return new IntakeLimits(maxBytes, pixels);
  }

  private static long positive(String name, String value) {
    try {
      long parsed = Long.parseLong(value.strip());
      if (parsed > 0) return parsed;
    } catch (NumberFormatException e) {
      // reported below with the variable's name
    }
    throw new IllegalArgumentException(
        "%s must be a whole number above 0, got '%s'"
            .formatted(name.toUpperCase(Locale.ROOT), value));
  }
}
