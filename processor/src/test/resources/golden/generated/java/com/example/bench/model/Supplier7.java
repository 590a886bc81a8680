package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(
    name = "supplier_7_v2"
)
public class Supplier7 extends AuditedEntity {
  @Column(
      name = "expiry",
      nullable = false
  )
  private Integer expiry;

  @Column(
      name = "tax_balance"
  )
  private LocalDateTime taxBalance;

  @Column(
      name = "expiry_discount"
  )
  private Boolean expiryDiscount;

  @Column(
      name = "visible_priority",
      nullable = false
  )
  private LocalDateTime visiblePriority;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "product_ref_id",
      nullable = false
  )
  private Product2 product;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "order_1_ref_id"
  )
  private Order6 order1;
}
