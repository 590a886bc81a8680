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
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
public class Shipment3 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  @Column(
      name = "shipment_id"
  )
  private Long id;

  @Column(
      name = "source_quota"
  )
  private Boolean sourceQuota;

  @Column(
      name = "quantity_status",
      nullable = false
  )
  private long quantityStatus;

  @Column(
      name = "amount_quota",
      length = 300
  )
  private String amountQuota;

  private Boolean height;

  @Column(
      name = "priority_weight",
      length = 50
  )
  private String priorityWeight;

  @Column(
      name = "notes_tax",
      precision = 19,
      scale = 4
  )
  private BigDecimal notesTax;

  @Column(
      name = "category_height",
      nullable = false
  )
  private Boolean categoryHeight;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "amount",
      length = 32
  )
  private Priority amount;

  @Column(
      name = "tax_discount",
      nullable = true
  )
  private Long taxDiscount;

  @Column(
      name = "category_title",
      nullable = false
  )
  private LocalDateTime categoryTitle;

  @Column(
      name = "score"
  )
  private LocalDateTime score;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "customer_ref_id",
      nullable = false
  )
  private Customer0 customer;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "customer_1_ref_id",
      nullable = false
  )
  private Customer0 customer1;
}
