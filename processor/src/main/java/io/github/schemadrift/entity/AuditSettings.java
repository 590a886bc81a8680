package io.github.schemadrift.entity;

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
 */
public record AuditSettings(
    String tablePrefix, String tableSuffix, String revisionField, String revisionTypeField, boolean auditVersion) {

  /** Envers' defaults. */
  public static final AuditSettings DEFAULTS = new AuditSettings("", "_AUD", "REV", "REVTYPE", false);

  /** The default revision entity's table: {@code REVINFO}. */
  public static final String REVISION_TABLE = "REVINFO";

  /** The default revision entity's id column. */
  public static final String REVISION_ID = "REV";

  /** The default revision entity's timestamp column. */
  public static final String REVISION_TIMESTAMP = "REVTSTMP";
}
