package io.github.schemadrift.bench;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationFile;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.migration.SqlProblem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One cold replay of a folder of migrations, as the processor's background thread runs it in a
 * build: discovery, then the replay, in a JVM that has loaded none of schemadrift's classes yet.
 * Prints one line: the folder, its files and statements, the wall time, the CPU time of the whole
 * process (every thread: the replay, the parse threads, the JIT and the GC) and of the replaying
 * thread, and a digest of the replay's problems and notes, so two builds can be compared for the
 * same diagnostics. CPU time is the number to compare on a shared machine; wall time depends on
 * what else runs.
 *
 * <p>{@code java -cp <processor jar>:bench/target/classes io.github.schemadrift.bench.CorpusReplay
 * DIR DIALECT}
 */
public final class CorpusReplay {

  private CorpusReplay() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Dialect dialect = Dialect.valueOf(args[1].toUpperCase(Locale.ROOT));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = processCpuNanos();
    long threadBefore = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<MigrationFile> migrations = MigrationDiscovery.discover(List.of(dir)).migrations();
    SchemaModel schema = MigrationReplayer.replay(migrations, dialect);
    long wall = System.nanoTime() - start;
    long thread = threads.getCurrentThreadCpuTime() - threadBefore;
    long cpu = processCpuNanos() - cpuBefore;
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (SqlProblem problem : schema.problems()) {
      digest.update((problem.place() + " " + problem.ruleId() + " " + problem.message() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    for (String note : schema.notes()) {
      digest.update((note + "\n").getBytes(StandardCharsets.UTF_8));
    }
    digest.update(schema.tables().keySet().toString().getBytes(StandardCharsets.UTF_8));
    SchemaModel.ReplayStats stats = schema.stats();
    System.out.printf(
        Locale.ROOT,
        "%s | %d files | %d replayed, %d ignored, %d not understood | %d problems, %d tables | wall %d ms | CPU process %d ms, replaying thread %d ms | digest %s%n",
        dir.getParent().getFileName() + "/" + dir.getFileName(),
        migrations.size(),
        stats.replayed(),
        stats.ignored(),
        stats.notUnderstood(),
        schema.problems().size(),
        schema.tables().size(),
        wall / 1_000_000,
        cpu / 1_000_000,
        thread / 1_000_000,
        HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    if (Boolean.getBoolean("schemadrift.bench.threads")) {
      printThreadCpu();
    }
  }

  /**
   * The CPU time of each live thread of the process by its kind (JIT compiler threads, GC, the
   * migration readers, the replaying thread, ...), from Linux's {@code /proc/self/task}: where a
   * cold replay's process CPU goes besides the replay. Run with
   * {@code -XX:-UseDynamicNumberOfCompilerThreads} so that no compiler thread ends before this.
   */
  private static void printThreadCpu() throws java.io.IOException {
    java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
    long tick = 10; // ms per clock tick (USER_HZ 100 on Linux)
    try (java.util.stream.Stream<Path> tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        String stat;
        try {
          stat = java.nio.file.Files.readString(task.resolve("stat"));
        } catch (java.io.IOException ended) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick;
        byKind.merge(name.replaceAll("[#0-9]+$", "").strip(), ms, Long::sum);
      }
    }
    byKind.forEach((kind, ms) -> System.err.printf(Locale.ROOT, "  %6d ms  %s%n", ms, kind));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
