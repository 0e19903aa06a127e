package uk.police.portal.evidencestore.storage.boundary;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;

/**
 * A bucket of a test's own, so what it finds in it is only what it put there (other runs may share
 * the S3 server), and what a test checks behind {@link ObjectStore}'s back: every key in it.
 */
public final class TestBuckets {

  private TestBuckets() {}

  public static ObjectStoreConfig fresh(ObjectStoreConfig given) {
    ObjectStoreConfig config =
        new ObjectStoreConfig(
            given.endpoint(),
            given.accessKey(),
            given.secretKey(),
            "portal-it-" + UUID.randomUUID(),
            given.region());
    new ObjectStore(config).ensureBucket();
    return config;
  }

  /** Every key in the bucket, staging ones included; folder markers left out. */
  public static List<String> keys(ObjectStoreConfig config) throws Exception {
    List<String> keys = new ArrayList<>();
    for (Result<Item> result :
        client(config)
            .listObjects(
                ListObjectsArgs.builder().bucket(config.bucket()).recursive(true).build())) {
      String key = result.get().objectName();
      if (!key.endsWith("/")) keys.add(key);
    }
    return keys;
  }

  /** Puts bytes under any key, as only a crash inside ObjectStore could. */
  public static void putRaw(ObjectStoreConfig config, String key, byte[] bytes) throws Exception {
    client(config)
        .putObject(
            PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
                    new ByteArrayInputStream(bytes), bytes.length, -1)
                .build());
  }

  public static void remove(ObjectStoreConfig config) throws Exception {
    MinioClient client = client(config);
    for (Result<Item> result :
        client.listObjects(
            ListObjectsArgs.builder().bucket(config.bucket()).recursive(true).build())) {
      client.removeObject(
          RemoveObjectArgs.builder()
              .bucket(config.bucket())
              .object(result.get().objectName())
              .build());
    }
    client.removeBucket(RemoveBucketArgs.builder().bucket(config.bucket()).build());
  }

  static MinioClient client(ObjectStoreConfig config) {
    return MinioClient.builder()
        .endpoint(config.endpoint())
        .credentials(config.accessKey(), config.secretKey())
        .region(config.region())
        .build();
  }
}
