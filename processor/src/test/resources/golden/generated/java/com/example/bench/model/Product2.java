package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(
    name = "product_2"
)
public class Product2 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  private Long id;

  @Column(
      name = "label",
      nullable = false
  )
  private int label;

  @Column(
      name = "label_tax",
      precision = 19,
      scale = 4
  )
  private BigDecimal labelTax;

  @Column(
      name = "label_start",
      nullable = false
  )
  private Boolean labelStart;

  @Column(
      name = "category"
  )
  private Boolean category;

  private Long score;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "rating_label",
      length = 32
  )
  private Channel ratingLabel;

  @Column(
      name = "balance_title_drift",
      nullable = false
  )
  private Integer balanceTitle;

  @Embedded
  private Address address;
}
