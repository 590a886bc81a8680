package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;

@Entity
@Table(
    name = "order_6"
)
public class Order6 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "label",
      nullable = false,
      length = 32
  )
  private Channel label;

  @Column(
      name = "level_balance",
      precision = 19,
      scale = 4
  )
  private BigDecimal levelBalance;

  @Column(
      name = "score_height"
  )
  private Long scoreHeight;

  @Column(
      name = "category_tax"
  )
  private LocalDate categoryTax;

  @Column(
      name = "channel_priority",
      nullable = true
  )
  private LocalDateTime channelPriority;

  @Column(
      name = "start_height"
  )
  private LocalDate startHeight;

  @Column(
      name = "archived_visible"
  )
  private Integer archivedVisible;

  @Column(
      name = "amount_visible",
      nullable = false
  )
  private LocalDate amountVisible;

  @Column(
      name = "due_reference",
      nullable = false
  )
  private Boolean dueReference;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "product_ref_id"
  )
  private Product2 product;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "customer_1_ref_id",
      nullable = false
  )
  private Customer0 customer1;

  @Embedded
  private Address address;
}
