package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(
    name = "ticket_11"
)
public class Ticket11 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  private Long id;

  @Column(
      name = "priority_drift"
  )
  private Boolean priority;

  @Column(
      name = "expiry_quantity"
  )
  private LocalDate expiryQuantity;

  @Column(
      name = "tax"
  )
  private Boolean tax;

  private Boolean level;

  @Column(
      name = "rating_quantity",
      nullable = false
  )
  private Long ratingQuantity;

  @Column(
      name = "region"
  )
  private Long region;

  @Column(
      name = "price_expiry"
  )
  private Integer priceExpiry;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "account_ref_id"
  )
  private Account4 account;
}
