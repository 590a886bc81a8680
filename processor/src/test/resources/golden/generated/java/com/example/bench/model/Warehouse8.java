package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Table(
    name = "warehouse_8"
)
public class Warehouse8 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  @Column(
      name = "warehouse_id"
  )
  private Long id;

  @Column(
      name = "remark",
      precision = 19,
      scale = 4
  )
  private BigDecimal remark;

  @Column(
      name = "height_code",
      nullable = false
  )
  private int heightCode;

  @Column(
      name = "category_due"
  )
  private LocalDateTime categoryDue;

  @Column(
      name = "expiry",
      nullable = false,
      length = 100
  )
  private String expiry;

  @Column(
      name = "price_code"
  )
  private LocalDateTime priceCode;

  @Column(
      name = "balance_expiry",
      nullable = false
  )
  private Boolean balanceExpiry;

  @Column(
      name = "region_start"
  )
  private LocalDateTime regionStart;

  @Column(
      name = "remark_source"
  )
  private Integer remarkSource;

  @Column(
      nullable = false,
      precision = 19,
      scale = 4
  )
  private BigDecimal archived;

  @Embedded
  private Address address;
}
