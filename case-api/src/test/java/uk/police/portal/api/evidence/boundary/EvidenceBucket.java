package uk.police.portal.api.evidence.boundary;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;

/**
 * The test server's own bucket in the real S3Proxy, looked at directly with the MinIO SDK, as an
 * auditor with access to the store would: what keys exist, what metadata they carry. It can also do
 * what the portal never does, overwrite an object, to prove a tampered file is not served.
 */
final class EvidenceBucket {

  static final String NAME =
      System.getProperty("portal.it.s3.bucket", "portal-evidence-case-api-it");

  private static final MinioClient CLIENT =
      MinioClient.builder()
          .endpoint(env("PORTAL_S3_ENDPOINT", "http://127.0.0.1:19000"))
          .credentials(
              env("PORTAL_S3_ACCESS_KEY", "portal-dev"),
              env("PORTAL_S3_SECRET_KEY", "portal-dev-secret-key"))
          .region("us-east-1")
          .build();

  private EvidenceBucket() {}

  /** Every object key, staging and multipart left-overs included (folder markers left out). */
  static Set<String> keys() {
    return keys(NAME);
  }

  /** The same, in another test server's bucket. */
  static Set<String> keys(String bucket) {
    Set<String> keys = new TreeSet<>();
    for (Result<Item> result :
        CLIENT.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
      String key = call(result::get).objectName();
      if (!key.endsWith("/")) keys.add(key);
    }
    return keys;
  }

  /** The keys of evidence objects tagged with this case reference. */
  static Set<String> ofCase(String reference) {
    return ofCase(NAME, reference);
  }

  static Set<String> ofCase(String bucket, String reference) {
    Set<String> found = new TreeSet<>();
    for (String key : keys(bucket)) {
      if (key.startsWith("evidence/")
          && reference.equals(stat(bucket, key).userMetadata().get("case"))) {
        found.add(key);
      }
    }
    return found;
  }

  static StatObjectResponse stat(String key) {
    return stat(NAME, key);
  }

  static StatObjectResponse stat(String bucket, String key) {
    return call(
        () -> CLIENT.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()));
  }

  /** Removes a test's object, as the portal never does: a test's gigabyte need not stay. */
  static void remove(String bucket, String key) {
    call(
        () -> {
          CLIENT.removeObject(
              io.minio.RemoveObjectArgs.builder().bucket(bucket).object(key).build());
          return null;
        });
  }

  /**
   * Replaces an object's bytes, stored as the portal stores them (no hash in the object's
   * metadata): only the record's SHA-256 can tell the change.
   */
  static void tamper(String key, byte[] bytes, String contentType) {
    call(
        () ->
            CLIENT.putObject(
                PutObjectArgs.builder().bucket(NAME).object(key).stream(
                        new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType(contentType)
                    .build()));
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
      throw new IllegalStateException("The test bucket " + NAME + " did not answer: " + e, e);
    }
  }
}
