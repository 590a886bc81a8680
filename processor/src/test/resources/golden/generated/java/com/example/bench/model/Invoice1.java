package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(
    name = "invoice_1"
)
public class Invoice1 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  @Column(
      name = "invoice_id"
  )
  private Long id;

  @Column(
      name = "amount_title",
      nullable = true
  )
  private LocalDateTime amountTitle;

  @Column(
      name = "amount_reference"
  )
  private Boolean amountReference;

  @Column(
      name = "status_amount",
      nullable = false
  )
  private long statusAmount;

  @Column(
      name = "status_quota"
  )
  private Boolean statusQuota;

  @Column(
      name = "external"
  )
  private Integer external;

  @Column(
      name = "quota_price",
      nullable = false
  )
  private Long quotaPrice;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  private Customer0 customer;
}
