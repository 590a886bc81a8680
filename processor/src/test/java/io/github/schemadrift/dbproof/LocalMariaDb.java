package io.github.schemadrift.dbproof;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away MariaDB server from the machine's own binaries (Debian's {@code mariadb-server}
 * package, which {@code .ci/run} installs), not the system service: install a data directory into
 * a temporary folder, start {@code mariadbd} on a free loopback port without reading any option
 * file, create one database, and at the end stop the server and delete the folder.
 */
public final class LocalMariaDb implements AutoCloseable {

  public static final String DATABASE = "proof";

  private final Path dir;
  private final Process server;
  public final int port;

  private LocalMariaDb(Path dir, Process server, int port) {
    this.dir = dir;
    this.server = server;
    this.port = port;
  }

  /** The server binary and the data-directory installer, if both are installed. */
  public record Binaries(Path server, Path installDb) {}

  public static Optional<Binaries> binaries() {
    Optional<Path> server = first("/usr/sbin/mariadbd", "/usr/bin/mariadbd", "/usr/sbin/mysqld");
    Optional<Path> installDb = first("/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db");
    return server.isPresent() && installDb.isPresent()
        ? Optional.of(new Binaries(server.get(), installDb.get()))
        : Optional.empty();
  }

  private static Optional<Path> first(String... candidates) {
    return Stream.of(candidates).map(Paths::get).filter(Files::isExecutable).findFirst();
  }

  public static LocalMariaDb start(Binaries bin) throws Exception {
    Path dir = Files.createTempDirectory("schemadrift-mariadb");
    Path data = dir.resolve("data");
    boolean root = "root".equals(System.getProperty("user.name"));
    Process server = null;
    try {
      List<String> install = new ArrayList<>(List.of(bin.installDb().toString(), "--no-defaults",
          "--datadir=" + data, "--auth-root-authentication-method=normal", "--skip-test-db",
          // its own temporary folder: servers installed at once must not share /tmp's temporary tables
          "--tmpdir=" + dir));
      if (root) {
        install.add("--user=root");
      }
      run(install, dir.resolve("install.log"));
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      List<String> start = new ArrayList<>(List.of(bin.server().toString(), "--no-defaults",
          "--datadir=" + data, "--socket=" + dir.resolve("s.sock"), "--port=" + port, "--tmpdir=" + dir,
          "--bind-address=127.0.0.1", "--skip-grant-tables", "--skip-name-resolve", "--skip-log-bin",
          "--innodb-flush-log-at-trx-commit=0", "--innodb-buffer-pool-size=64M",
          "--pid-file=" + dir.resolve("mariadbd.pid"), "--log-error=" + dir.resolve("error.log")));
      if (root) {
        start.add("--user=root");
      }
      server = new ProcessBuilder(start).redirectErrorStream(true)
          .redirectOutput(dir.resolve("server.out").toFile()).start();
      LocalMariaDb db = new LocalMariaDb(dir, server, port);
      db.awaitReady();
      try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + DATABASE);
      }
      return db;
    } catch (Exception | Error e) {
      if (server != null) {
        stop(server);
      }
      String log = Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : "";
      delete(dir);
      throw new IllegalStateException("the MariaDB server did not start: " + e.getMessage() + "\n" + log, e);
    }
  }

  /** Waits until the server accepts connections on its port, or fails when the server exits. */
  private void awaitReady() throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("mariadbd exited with " + server.exitValue());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("mariadbd did not open port " + port);
  }

  public String url() {
    return url(DATABASE);
  }

  /** The URL of database {@code database} on this server. */
  public String url(String database) {
    // useCatalogTerm=Schema: the database is the JDBC schema, as SchemaComparison asks for it
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?useCatalogTerm=Schema";
  }

  private static void run(List<String> command, Path log) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("command failed: " + command + "\n" + Files.readString(log));
    }
  }

  private static void stop(Process server) throws InterruptedException {
    server.destroy(); // SIGTERM: mariadbd shuts down cleanly
    if (!server.waitFor(30, TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Override
  public void close() throws Exception {
    try {
      stop(server);
    } finally {
      delete(dir);
    }
  }
}
