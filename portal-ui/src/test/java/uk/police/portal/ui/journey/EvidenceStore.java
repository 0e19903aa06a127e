package uk.police.portal.ui.journey;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The portal's bucket in the real S3Proxy, reached directly with the MinIO SDK to do what the
 * portal never does: change a stored file's bytes while keeping the SHA-256 recorded with it, as
 * someone with access to the store might. The portal must then never serve the file as if whole.
 */
final class EvidenceStore {

  private static final MinioClient CLIENT =
      MinioClient.builder()
          .endpoint(env("PORTAL_S3_ENDPOINT", "http://127.0.0.1:19000"))
          .credentials(
              env("PORTAL_S3_ACCESS_KEY", "portal-dev"),
              env("PORTAL_S3_SECRET_KEY", "portal-dev-secret-key"))
          .region("us-east-1")
          .build();
  private static final String BUCKET = env("PORTAL_S3_BUCKET", "portal-evidence");

  private EvidenceStore() {}

  /** Overwrites the one evidence object of this case with {@code bytes}, keeping its SHA-256. */
  static void tamper(String reference, byte[] bytes, String keptSha256) {
    String key = keyOf(reference);
    call(
        () ->
            CLIENT.putObject(
                PutObjectArgs.builder().bucket(BUCKET).object(key).stream(
                        new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType("text/plain")
                    .userMetadata(Map.of("sha256", keptSha256, "case", reference))
                    .build()));
  }

  private static String keyOf(String reference) {
    for (var result :
        CLIENT.listObjects(
            ListObjectsArgs.builder().bucket(BUCKET).prefix("evidence/").recursive(true).build())) {
      String key = call(result::get).objectName();
      if (!key.endsWith("/")
          && reference.equals(
              call(() ->
                      CLIENT.statObject(
                          StatObjectArgs.builder().bucket(BUCKET).object(key).build()))
                  .userMetadata()
                  .get("case"))) {
        return key;
      }
    }
    throw new IllegalStateException("No evidence object of case " + reference + " in " + BUCKET);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T call(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException("The evidence bucket " + BUCKET + " did not answer: " + e, e);
    }
  }
}
