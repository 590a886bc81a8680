package io.github.schemadrift.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Hibernate Envers settings that name audit tables and their columns
 * ({@code org.hibernate.envers.*}), with Envers' defaults.
 *
 * @param tablePrefix {@code audit_table_prefix}, default empty
 * @param tableSuffix {@code audit_table_suffix}, default {@code _AUD}
 * @param revisionField {@code revision_field_name}, default {@code REV}
 * @param revisionTypeField {@code revision_type_field_name}, default {@code REVTYPE}
 * @param auditVersion whether the {@code @Version} attribute is audited too
 *     ({@code do_not_audit_optimistic_locking_field = false}); by default it is not
 * @param validityStrategy whether {@code audit_strategy} is the {@code ValidityAuditStrategy},
 *     which adds the revision end column to the audit tables of hierarchy roots and collections
 * @param revisionEndField {@code audit_strategy_validity_end_rev_field_name}, default {@code REVEND}
 * @param revisionEndTimestamp {@code audit_strategy_validity_store_revend_timestamp}, default false
 * @param revisionEndTimestampField {@code audit_strategy_validity_revend_timestamp_field_name},
 *     default {@code REVEND_TSTMP}
 * @param globalModifiedFlag {@code global_with_modified_flag}: every audited property gets a
 *     {@code <property><suffix>} column, default false
 * @param modifiedFlagSuffix {@code modified_flag_suffix}, default {@code _MOD}
 * @param storeDataAtDelete {@code store_data_at_delete}: whether delete revisions hold the
 *     entity's last values rather than nulls, default false
 * @param defaultSchema {@code default_schema}, the audit tables' schema when no annotation names
 *     one, or null
 * @param defaultCatalog {@code default_catalog}, or null
 */
public record AuditSettings(
    String tablePrefix,
    String tableSuffix,
    String revisionField,
    String revisionTypeField,
    boolean auditVersion,
    boolean validityStrategy,
    String revisionEndField,
    boolean revisionEndTimestamp,
    String revisionEndTimestampField,
    boolean globalModifiedFlag,
    String modifiedFlagSuffix,
    boolean storeDataAtDelete,
    String defaultSchema,
    String defaultCatalog) {

  /** Envers' defaults. */
  public static final AuditSettings DEFAULTS = new AuditSettings("", "_AUD", "REV", "REVTYPE", false);

  /** The default revision entity's table: {@code REVINFO}. */
  public static final String REVISION_TABLE = "REVINFO";

  /** The default revision entity's id column. */
  public static final String REVISION_ID = "REV";

  /** The default revision entity's timestamp column. */
  public static final String REVISION_TIMESTAMP = "REVTSTMP";

  /** The settings {@link #withMore} reads, after the five the constructor takes. */
  public static final List<String> MORE_KEYS = List.of("audit_strategy", "audit_strategy_validity_end_rev_field_name",
      "audit_strategy_validity_store_revend_timestamp", "audit_strategy_validity_revend_timestamp_field_name",
      "global_with_modified_flag", "modified_flag_suffix", "store_data_at_delete", "default_schema", "default_catalog");

  /** The naming settings only; the strategy, modified flags and schema settings keep their defaults. */
  public AuditSettings(
      String tablePrefix, String tableSuffix, String revisionField, String revisionTypeField, boolean auditVersion) {
    this(tablePrefix, tableSuffix, revisionField, revisionTypeField, auditVersion, false, "REVEND", false, "REVEND_TSTMP",
        false, "_MOD", false, null, null);
  }

  /**
   * These settings with the ones of {@link #MORE_KEYS} that are set.
   *
   * @param setting an Envers setting's value by its key without {@code org.hibernate.envers.}
   */
  public AuditSettings withMore(Function<String, Optional<String>> setting) {
    Function<String, Optional<String>> value = k -> setting.apply(k).map(String::trim).filter(v -> !v.isEmpty());
    return new AuditSettings(tablePrefix, tableSuffix, revisionField, revisionTypeField, auditVersion,
        value.apply("audit_strategy").map(AuditSettings::isValidity).orElse(validityStrategy),
        value.apply("audit_strategy_validity_end_rev_field_name").orElse(revisionEndField),
        value.apply("audit_strategy_validity_store_revend_timestamp").map(Boolean::parseBoolean).orElse(revisionEndTimestamp),
        value.apply("audit_strategy_validity_revend_timestamp_field_name").orElse(revisionEndTimestampField),
        value.apply("global_with_modified_flag").map(Boolean::parseBoolean).orElse(globalModifiedFlag),
        value.apply("modified_flag_suffix").orElse(modifiedFlagSuffix),
        value.apply("store_data_at_delete").map(Boolean::parseBoolean).orElse(storeDataAtDelete),
        value.apply("default_schema").orElse(defaultSchema),
        value.apply("default_catalog").orElse(defaultCatalog));
  }

  /** Envers takes the strategy's class name; Hibernate's strategy selector also knows the short name. */
  private static boolean isValidity(String strategy) {
    return strategy.endsWith("ValidityAuditStrategy") || strategy.equalsIgnoreCase("validity");
  }
}
