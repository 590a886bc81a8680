package io.github.schemadrift.bench.jmh;

import io.github.schemadrift.bench.ProjectGenerator;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.MigrationDiscovery;
import io.github.schemadrift.migration.MigrationReplayer;
import io.github.schemadrift.migration.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Migration replay through the public API ({@link MigrationDiscovery} then
 * {@link MigrationReplayer}) on a generated project: the whole of the processor's SQL side. The
 * {@code statements} counter reports statements replayed or skipped per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class MigrationReplayBenchmark {

  /** small, medium or large (see bench/common.sh), or NxM. */
  @Param({"small", "medium"})
  public String size;

  @Param({"postgresql"})
  public String flavour;

  private Path project;
  private List<Path> locations;
  private Dialect dialect;

  /** Per-invocation statement count, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long statements;
  }

  @Setup(Level.Trial)
  public void generate() throws IOException {
    int[] counts = Sizes.counts(size);
    project = Files.createTempDirectory("schemadrift-replay-");
    ProjectGenerator.generate(project, 42, counts[0], counts[1], counts[1] * 10, flavour, false, 0);
    locations = List.of(project.resolve("src/main/resources/db/migration"));
    dialect = flavour.equals("mysql") ? Dialect.MYSQL : Dialect.POSTGRESQL;
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Sizes.deleteTree(project);
  }

  @Benchmark
  public SchemaModel replay(Counters counters) {
    MigrationDiscovery.Result found = MigrationDiscovery.discover(locations);
    SchemaModel schema = MigrationReplayer.replay(found.migrations(), dialect);
    SchemaModel.ReplayStats stats = schema.stats();
    counters.statements += stats.replayed() + stats.ignored() + stats.notUnderstood();
    return schema;
  }
}
