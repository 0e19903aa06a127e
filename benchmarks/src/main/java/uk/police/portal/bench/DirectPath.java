package uk.police.portal.bench;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * The same store without the portal: the MinIO SDK's putObject of the file from disk, done as
 * evidence-store's ObjectStore does it (size unknown, 8 MiB parts, HTTP/1.1, the same timeouts), so
 * the difference is what the portal adds: the HTTP hop into Payara, token and case checks, the type
 * check, hashing and the database record. Both paths write the bytes once, straight to their key.
 */
final class DirectPath {

  /** ObjectStore.PART_SIZE: memory per upload is about one part. */
  static final long PART_SIZE = 8L * 1024 * 1024;

  private final MinioClient client;
  private final String bucket;

  DirectPath(String endpoint, String accessKey, String secretKey, String bucket) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofMinutes(2))
            .writeTimeout(Duration.ofMinutes(2))
            .build();
    this.client =
        MinioClient.builder()
            .endpoint(endpoint)
            .credentials(accessKey, secretKey)
            .region("us-east-1")
            .httpClient(http)
            .build();
    this.bucket = bucket;
  }

  void ensureBucket() throws Exception {
    if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
      client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
    }
  }

  void put(Path file, String key, String contentType) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      client.putObject(
          PutObjectArgs.builder().bucket(bucket).object(key).stream(in, -1, PART_SIZE)
              .contentType(contentType)
              .build());
    }
  }

  void delete(String key) throws Exception {
    client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
  }
}
