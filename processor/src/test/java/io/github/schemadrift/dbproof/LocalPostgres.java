package io.github.schemadrift.dbproof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the machine's own binaries (Debian's {@code postgresql}
 * package, which {@code .ci/run} installs): initdb into a temporary folder, start on a free port,
 * stop and delete at the end. As root, the server runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

  private final Path bin;
  private final Path data;
  private final boolean root;
  public final int port;

  private LocalPostgres(Path bin, Path data, boolean root, int port) {
    this.bin = bin;
    this.data = data;
    this.root = root;
    this.port = port;
  }

  /** The bin folder of the newest installed PostgreSQL, if any. */
  public static Optional<Path> binaries() {
    Path base = Paths.get("/usr/lib/postgresql");
    if (!Files.isDirectory(base)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(base)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public static LocalPostgres start(Path bin) throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("schemadrift-pg");
    Path data = dir.resolve("data");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    if (root) {
      run(List.of("chown", "-R", "postgres", dir.toString()), false);
      run(List.of("chmod", "755", dir.toString()), false);
    }
    LocalPostgres pg = new LocalPostgres(bin, data, root, port);
    pg.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"));
    pg.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    return pg;
  }

  public String url() {
    return url("postgres");
  }

  /** The URL of database {@code database} on this server. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private void run(List<String> command) throws Exception {
    run(command, root);
  }

  private static void run(List<String> command, boolean asPostgres) throws Exception {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("command failed: " + full + "\n" + output);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
    } finally {
      try (Stream<Path> walk = Files.walk(data.getParent())) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
