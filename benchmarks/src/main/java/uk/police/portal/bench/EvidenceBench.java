package uk.police.portal.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The measuring half of {@code ./portal bench evidence}; bench/evidence starts the servers and
 * passes where they are in the environment. Each round a citizen signs in afresh, files a report,
 * and adds the video to it through case-api; then the same file goes straight into the same bucket
 * with the MinIO SDK. The server's heap is collected just before and after each portal upload, and
 * its GC log read for what happened in between. Ends with {@code RESULT ratio=… portal_mbps=…
 * direct_mbps=… heap_growth_mb=…}.
 */
public final class EvidenceBench {

  private static final String VIDEO = "video/mp4";

  /** What bench/evidence passes; every default is the script's. */
  record Settings(
      String apiUrl,
      String keycloakUrl,
      String citizen,
      String citizenPassword,
      String s3Endpoint,
      String s3AccessKey,
      String s3SecretKey,
      String bucket,
      Path file,
      long megabytes,
      int rounds,
      String serverPid,
      String storePid,
      Path gcLog) {

    static Settings fromEnvironment() {
      long megabytes = Long.parseLong(BenchSettings.env("PORTAL_BENCH_MB", "1024"));
      return new Settings(
          BenchSettings.env("PORTAL_BENCH_API_URL", "http://127.0.0.1:38080/api"),
          BenchSettings.env("PORTAL_BENCH_KEYCLOAK_URL", "http://127.0.0.1:38180"),
          BenchSettings.env("PORTAL_BENCH_CITIZEN", "alice"),
          BenchSettings.env("PORTAL_BENCH_CITIZEN_PASSWORD", "Demo-pass-2026!"),
          BenchSettings.env("PORTAL_S3_ENDPOINT", "http://127.0.0.1:39000"),
          BenchSettings.env("PORTAL_S3_ACCESS_KEY", "portal-dev"),
          BenchSettings.env("PORTAL_S3_SECRET_KEY", "portal-dev-secret-key"),
          BenchSettings.env("PORTAL_S3_BUCKET", "portal-evidence"),
          Path.of(
              BenchSettings.env(
                  "PORTAL_BENCH_FILE", ".portal/bench-evidence/video-" + megabytes + "mb.mp4")),
          megabytes,
          Integer.parseInt(BenchSettings.env("PORTAL_BENCH_ROUNDS", "3")),
          BenchSettings.env("PORTAL_BENCH_SERVER_PID", ""),
          BenchSettings.env("PORTAL_BENCH_STORE_PID", ""),
          Path.of(BenchSettings.env("PORTAL_BENCH_GC_LOG", ".portal/bench-evidence/gc.log")));
    }
  }

  private final Settings settings;
  private final VideoFile video;
  private final PortalPath portal;
  private final DirectPath direct;
  private final KeycloakAccounts keycloak;
  private final ServerHeap heap;

  private EvidenceBench(Settings settings, VideoFile video) {
    this.settings = settings;
    this.video = video;
    this.portal = new PortalPath(settings.apiUrl());
    this.direct =
        new DirectPath(
            settings.s3Endpoint(),
            settings.s3AccessKey(),
            settings.s3SecretKey(),
            settings.bucket());
    // only the citizen's password grant is used: no admin call is made
    this.keycloak = new KeycloakAccounts(settings.keycloakUrl(), "unused", "unused");
    this.heap = new ServerHeap(settings.serverPid(), settings.gcLog());
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromEnvironment();
    long started = System.nanoTime();
    VideoFile video = VideoFile.ensure(settings.file(), settings.megabytes() * 1024 * 1024);
    System.out.printf(
        "file %s: %d bytes, SHA-256 %s (ready in %.1f s)%n",
        video.path().toAbsolutePath().normalize(),
        video.size(),
        video.sha256(),
        (System.nanoTime() - started) / 1e9);
    new EvidenceBench(settings, video).run();
  }

  private void run() throws Exception {
    direct.ensureBucket();
    List<EvidenceRound> rounds = new ArrayList<>();
    for (int n = 1; n <= settings.rounds(); n++) {
      EvidenceRound round = round(n);
      System.out.println(round.describe());
      rounds.add(round);
    }
    EvidenceResult result = EvidenceResult.of(rounds);
    System.out.println(result.summary());
    System.out.println(result.resultLine());
  }

  private EvidenceRound round(int number) throws Exception {
    String token = keycloak.signIn(settings.citizen(), settings.citizenPassword()).access();
    String reference = portal.report(token);

    GcLog.Pause before = heap.collect();
    EvidenceRound.Cpu portalStart = cpu();
    long portalStarted = System.currentTimeMillis();
    long portalNanos = System.nanoTime();
    PortalPath.Receipt receipt = portal.upload(token, reference, video.path());
    portalNanos = System.nanoTime() - portalNanos;
    long portalEnded = System.currentTimeMillis();
    EvidenceRound.Cpu portalCpu = EvidenceRound.Cpu.between(portalStart, cpu());
    GcLog.Pause after = heap.collect();
    requireSameFile(receipt);
    HeapDuringUpload used =
        HeapDuringUpload.of(heap.pauses(), before, after, portalStarted, portalEnded);

    String key = "bench-direct/" + UUID.randomUUID();
    EvidenceRound.Cpu directStart = cpu();
    long directNanos = System.nanoTime();
    direct.put(video.path(), key, VIDEO);
    directNanos = System.nanoTime() - directNanos;
    EvidenceRound.Cpu directCpu = EvidenceRound.Cpu.between(directStart, cpu());
    direct.delete(key);

    return new EvidenceRound(
        number, video.size(), portalNanos, portalCpu, used, directNanos, directCpu);
  }

  private void requireSameFile(PortalPath.Receipt receipt) {
    if (receipt.size() != video.size() || !receipt.sha256().equals(video.sha256())) {
      throw new IllegalStateException(
          String.format(
              "case-api's receipt says %d bytes with SHA-256 %s; the file has %d bytes with %s"
                  + " (delete %s and its .sha256 if it was changed)",
              receipt.size(), receipt.sha256(), video.size(), video.sha256(), video.path()));
    }
    if (!receipt.typeInWords().contains("video")) {
      throw new IllegalStateException("case-api took the file for " + receipt.typeInWords());
    }
  }

  private EvidenceRound.Cpu cpu() {
    return new EvidenceRound.Cpu(
        CpuMeter.process(settings.serverPid()),
        CpuMeter.process(settings.storePid()),
        CpuMeter.process("self"));
  }
}
