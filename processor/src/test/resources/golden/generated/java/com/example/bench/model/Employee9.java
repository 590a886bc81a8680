package com.example.bench.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Employee9 extends AuditedEntity {
  @Enumerated(EnumType.STRING)
  @Column(
      name = "notes_archived",
      nullable = false,
      length = 32
  )
  private Priority notesArchived;

  @Column(
      name = "notes",
      nullable = true,
      length = 100
  )
  private String notes;

  @Column(
      name = "code_tax"
  )
  private Boolean codeTax;

  @Column(
      name = "discount_label",
      nullable = false,
      length = 300
  )
  private String discountLabel;

  @Column(
      name = "visible"
  )
  private LocalDate visible;

  @Enumerated(EnumType.STRING)
  @Column(
      name = "region_title",
      length = 32
  )
  private Priority regionTitle;

  @Column(
      name = "due_height",
      nullable = false
  )
  private LocalDate dueHeight;

  @Column(
      name = "category",
      length = 150
  )
  private String category;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "order_ref_id",
      nullable = false
  )
  private Order6 order;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "payment_1_ref_id"
  )
  private Payment5 payment1;

  @ManyToOne(
      fetch = FetchType.LAZY
  )
  @JoinColumn(
      name = "payment_2_ref_id",
      nullable = false
  )
  private Payment5 payment2;
}
