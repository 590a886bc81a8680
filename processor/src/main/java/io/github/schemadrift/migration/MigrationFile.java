package io.github.schemadrift.migration;

import java.nio.file.Path;

/**
 * One SQL migration found on disk.
 *
 * @param path where the file is
 * @param displayName the name users see in messages: the path relative to its location folder
 * @param kind versioned, baseline or repeatable
 * @param version the version text as written (with {@code _} read as {@code .}), null for
 *     repeatable migrations
 * @param description the description part of the file name
 */
public record MigrationFile(
    Path path, String displayName, Kind kind, String version, String description) {

  /** The kinds of SQL migration Flyway applies on a fresh database. */
  public enum Kind {
    VERSIONED,
    REPEATABLE,
    /**
     * A baseline migration ({@code B<version>__}): on a fresh database Flyway applies the newest
     * one instead of every versioned migration up to its version.
     */
    BASELINE
  }
}
