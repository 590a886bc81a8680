package io.github.schemadrift.e2e.enversfull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.SecondaryAuditTable;

/** An audited entity whose secondary table's audit table is renamed, with modified flags. */
@Entity
@Audited(withModifiedFlag = true)
@SecondaryTable(name = "gadget_specs")
@SecondaryAuditTable(secondaryTableName = "gadget_specs", secondaryAuditTableName = "gadget_specs_history")
public class Gadget {
  @Id private Long id;

  @Column(nullable = false)
  private String name;

  @Column(table = "gadget_specs")
  private Integer weight;
}
