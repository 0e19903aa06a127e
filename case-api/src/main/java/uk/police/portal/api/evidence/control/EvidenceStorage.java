package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * The one object store of this server, configured from {@code PORTAL_S3_*}. An unreachable store at
 * start-up is reported, not fatal: readiness stays down until it answers.
 */
@ApplicationScoped
public class EvidenceStorage {

  private static final Logger LOG = Logger.getLogger(EvidenceStorage.class.getName());

  // Environment names as the library knows them, and the MicroProfile Config keys behind them.
  private static final Map<String, String> KEYS =
      Map.of(
          ObjectStoreConfig.ENDPOINT, "portal.s3.endpoint",
          ObjectStoreConfig.ACCESS_KEY, "portal.s3.access-key",
          ObjectStoreConfig.SECRET_KEY, "portal.s3.secret-key",
          ObjectStoreConfig.BUCKET, "portal.s3.bucket",
          ObjectStoreConfig.REGION, "portal.s3.region",
          ObjectStoreConfig.PUBLIC_ENDPOINT, "portal.s3.public-endpoint");

  @Inject Config config;

  private ObjectStore store;
  private ObjectStoreConfig settings;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    try {
      store().ensureBucket();
      LOG.info(() -> "Object store ready: " + settings + ", " + store.capabilities());
    } catch (ObjectStoreException e) {
      LOG.severe(
          () ->
              "Object store not reachable at "
                  + settings
                  + ": "
                  + e.getMessage()
                  + ". Readiness is DOWN until it answers.");
    }
  }

  @Produces
  public synchronized ObjectStore store() {
    if (store == null) {
      settings =
          ObjectStoreConfig.from(
              name -> config.getOptionalValue(KEYS.get(name), String.class).orElse(null));
      store = new ObjectStore(settings);
    }
    return store;
  }

  public boolean answers() {
    return store().ping();
  }

  public String endpoint() {
    return settings == null ? "?" : settings.endpoint();
  }
}
