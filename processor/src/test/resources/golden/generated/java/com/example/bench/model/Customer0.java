package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(
    name = "customer_0"
)
public class Customer0 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  private Long id;

  @Column(
      name = "title",
      nullable = false
  )
  private LocalDate title;

  @Column(
      name = "weight_quota"
  )
  private Boolean weightQuota;

  @Column(
      name = "level_region",
      nullable = false
  )
  private boolean levelRegion;

  @Column(
      name = "channel_score"
  )
  private Long channelScore;

  @Column(
      name = "status_region",
      nullable = false
  )
  private LocalDateTime statusRegion;

  private Integer weight;

  @Column(
      name = "priority_quantity",
      nullable = false
  )
  private LocalDateTime priorityQuantity;

  @Column(
      name = "priority_height"
  )
  private Long priorityHeight;

  @Column(
      length = 200
  )
  private String region;

  @Column(
      name = "label_code",
      nullable = true,
      precision = 19,
      scale = 4
  )
  private BigDecimal labelCode;

  @Column(
      name = "archived_reference"
  )
  private Long archivedReference;
}
