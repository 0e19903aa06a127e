package uk.police.portal.evidencestore.storage.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the object store is and how to sign in to it; built from {@code PORTAL_S3_*} variables.
 *
 * @param publicEndpoint where API clients reach the same store, for presigned URLs (a signature
 *     covers the host, so a URL cannot be rewritten afterwards); the endpoint unless set
 */
public record ObjectStoreConfig(
    String endpoint,
    String accessKey,
    String secretKey,
    String bucket,
    String region,
    String publicEndpoint) {

  public static final String ENDPOINT = "PORTAL_S3_ENDPOINT";
  public static final String ACCESS_KEY = "PORTAL_S3_ACCESS_KEY";
  public static final String SECRET_KEY = "PORTAL_S3_SECRET_KEY";
  public static final String BUCKET = "PORTAL_S3_BUCKET";
  public static final String REGION = "PORTAL_S3_REGION";
  public static final String PUBLIC_ENDPOINT = "PORTAL_S3_PUBLIC_ENDPOINT";
  public static final String DEFAULT_BUCKET = "portal-evidence";
  public static final String DEFAULT_REGION = "us-east-1";

  public ObjectStoreConfig {
    List<String> missing = new ArrayList<>();
    if (blank(endpoint)) missing.add("endpoint");
    if (blank(accessKey)) missing.add("accessKey");
    if (blank(secretKey)) missing.add("secretKey");
    if (blank(bucket)) missing.add("bucket");
    if (blank(region)) missing.add("region");
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Object store configuration is missing " + missing);
    }
    requireHttp("endpoint", endpoint);
    if (blank(publicEndpoint)) publicEndpoint = endpoint;
    requireHttp("public endpoint", publicEndpoint);
  }

  /** A store that API clients reach where the server does. */
  public ObjectStoreConfig(
      String endpoint, String accessKey, String secretKey, String bucket, String region) {
    this(endpoint, accessKey, secretKey, bucket, region, null);
  }

  private static void requireHttp(String what, String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException(
          "Object store " + what + " must start with http:// or https://, got '" + url + "'");
    }
  }

  public static ObjectStoreConfig fromEnvironment() {
    return from(System::getenv);
  }

  public static ObjectStoreConfig from(Map<String, String> variables) {
    return from(variables::get);
  }

  /** Reads the {@code PORTAL_S3_*} variables; names every missing one in a single error. */
  public static ObjectStoreConfig from(Function<String, String> variables) {
    List<String> missing = new ArrayList<>();
    for (String name : List.of(ENDPOINT, ACCESS_KEY, SECRET_KEY)) {
      if (blank(variables.apply(name))) missing.add(name);
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Object store not configured: set "
              + String.join(", ", missing)
              + " (for example "
              + ENDPOINT
              + "=http://127.0.0.1:9000)");
    }
    return new ObjectStoreConfig(
        variables.apply(ENDPOINT).strip(),
        variables.apply(ACCESS_KEY).strip(),
        variables.apply(SECRET_KEY).strip(),
        orDefault(variables.apply(BUCKET), DEFAULT_BUCKET),
        orDefault(variables.apply(REGION), DEFAULT_REGION),
        orDefault(variables.apply(PUBLIC_ENDPOINT), null));
  }

  /** Keeps the secret key out of logs and exception messages. */
  @Override
  public String toString() {
    return "ObjectStoreConfig[endpoint=%s, accessKey=%s, bucket=%s, region=%s%s]"
        .formatted(
            endpoint,
            accessKey,
            bucket,
            region,
            publicEndpoint.equals(endpoint) ? "" : ", publicEndpoint=" + publicEndpoint);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String orDefault(String value, String fallback) {
    return blank(value) ? fallback : value.strip();
  }
}
