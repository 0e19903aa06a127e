package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
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

  @Inject Config config;
  @Inject ObjectStore store;

  private volatile EvidenceIntake intake;

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

  /** {@code PORTAL_EVIDENCE_MAX_MB_IMAGE} is looked up as {@code portal.evidence.max-mb-image}. */
  private String setting(String variable) {
    return config.getOptionalValue(propertyName(variable), String.class).orElse(null);
  }

  static String propertyName(String variable) {
    String rest = variable.substring("PORTAL_EVIDENCE_".length()).toLowerCase(Locale.ROOT);
    return "portal.evidence." + rest.replace('_', '-');
  }
}
