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
    name = "payment_5"
)
public class Payment5 {
  @Id
  @GeneratedValue(
      strategy = GenerationType.IDENTITY
  )
  private Long id;

  @Column(
      name = "rating"
  )
  private Long rating;

  @Column(
      name = "height_code",
      nullable = true
  )
  private LocalDate heightCode;

  @Column(
      name = "status_code",
      nullable = false
  )
  private Integer statusCode;

  @Column(
      name = "notes_remark"
  )
  private Integer notesRemark;

  @Column(
      name = "external",
      nullable = false,
      length = 300
  )
  private String external;

  @Column(
      name = "title_source"
  )
  private LocalDateTime titleSource;

  @Column(
      name = "quota_region",
      nullable = false,
      length = 200
  )
  private String quotaRegion;

  @Column(
      name = "label_due",
      precision = 19,
      scale = 4
  )
  private BigDecimal labelDue;
}
