package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

@Entity
@Table(
    name = "account_4"
)
public class Account4 extends AuditedEntity {
  private LocalDate reference;

  @Column(
      name = "reference_status"
  )
  private LocalDate referenceStatus;

  @Column(
      name = "region_reference",
      length = 250
  )
  private String regionReference;

  @Column(
      name = "level_weight",
      nullable = true
  )
  private LocalDateTime levelWeight;

  @Column(
      name = "notes_archived",
      nullable = false
  )
  private long notesArchived;

  @Column(
      name = "label_start"
  )
  private Long labelStart;

  @Column(
      name = "height_start"
  )
  private Integer heightStart;

  @Column(
      name = "reference_height",
      length = 300
  )
  private String referenceHeight;

  @Column(
      name = "price_visible",
      nullable = true
  )
  private Boolean priceVisible;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "product_ref_id",
      nullable = false
  )
  private Product2 product;
}
