package io.github.schemadrift.bench;

import io.github.schemadrift.migration.CachedReplay;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.Placeholders;
import io.github.schemadrift.migration.SchemaCache;
import io.github.schemadrift.migration.SchemaModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the processor's background thread does with a cache file, alone in a fresh JVM: discovery,
 * the cache's stamps, then a load (no migration changed) or a replay that resumes from the cache's
 * snapshot and stores the new cache (one migration added, issue 18 item 3). Prints the CPU and wall
 * time of each step on this thread and the CPU of the whole process (JIT and GC included), so two
 * jars can be compared on a shared machine. A first run with no cache file replays everything and
 * writes it; copy it aside and put it back before each measured run.
 *
 * <p>{@code java -cp <processor jar>:bench/target/classes io.github.schemadrift.bench.ResumeReplay
 * MIGRATIONS_DIR CACHE_FILE [DIALECT]}
 */
public final class ResumeReplay {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long cpu;
  private static long wall;

  private ResumeReplay() {}

  public static void main(String[] args) throws Exception {
    long processBefore = processCpu();
    lap();
    Dialect dialect = Dialect.valueOf((args.length > 2 ? args[2] : "postgresql").toUpperCase(Locale.ROOT));
    List<MigrationFile> migrations = MigrationDiscovery.discover(List.of(Path.of(args[0]))).migrations();
    String discover = lap();
    SchemaCache cache = SchemaCache.of(Path.of(args[1]), "bench", dialect, Map.of(), migrations);
    String stamps = lap();
    Optional<SchemaModel> loaded = cache.load(migrations);
    String steps = "discovery " + discover + ", stamps " + stamps + ", load " + lap();
    if (loaded.isEmpty()) {
      CachedReplay.Outcome outcome = CachedReplay.replay(cache, migrations, dialect, Placeholders.none(dialect), 0,
          dialect.defaultSchema(), List.of(), (at, e) -> {
            throw e;
          });
      steps += ", replay resumed after " + outcome.resumedAfter() + " " + lap();
      cache.store(outcome);
      steps += ", store " + lap();
    }
    System.out.printf(Locale.ROOT, "%d migrations | this thread's CPU / wall ms: %s | process CPU %d ms%n",
        migrations.size(), steps, (processCpu() - processBefore) / 1_000_000);
  }

  /** This thread's CPU and the wall time since the last lap, as "cpu/wall". */
  private static String lap() {
    long nowCpu = THREADS.getCurrentThreadCpuTime();
    long nowWall = System.nanoTime();
    String lap = (nowCpu - cpu) / 1_000_000 + "/" + (nowWall - wall) / 1_000_000;
    cpu = nowCpu;
    wall = nowWall;
    return lap;
  }

  /** The process's CPU time, every thread. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
