package uk.police.portal.evidencestore.storage.boundary;

import io.minio.BucketExistsArgs;
import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetBucketVersioningArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SetBucketVersioningArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.XmlParserException;
import io.minio.http.Method;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import io.minio.messages.VersioningConfiguration;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import uk.police.portal.evidencestore.storage.control.HashingInputStream;
import uk.police.portal.evidencestore.storage.control.ObjectKeys;
import uk.police.portal.evidencestore.storage.control.ObjectStoreErrors;
import uk.police.portal.evidencestore.storage.control.VerifyingInputStream;
import uk.police.portal.evidencestore.storage.entity.ObjectInfo;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException.Reason;
import uk.police.portal.evidencestore.storage.entity.PresignedUpload;
import uk.police.portal.evidencestore.storage.entity.StoreCapabilities;
import uk.police.portal.evidencestore.storage.entity.StoredObject;

/**
 * Evidence bytes in one S3 bucket. Uploads stream with their size unknown, written once under their
 * key and hashed on the way; the caller records the hash, and downloads are checked against the
 * hash the caller gives. Thread-safe: create one per application.
 */
public class ObjectStore {

  /**
   * Memory per upload is about one part. 8 MiB parts allow 80 GB objects (S3 takes at most 10,000
   * parts).
   */
  static final long PART_SIZE = 8L * 1024 * 1024;

  private static final Logger LOG = System.getLogger(ObjectStore.class.getName());
  private static final String STAGING_PREFIX = ObjectKeys.STAGING_PREFIX;
  private static final String S3PROXY_UPLOAD_PREFIX = ".mpus-";
  private static final Pattern S3PROXY_UPLOAD_STUB =
      Pattern.compile(
          "\\.mpus-([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})"
              + "-((?:incoming|evidence/\\d{4}/\\d{2})/[0-9a-f-]{36})-stub");

  /**
   * Staging objects and unfinished multipart uploads older than this are left-overs of a crash or a
   * store that went down mid-upload; so is an evidence object this old with no record (see {@link
   * #evidenceKeysOlderThan}). It must be longer than the slowest upload: on some stores a multipart
   * object's date is its start.
   */
  public static final Duration DEFAULT_INCOMING_MAX_AGE = Duration.ofHours(1);

  private final ObjectStoreConfig config;
  private final Clock clock;
  private final MinioClient client;
  private final MinioClient pingClient;
  private final MinioClient presigner;
  private final MinioAsyncClient multipart;
  private final ObjectKeys keys;
  private final ObjectStoreErrors errors;

  public ObjectStore(ObjectStoreConfig config) {
    this(config, Clock.systemUTC());
  }

  public ObjectStore(ObjectStoreConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    // A dead store must fail fast (connect) and a stalled one must not hold a thread forever
    // (read).
    OkHttpClient http =
        new OkHttpClient.Builder()
            .protocols(List.of(Protocol.HTTP_1_1))
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofMinutes(2))
            .writeTimeout(Duration.ofMinutes(2))
            .build();
    // Readiness probes run every few seconds: the whole ping must end well within one period.
    OkHttpClient quick =
        http.newBuilder()
            .readTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(5))
            .build();
    this.client = minio(http);
    this.pingClient = minio(quick);
    // Signing is local (the region is given); the URL must name the host clients will use.
    this.presigner =
        MinioClient.builder()
            .endpoint(config.publicEndpoint())
            .credentials(config.accessKey(), config.secretKey())
            .region(config.region())
            .httpClient(http)
            .build();
    this.multipart =
        MinioAsyncClient.builder()
            .endpoint(config.endpoint())
            .credentials(config.accessKey(), config.secretKey())
            .region(config.region())
            .httpClient(http)
            .build();
    this.keys = new ObjectKeys(clock);
    this.errors = new ObjectStoreErrors(config);
  }

  public static ObjectStore fromEnvironment() {
    return new ObjectStore(ObjectStoreConfig.fromEnvironment());
  }

  public ObjectStoreConfig config() {
    return config;
  }

  /** A fresh random key for a new object; keys never come from file names. */
  public String newKey() {
    return keys.newKey();
  }

  public void ensureBucket() {
    call(
        "create the bucket",
        () -> {
          if (!client.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build())) {
            makeBucket();
          }
          return null;
        });
    keepVersions();
  }

  /**
   * Asks for object lock (which brings versioning) where the store offers it, as MinIO and AWS do;
   * a store that refuses it (S3Proxy) gets a plain bucket, and {@link #capabilities()} says so.
   */
  private void makeBucket() throws Exception {
    try {
      client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).objectLock(true).build());
      LOG.log(Level.INFO, "Created bucket {0} at {1}", config.bucket(), config.endpoint());
    } catch (ErrorResponseException refused) {
      client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
      LOG.log(
          Level.INFO,
          "Created bucket {0} at {1} without object lock: the store refused it ({2})",
          config.bucket(),
          config.endpoint(),
          refused.errorResponse().code());
    }
  }

  /**
   * Turns versioning on where the store allows it, so that even a write or delete that got past our
   * never-overwrite rule would keep the original as an earlier version; S3Proxy refuses.
   */
  private void keepVersions() {
    if (versioningEnabled()) return;
    optional(
        "turn versioning on",
        () -> {
          client.setBucketVersioning(
              SetBucketVersioningArgs.builder()
                  .bucket(config.bucket())
                  .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null))
                  .build());
          return Boolean.TRUE;
        });
  }

  /**
   * Streams {@code in} (any length, read to its end) straight into a new object under {@code key},
   * written once, and returns its size and SHA-256, taken while the bytes went by. S3 takes
   * metadata only at the start and the hash is known only at the end, so the hash is NOT kept with
   * the object: the caller records it (case-api's evidence record) and reads the object back with
   * {@link #get(String, String)}, which checks every byte against that record. An upload that
   * breaks off leaves at most an unfinished multipart upload, which is invisible and swept by
   * {@link #removeStaleIncoming()}; a complete object the caller then fails to record is the
   * caller's to delete (or to sweep as an orphan, see {@link #evidenceKeysOlderThan}).
   *
   * @param key from {@link #newKey()}; an existing object is never overwritten
   * @param metadata ASCII user metadata
   */
  public StoredObject put(
      String key, InputStream in, String contentType, Map<String, String> metadata) {
    refuseExisting(key);
    HashingInputStream hashing = new HashingInputStream(in);
    long started = System.nanoTime();
    ObjectWriteResponse stored = upload(key, hashing, contentType, metadata);
    LOG.log(
        Level.DEBUG,
        "Stored {0}: {1} bytes in {2} ms",
        key,
        hashing.count(),
        (System.nanoTime() - started) / 1_000_000);
    return new StoredObject(key, hashing.count(), hashing.sha256Hex(), unquoted(stored.etag()));
  }

  /**
   * Stores a small file held in memory, such as a derived thumbnail that has no record of its own:
   * its SHA-256 is known before the upload, so it is kept in the object's metadata and {@link
   * #get(String)} checks reads against it.
   *
   * @param key from {@link #newKey()}; an existing object is never overwritten
   */
  public StoredObject put(
      String key, byte[] bytes, String contentType, Map<String, String> metadata) {
    refuseExisting(key);
    Map<String, String> withHash = new HashMap<>(metadata);
    withHash.put(ObjectInfo.SHA256, HashingInputStream.sha256Hex(bytes));
    ObjectWriteResponse stored =
        upload(key, new HashingInputStream(new ByteArrayInputStream(bytes)), contentType, withHash);
    return new StoredObject(
        key, bytes.length, withHash.get(ObjectInfo.SHA256), unquoted(stored.etag()));
  }

  private void refuseExisting(String key) {
    ObjectKeys.requireGenerated(key);
    if (exists(key)) {
      throw new ObjectStoreException(
          Reason.ALREADY_EXISTS,
          "Will not overwrite %s in %s at %s".formatted(key, config.bucket(), config.endpoint()),
          null);
    }
  }

  /**
   * A URL on the public endpoint through which a client may PUT one file of exactly {@code size}
   * bytes to a new staging key, until {@code expiry} has passed. The store checks the signature, so
   * it refuses another key, another Content-Length or a late start; nothing of it is evidence until
   * {@link #openStaged} and {@link #publish} have read and published it. A staging object that is
   * never published is removed by {@link #removeStaleIncoming()} like any other.
   */
  public PresignedUpload presignUpload(long size, Duration expiry) {
    if (size < 1) throw new IllegalArgumentException("An upload needs a size of at least 1 byte");
    if (expiry.compareTo(Duration.ofSeconds(1)) < 0 || expiry.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException("A presigned URL lives 1 second to 7 days, not " + expiry);
    }
    String key = ObjectKeys.newStagingKey();
    Map<String, String> headers = Map.of("Content-Length", Long.toString(size));
    Instant expiresAt = clock.instant().plus(expiry);
    String url =
        call(
            "sign an upload to " + key,
            () ->
                presigner.getPresignedObjectUrl(
                    GetPresignedObjectUrlArgs.builder()
                        .method(Method.PUT)
                        .bucket(config.bucket())
                        .object(key)
                        .expiry((int) expiry.toSeconds())
                        .extraHeaders(headers)
                        .build()));
    return new PresignedUpload(key, url, "PUT", headers, expiresAt, size);
  }

  /**
   * Opens a staging object a client uploaded (see {@link #presignUpload}) for reading, pinned to
   * the version there now: read it to its end through {@link StagedUpload#bytes()}, then {@link
   * #publish} it. The caller closes it.
   *
   * @throws ObjectStoreException NOT_FOUND when nothing has arrived under the key
   */
  public StagedUpload openStaged(String stagingKey) {
    ObjectKeys.requireStaging(stagingKey);
    StatObjectResponse stat =
        call(
            "look up " + stagingKey,
            () ->
                client.statObject(
                    StatObjectArgs.builder().bucket(config.bucket()).object(stagingKey).build()));
    GetObjectResponse bytes =
        call(
            "read " + stagingKey,
            () ->
                client.getObject(
                    GetObjectArgs.builder()
                        .bucket(config.bucket())
                        .object(stagingKey)
                        .matchETag(stat.etag())
                        .build()));
    return new StagedUpload(stagingKey, stat.size(), stat.etag(), bytes);
  }

  /**
   * Copies a staging object that has been read to its end, server-side, to {@code key} with the
   * SHA-256 of the bytes read in its metadata, then removes the staging object. The copy is made
   * only if the store still holds the very version that was read (its etag): bytes a client sent
   * again while we read them are never published under a hash they do not have.
   *
   * @param key from {@link #newKey()}; an existing object is never overwritten
   */
  public StoredObject publish(
      StagedUpload staged, String key, String contentType, Map<String, String> metadata) {
    HashingInputStream read = staged.hashed();
    if (!read.ended() || read.count() != staged.size()) {
      throw new IllegalStateException(
          "Read all %d bytes of %s before publishing it (read %d)"
              .formatted(staged.size(), staged.key(), read.count()));
    }
    refuseExisting(key);
    Map<String, String> withHash = new HashMap<>(metadata);
    withHash.put(ObjectInfo.SHA256, read.sha256Hex());
    ObjectWriteResponse stored;
    try {
      stored = publish(staged.key(), staged.etag(), key, contentType, withHash);
    } catch (ObjectStoreException e) {
      throw nothingStored(e);
    }
    deleteQuietly(staged.key());
    return new StoredObject(key, read.count(), read.sha256Hex(), unquoted(stored.etag()));
  }

  /**
   * Opens an object whose SHA-256 the caller recorded at upload (as {@link #put(String,
   * InputStream, String, Map)} returned it); the caller closes it. Reading to the end throws an
   * IOException if the bytes do not hash to {@code expectedSha256}: the record, not anything kept
   * in the store, is what the bytes are checked against.
   */
  public InputStream get(String key, String expectedSha256) {
    if (expectedSha256 == null || expectedSha256.isBlank()) {
      throw new IllegalArgumentException(
          "Reading " + key + " needs the SHA-256 it was stored with");
    }
    return new VerifyingInputStream(open(key), expectedSha256, key + " in " + config.bucket());
  }

  /**
   * Opens an object for reading; the caller closes it. Objects stored with their SHA-256 in their
   * metadata (small files, presigned uploads) are checked against it: reading to the end throws an
   * IOException if the bytes no longer match. Others are not checked here: read evidence with
   * {@link #get(String, String)} and the hash recorded for it.
   */
  public InputStream get(String key) {
    GetObjectResponse response = open(key);
    String sha256 = response.headers().get("x-amz-meta-" + ObjectInfo.SHA256);
    return sha256 == null
        ? response
        : new VerifyingInputStream(response, sha256, key + " in " + config.bucket());
  }

  private GetObjectResponse open(String key) {
    return call(
        "read " + key,
        () ->
            client.getObject(GetObjectArgs.builder().bucket(config.bucket()).object(key).build()));
  }

  /**
   * The first {@code maxBytes} of an object (fewer if it is shorter), for reading a file's own
   * metadata without fetching all of it. Not checked against the SHA-256: use {@link #get} for
   * evidence handed to anyone.
   */
  public InputStream getBeginning(String key, long maxBytes) {
    return call(
        "read the beginning of " + key,
        () ->
            client.getObject(
                GetObjectArgs.builder()
                    .bucket(config.bucket())
                    .object(key)
                    .offset(0L)
                    .length(maxBytes)
                    .build()));
  }

  public ObjectInfo stat(String key) {
    StatObjectResponse stat =
        call(
            "look up " + key,
            () ->
                client.statObject(
                    StatObjectArgs.builder().bucket(config.bucket()).object(key).build()));
    Map<String, String> metadata = new HashMap<>();
    stat.userMetadata()
        .forEach((name, value) -> metadata.put(name.toLowerCase(Locale.ROOT), value));
    return new ObjectInfo(
        key, stat.size(), stat.contentType(), metadata, stat.lastModified().toInstant());
  }

  public boolean exists(String key) {
    try {
      stat(key);
      return true;
    } catch (ObjectStoreException e) {
      if (e.reason() == Reason.NOT_FOUND) return false;
      throw e;
    }
  }

  /** Removes the object; removing a missing one is not an error. */
  public void delete(String key) {
    call(
        "delete " + key,
        () -> {
          client.removeObject(
              RemoveObjectArgs.builder().bucket(config.bucket()).object(key).build());
          return null;
        });
  }

  /** {@link #removeStaleIncoming(Duration)} with {@link #DEFAULT_INCOMING_MAX_AGE}. */
  public List<String> removeStaleIncoming() {
    return removeStaleIncoming(DEFAULT_INCOMING_MAX_AGE);
  }

  /**
   * Deletes staging objects ({@code incoming/...}) last modified longer than {@code maxAge} ago,
   * and aborts multipart uploads (to staging or evidence keys) started longer ago than that: what a
   * presigned upload never completed, a crash mid-upload, or a failed clean-up left behind.
   * Complete evidence objects are never touched. Safe to run on several servers at once; meant to
   * run on a schedule.
   *
   * @return the keys removed
   */
  public List<String> removeStaleIncoming(Duration maxAge) {
    Instant cutOff = clock.instant().minus(maxAge);
    List<String> removed = new ArrayList<>();
    abortStaleMultipartUploads(cutOff, removed);
    for (Item item : list(STAGING_PREFIX)) {
      // S3Proxy lists folder markers (keys ending in '/') too
      if (item.isDir() || item.objectName().endsWith("/")) continue;
      if (item.lastModified().toInstant().isBefore(cutOff)) {
        delete(item.objectName());
        removed.add(item.objectName());
      }
    }
    if (!removed.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "Removed {0} staging object(s) or unfinished upload(s) older than {1} from {2}",
          removed.size(),
          maxAge,
          config.bucket());
    }
    return removed;
  }

  /**
   * A store that went down mid-upload could not be told to abort its multipart upload; its parts
   * stay (invisible on MinIO and AWS, which list them only as uploads). Stores that cannot list
   * uploads (S3Proxy answers 501) keep them as objects named {@code .mpus-<upload id>-<key>-stub}.
   * Either way each is aborted with the standard call.
   */
  private void abortStaleMultipartUploads(Instant cutOff, List<String> removed) {
    List<Upload> uploads = listMultipartUploads(STAGING_PREFIX);
    // Uploads to evidence keys too: put streams straight to its final key.
    List<Upload> toEvidence =
        uploads == null ? null : listMultipartUploads(ObjectKeys.EVIDENCE_PREFIX);
    if (toEvidence != null) {
      uploads.addAll(toEvidence);
      for (Upload upload : uploads) {
        if (upload.initiated() != null && upload.initiated().toInstant().isBefore(cutOff)) {
          abortMultipartUpload(upload.objectName(), upload.uploadId());
          removed.add(upload.objectName());
        }
      }
      return;
    }
    for (Item item : list(S3PROXY_UPLOAD_PREFIX)) {
      Matcher stub = S3PROXY_UPLOAD_STUB.matcher(item.objectName());
      if (stub.matches() && item.lastModified().toInstant().isBefore(cutOff)) {
        abortMultipartUpload(stub.group(2), stub.group(1));
        removed.add(stub.group(2));
      }
    }
  }

  /** Null when the store cannot list multipart uploads. */
  private List<Upload> listMultipartUploads(String prefix) {
    try {
      return multipart
          .listMultipartUploadsAsync(
              config.bucket(), config.region(), null, null, null, 1000, prefix, null, null, null)
          .get()
          .result()
          .uploads()
          .stream()
          .collect(Collectors.toCollection(ArrayList::new));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        ObjectStoreException translated = errors.translate("list unfinished uploads", cause);
        if (translated.reason() == Reason.UNREACHABLE
            || translated.reason() == Reason.ACCESS_REFUSED) {
          throw translated;
        }
      }
      LOG.log(Level.DEBUG, "The store cannot list multipart uploads: {0}", e.getCause());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ObjectStoreException(Reason.FAILED, "Interrupted listing unfinished uploads", e);
    } catch (Exception e) {
      throw errors.translate("list unfinished uploads", e);
    }
  }

  private void abortMultipartUpload(String key, String uploadId) {
    call(
        "abort the unfinished upload of " + key,
        () ->
            multipart
                .abortMultipartUploadAsync(
                    config.bucket(), config.region(), key, uploadId, null, null)
                .get());
  }

  private List<Item> list(String prefix) {
    List<Item> items = new ArrayList<>();
    for (Result<Item> result :
        client.listObjects(
            ListObjectsArgs.builder()
                .bucket(config.bucket())
                .prefix(prefix)
                .recursive(true)
                .build())) {
      items.add(call("list " + prefix, result::get));
    }
    return items;
  }

  /**
   * Complete evidence objects last modified more than {@code maxAge} ago, in the month folders of
   * keys generated within {@code lookBack}. The store cannot say which of them a record refers to:
   * a caller that keeps records uses this to find objects a crash left between storing and
   * recording, and deletes those with no record.
   */
  public List<String> evidenceKeysOlderThan(Duration maxAge, Duration lookBack) {
    Instant now = clock.instant();
    Instant cutOff = now.minus(maxAge);
    List<String> old = new ArrayList<>();
    for (String prefix : keys.folderPrefixesSince(now.minus(lookBack))) {
      for (Item item : list(prefix)) {
        if (!item.isDir()
            && ObjectKeys.isGenerated(item.objectName())
            && item.lastModified().toInstant().isBefore(cutOff)) {
          old.add(item.objectName());
        }
      }
    }
    return old;
  }

  /** For readiness: true if the store answered with our credentials within about five seconds. */
  public boolean ping() {
    try {
      pingClient.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build());
      return true;
    } catch (Exception e) {
      LOG.log(Level.DEBUG, () -> errors.translate("reach the store", e).getMessage());
      return false;
    }
  }

  /** Whether the bucket keeps versions and can lock objects; logged, as start-up should say so. */
  public StoreCapabilities capabilities() {
    StoreCapabilities capabilities =
        new StoreCapabilities(versioningEnabled(), objectLockConfigured());
    LOG.log(
        Level.INFO,
        "Object store {0} bucket {1}: versioning {2}, object lock {3}",
        config.endpoint(),
        config.bucket(),
        capabilities.versioning() ? "on" : "off",
        capabilities.objectLock()
            ? "on"
            : "off (originals are protected only by never overwriting)");
    return capabilities;
  }

  /**
   * A failed upload says whose fault it was: the sender's stream (INTERRUPTED, with the stream's
   * own exception as the cause) or the store (UNREACHABLE and the rest).
   */
  private ObjectWriteResponse upload(
      String key, HashingInputStream in, String contentType, Map<String, String> metadata) {
    try {
      return send(key, in, contentType, metadata);
    } catch (ObjectStoreException e) {
      if (in.sourceFailure() == null) throw nothingStored(e);
      throw new ObjectStoreException(
          Reason.INTERRUPTED,
          "The upload of %s stopped after %d bytes because reading it failed (%s). Nothing was stored."
              .formatted(key, in.count(), in.sourceFailure().getMessage()),
          in.sourceFailure());
    }
  }

  private static ObjectStoreException nothingStored(ObjectStoreException e) {
    return new ObjectStoreException(
        e.reason(), e.getMessage() + ". Nothing was stored.", e.getCause());
  }

  private ObjectWriteResponse send(
      String key, InputStream in, String contentType, Map<String, String> metadata) {
    return call(
        "upload " + key,
        () ->
            client.putObject(
                PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
                        in, -1, PART_SIZE)
                    .contentType(contentType)
                    .userMetadata(metadata)
                    .build()));
  }

  /** The etag condition makes sure we publish exactly the bytes we uploaded and hashed. */
  private ObjectWriteResponse publish(
      String staging, String etag, String key, String contentType, Map<String, String> metadata) {
    return call(
        "store " + key,
        () ->
            client.copyObject(
                CopyObjectArgs.builder()
                    .bucket(config.bucket())
                    .object(key)
                    .source(
                        CopySource.builder()
                            .bucket(config.bucket())
                            .object(staging)
                            .matchETag(etag)
                            .build())
                    .headers(Map.of("Content-Type", contentType))
                    .userMetadata(metadata)
                    .metadataDirective(Directive.REPLACE)
                    .build()));
  }

  private boolean versioningEnabled() {
    VersioningConfiguration versioning =
        optional(
            "read the versioning setting",
            () ->
                client.getBucketVersioning(
                    GetBucketVersioningArgs.builder().bucket(config.bucket()).build()));
    return versioning != null && versioning.status() == VersioningConfiguration.Status.ENABLED;
  }

  private boolean objectLockConfigured() {
    return optional(
            "read the object lock setting",
            () ->
                client.getObjectLockConfiguration(
                    GetObjectLockConfigurationArgs.builder().bucket(config.bucket()).build()))
        != null;
  }

  /**
   * Null when the store answers that it has no such setting, or answers something else: S3Proxy
   * ignores the object-lock query and lists the bucket instead.
   */
  private <T> T optional(String action, MinioCall<T> call) {
    try {
      return call.call();
    } catch (ErrorResponseException | XmlParserException e) {
      return null;
    } catch (Exception e) {
      throw errors.translate(action, e);
    }
  }

  /** Some stores quote etags, some do not. */
  private static String unquoted(String etag) {
    return etag == null ? null : etag.replace("\"", "");
  }

  private void deleteQuietly(String key) {
    try {
      delete(key);
    } catch (ObjectStoreException e) {
      LOG.log(Level.WARNING, "Left staging object behind: {0}", e.getMessage());
    }
  }

  private <T> T call(String action, MinioCall<T> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (ExecutionException e) {
      throw errors.translate(action, e.getCause() instanceof Exception cause ? cause : e);
    } catch (Exception e) {
      throw errors.translate(action, e);
    }
  }

  private MinioClient minio(OkHttpClient http) {
    // With the region given, the SDK never asks the store for the bucket location first.
    return MinioClient.builder()
        .endpoint(config.endpoint())
        .credentials(config.accessKey(), config.secretKey())
        .region(config.region())
        .httpClient(http)
        .build();
  }

  @FunctionalInterface
  private interface MinioCall<T> {
    T call() throws Exception;
  }
}
