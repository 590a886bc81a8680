package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(
    name = "contract_10"
)
public class Contract10 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  @Column(
      name = "contract_id"
  )
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "amount_tax_drift",
      length = 32
  )
  private Status amountTax;

  @Enumerated(EnumType.STRING)
  private Status source;

  @Column(
      name = "tax"
  )
  private Long tax;

  @Column(
      name = "level_expiry"
  )
  private Long levelExpiry;

  @Column(
      name = "start_priority"
  )
  private LocalDate startPriority;

  @Column(
      name = "quota",
      nullable = false
  )
  private LocalDate quota;

  @Column(
      nullable = false,
      precision = 19,
      scale = 4
  )
  private BigDecimal balance;

  @Column(
      nullable = false
  )
  private LocalDate start;

  @Column(
      name = "rating_region",
      nullable = false
  )
  private Long ratingRegion;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "shipment_ref_id"
  )
  private Shipment3 shipment;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "invoice_1_ref_id"
  )
  private Invoice1 invoice1;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "order_2_ref_id"
  )
  private Order6 order2;
}
