package io.github.schemadrift.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configures schemadrift from the source code instead of {@code -A} options. Put it once in a
 * project, on a {@code package-info.java} or on any class. Every attribute is optional; an empty
 * one means "not set here", so detection or the default decides. A {@code -Aschemadrift.*} option
 * overrides the attribute it names, and two {@code @SchemaDriftConfig}s in one compilation are an
 * error that names both places.
 *
 * <pre>{@code
 * @SchemaDriftConfig(
 *     migrations = "src/main/resources/db/migration",
 *     dialect = "postgresql",
 *     naming = "spring",
 *     severities = "nullability:warning")
 * package com.example.tasks;
 *
 * import io.github.schemadrift.annotations.SchemaDriftConfig;
 * }</pre>
 *
 * <p>Source retention: it costs nothing at run time, and the jar that holds it need only be on the
 * compile class path ({@code provided} or {@code compileOnly}).
 */
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface SchemaDriftConfig {

  /**
   * Migration directories, absolute or relative to the project directory. Same as the option
   * {@code schemadrift.migrations}.
   */
  String[] migrations() default {};

  /**
   * The SQL dialect of the migrations: {@code postgresql}, {@code mysql}, {@code mariadb},
   * {@code h2}, {@code oracle} or {@code sqlserver}. Same as the option {@code schemadrift.dialect}.
   */
  String dialect() default "";

  /** Physical naming: {@code jpa} or {@code spring}. Same as the option {@code schemadrift.naming}. */
  String naming() default "";

  /**
   * Flyway placeholders as {@code name=value}, for migrations that use {@code ${name}}.
   */
  String[] placeholders() default {};

  /**
   * Severity overrides as {@code rule:level}, with rule ids as printed in messages:
   * {@code "missing-table:off"}, {@code "nullability:warning"}. A per-rule option overrides each.
   */
  String[] severities() default {};

  /**
   * Flyway settings as {@code key=value} with Flyway's key names, for a project whose Flyway
   * configuration is not in a file schemadrift reads: {@code "sqlMigrationPrefix="},
   * {@code "locations=classpath:db/migration/{vendor}"}, {@code "defaultSchema=app"},
   * {@code "placeholders.owner=app"}. Same as the options {@code schemadrift.flyway.<key>}.
   */
  String[] flyway() default {};

  /**
   * Hibernate settings as {@code key=value} without the {@code hibernate.} prefix:
   * {@code "default_schema=app"}, {@code "physical_naming_strategy=<class>"},
   * {@code "globally_quoted_identifiers=true"}, {@code "auto_quote_keyword=true"}. Same as the
   * options {@code schemadrift.hibernate.<key>}.
   */
  String[] hibernate() default {};

  /**
   * Liquibase settings as {@code key=value}, for a project whose changelog is not where Spring
   * Boot or {@code liquibase.properties} says: {@code "changeLog=db/changelog/master.xml"},
   * {@code "contexts=prod"}, {@code "labelFilter=!slow"}, {@code "parameters.schema=app"}. Same as
   * the options {@code schemadrift.liquibase.<key>}.
   */
  String[] liquibase() default {};

  /**
   * A package to generate the schema's table and column names into, as {@code String} constants
   * (one class per database schema, see docs/generated-constants.md); empty generates nothing. Same
   * as the option {@code schemadrift.generate}.
   */
  String generate() default "";

  /**
   * The user-level cache of replayed schemas, kept across {@code mvn clean} and checkouts: {@code
   * on} (the default: {@code $XDG_CACHE_HOME/schemadrift} or {@code ~/.cache/schemadrift}), {@code
   * off}, or a folder, relative to the project directory when not absolute. Same as the option
   * {@code schemadrift.userCache}, which wins over this attribute; empty means not set here.
   */
  String userCache() default "";
}
