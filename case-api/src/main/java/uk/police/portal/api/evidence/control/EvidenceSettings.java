package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
import uk.police.portal.evidencestore.intake.entity.SizeInWords;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;

/**
 * How much evidence this server accepts: per file by kind ({@code PORTAL_EVIDENCE_MAX_MB_VIDEO},
 * {@code _IMAGE}, {@code _AUDIO}, {@code _DOCUMENT}, {@code PORTAL_EVIDENCE_MAX_MEGAPIXELS}, as
 * evidence-store reads them) and per case ({@code PORTAL_EVIDENCE_CASE_QUOTA_MB}, 10 GB unless
 * set). MicroProfile Config maps each to a system property too, such as {@code
 * portal.evidence.max-mb-image}.
 */
@ApplicationScoped
public class EvidenceSettings {

  static final long DEFAULT_CASE_QUOTA_MB = 10L * 1024;
  static final String CASE_QUOTA = "portal.evidence.case-quota-mb";
  static final String UPLOAD_URL_MINUTES = "portal.evidence.upload-url-minutes";
  static final long DEFAULT_UPLOAD_URL_MINUTES = 15;

  private static final Logger LOG = Logger.getLogger(EvidenceSettings.class.getName());

  @Inject Config config;
  @Inject ObjectStore store;

  private volatile EvidenceIntake intake;

  /** Says at start-up what will be accepted, and names a setting that is not a number. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      IntakeLimits limits = limits();
      LOG.info(
          () ->
              "Evidence limits: "
                  + limits.maxBytes().entrySet().stream()
                      .map(e -> e.getKey() + " " + SizeInWords.of(e.getValue()))
                      .sorted()
                      .toList()
                  + ", pictures up to "
                  + limits.maxPixels() / 1_000_000
                  + " megapixels, "
                  + SizeInWords.of(caseQuotaBytes())
                  + " a case, presigned upload URLs live "
                  + uploadUrlLifetime().toMinutes()
                  + " minutes");
    } catch (RuntimeException e) {
      LOG.severe(() -> "Evidence settings are not valid, uploads will fail: " + e.getMessage());
    }
  }

  @Produces
  public EvidenceIntake intake() {
    if (intake == null) {
      synchronized (this) {
        if (intake == null) {
          intake = new EvidenceIntake(store, limits());
        }
      }
    }
    return intake;
  }

  public IntakeLimits limits() {
    return IntakeLimits.from(this::setting);
  }

  public long caseQuotaBytes() {
    long megabytes = config.getOptionalValue(CASE_QUOTA, Long.class).orElse(DEFAULT_CASE_QUOTA_MB);
    if (megabytes < 1) {
      throw new IllegalStateException(CASE_QUOTA + " must be at least 1, not " + megabytes);
    }
    return megabytes * 1024 * 1024;
  }

  /** The largest file of any kind: what a client may declare before its type is known. */
  public long largestFileBytes() {
    return limits().maxBytes().values().stream().mapToLong(Long::longValue).max().orElseThrow();
  }

  /**
   * How long a presigned upload URL lives ({@code PORTAL_EVIDENCE_UPLOAD_URL_MINUTES}, 15 unless
   * set). Short, as anyone holding the URL can send to it; under the store's sweep age, so that a
   * file sent at the last moment can still be completed.
   */
  public Duration uploadUrlLifetime() {
    long minutes =
        config.getOptionalValue(UPLOAD_URL_MINUTES, Long.class).orElse(DEFAULT_UPLOAD_URL_MINUTES);
    long most = ObjectStore.DEFAULT_INCOMING_MAX_AGE.toMinutes() / 2;
    if (minutes < 1 || minutes > most) {
      throw new IllegalStateException(
          UPLOAD_URL_MINUTES + " must be 1 to " + most + " minutes, not " + minutes);
    }
    return Duration.ofMinutes(minutes);
  }

  /** {@code PORTAL_EVIDENCE_MAX_MB_IMAGE} is looked up as {@code portal.evidence.max-mb-image}. */
  private String setting(String variable) {
    return config.getOptionalValue(propertyName(variable), String.class).orElse(null);
  }

  static String propertyName(String variable) {
    String rest = variable.substring("PORTAL_EVIDENCE_".length()).toLowerCase(Locale.ROOT);
    return "portal.evidence." + rest.replace('_', '-');
  }
}
