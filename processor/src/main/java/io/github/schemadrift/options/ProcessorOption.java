package io.github.schemadrift.options;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Every {@code -A} option schemadrift reads, under the {@code schemadrift.} prefix. */
public enum ProcessorOption {
  /** Comma-separated migration directories, absolute or relative to the project directory. */
  MIGRATIONS("schemadrift.migrations"),
  /** The SQL dialect the migrations are written in. */
  DIALECT("schemadrift.dialect"),
  /** Physical naming: {@code jpa} (names as written) or {@code spring} (snake_case). */
  NAMING("schemadrift.naming"),
  /**
   * {@code true} when the project sets Hibernate's {@code hibernate.globally_quoted_identifiers}:
   * every table and column name is then quoted, so compared case-sensitively.
   */
  QUOTE_IDENTIFIERS("schemadrift.globallyQuotedIdentifiers"),
  /** The project directory, when it cannot be found from the class output location. */
  PROJECT_DIR("schemadrift.projectDir"),
  /**
   * Several severities in one option: {@code rule:level,rule:level}, with rule ids as they appear
   * in messages ({@code missing-table:off}).
   */
  SEVERITY("schemadrift.severity"),
  /** Where to write the findings as SARIF 2.1.0. */
  REPORT("schemadrift.report"),
  /** {@code on} (default) keeps the replayed schema in the build folder between builds; {@code off} never does. */
  CACHE("schemadrift.cache"),
  /**
   * The cache's second level, shared by every checkout: {@code on} (default) in {@code
   * $XDG_CACHE_HOME/schemadrift} or {@code ~/.cache/schemadrift}, {@code off}, or a folder.
   */
  USER_CACHE("schemadrift.userCache"),
  /** Where to write a suggested migration: a file, or a folder for {@code V<next>__schemadrift.sql}. */
  FIX_MIGRATION("schemadrift.fixMigration"),
  /** Flyway placeholder values, {@code name=value,name=value}; they win over Spring and Flyway config. */
  PLACEHOLDERS("schemadrift.placeholders"),
  /** A file to write the replayed schema to, as JSON. */
  SCHEMA_EXPORT("schemadrift.schemaExport"),
  /**
   * A physical naming strategy described in words, for a custom strategy class:
   * {@code lower,snake,tablePrefix=app_} (see {@code CustomNaming}).
   */
  NAMING_CUSTOM("schemadrift.naming.custom"),
  /**
   * How long JSqlParser may take over one statement, in milliseconds (default 2000, 0: no limit);
   * a statement that takes longer is reported as {@code sql-parse} and skipped.
   */
  PARSE_TIMEOUT("schemadrift.parseTimeoutMillis"),
  /** A package to generate the replayed schema into as Java constants (docs/generated-constants.md). */
  GENERATE("schemadrift.generate"),
  /** {@code true} adds a note with the time of each stage (replay, wait for it, entities and rules, report). */
  TIMINGS("schemadrift.timings"),
  /** {@code true} prints every finding folded into the summary line (level note) one by one, as a note on its element. */
  LIST_FOLDED("schemadrift.listFolded"),
  /**
   * Comma-separated files to read as Spring properties/YAML, relative to the project directory: the
   * configuration that code loads where the processor cannot see it.
   */
  CONFIG_FILES("schemadrift.configFiles"),
  /** The Hibernate generation whose defaults apply: {@code 5}, {@code 6} or {@code 7} (default: from the class path; docs/hibernate5.md). */
  HIBERNATE("schemadrift.hibernate");

  /** The default of {@link #PARSE_TIMEOUT}. */
  public static final long DEFAULT_PARSE_TIMEOUT_MILLIS = 2000;


  /** Flyway settings as options: {@code -Aschemadrift.flyway.sqlMigrationPrefix=}. */
  public static final String FLYWAY_PREFIX = "schemadrift.flyway.";

  /** The Flyway keys read from options, with Flyway's names. */
  public static final java.util.List<String> FLYWAY_KEYS = java.util.List.of(
      "locations", "sqlMigrationPrefix", "sqlMigrationSeparator", "sqlMigrationSuffixes",
      "repeatableSqlMigrationPrefix", "baselineMigrationPrefix", "undoSqlMigrationPrefix",
      "placeholderPrefix", "placeholderSuffix", "placeholderReplacement", "defaultSchema", "schemas",
      "user", "baselineVersion", "failOnMissingLocations");

  /** Liquibase settings as options: {@code -Aschemadrift.liquibase.changeLog=db/changelog/master.xml}. */
  public static final String LIQUIBASE_PREFIX = "schemadrift.liquibase.";

  /** The Liquibase keys read from options (Spring's names; {@code parameters.*} entries go in the annotation). */
  public static final java.util.List<String> LIQUIBASE_KEYS = java.util.List.of("changeLog", "contexts", "labelFilter", "enabled");

  /** Hibernate settings as options: {@code -Aschemadrift.hibernate.default_schema=app}. */
  public static final String HIBERNATE_PREFIX = "schemadrift.hibernate.";

  /** The Hibernate keys read from options, without {@code hibernate.}. */
  public static final java.util.List<String> HIBERNATE_KEYS = java.util.List.of(
      "default_schema", "physical_naming_strategy", "implicit_naming_strategy",
      "globally_quoted_identifiers", "auto_quote_keyword", "type.preferred_instant_jdbc_type",
      "type.preferred_uuid_jdbc_type", "type.preferred_boolean_jdbc_type", "type.preferred_duration_jdbc_type",
      "timezone.default_storage", "use_nationalized_character_data", "id.new_generator_mappings");

  /** Hibernate Envers' keys read from options, in full: {@code -Aschemadrift.hibernate.org.hibernate.envers.audit_table_suffix=_aud}. */
  public static final java.util.List<String> ENVERS_KEYS = java.util.List.of(
      "org.hibernate.envers.audit_table_prefix", "org.hibernate.envers.audit_table_suffix",
      "org.hibernate.envers.revision_field_name", "org.hibernate.envers.revision_type_field_name",
      "org.hibernate.envers.do_not_audit_optimistic_locking_field",
      "org.hibernate.envers.audit_strategy", "org.hibernate.envers.audit_strategy_validity_end_rev_field_name",
      "org.hibernate.envers.audit_strategy_validity_store_revend_timestamp",
      "org.hibernate.envers.audit_strategy_validity_revend_timestamp_field_name",
      "org.hibernate.envers.global_with_modified_flag", "org.hibernate.envers.modified_flag_suffix",
      "org.hibernate.envers.store_data_at_delete", "org.hibernate.envers.default_schema",
      "org.hibernate.envers.default_catalog");

  /**
   * The prefix of the per-rule severity options. javac accepts only option keys made of
   * dot-separated Java identifiers, so {@code missing-table} is spelled {@code missingTable}
   * here: {@code -Aschemadrift.severity.missingTable=off}.
   */
  public static final String SEVERITY_PREFIX = "schemadrift.severity.";

  private final String key;

  ProcessorOption(String key) {
    this.key = key;
  }

  /** The per-rule severity option for a rule id: {@code missing-table} gives {@code schemadrift.severity.missingTable}. */
  public static String severityKey(String ruleId) {
    StringBuilder out = new StringBuilder(SEVERITY_PREFIX);
    boolean upper = false;
    for (char c : ruleId.toCharArray()) {
      if (c == '-' || c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  public String key() {
    return key;
  }

  /** What {@code getSupportedOptions()} returns: every option, one severity key per rule id. */
  public static Set<String> supportedOptions(Collection<String> ruleIds) {
    Set<String> keys = new LinkedHashSet<>();
    for (ProcessorOption option : values()) {
      keys.add(option.key);
    }
    for (String id : ruleIds) {
      keys.add(severityKey(id));
    }
    FLYWAY_KEYS.forEach(k -> keys.add(FLYWAY_PREFIX + k));
    HIBERNATE_KEYS.forEach(k -> keys.add(HIBERNATE_PREFIX + k));
    LIQUIBASE_KEYS.forEach(k -> keys.add(LIQUIBASE_PREFIX + k));
    ENVERS_KEYS.forEach(k -> keys.add(HIBERNATE_PREFIX + k));
    return keys;
  }
}
