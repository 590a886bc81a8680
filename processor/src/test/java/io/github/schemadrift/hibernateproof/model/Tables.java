package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Table naming and the basic types: no {@code @Table}, {@code @Entity(name)}, quoting, constraints. */
@Entity
class PlainEntity {
  @Id Long id;
  String name;
  int count;
  boolean active;
  Integer optionalNumber;
  BigDecimal amount;
  BigInteger bigNumber;
  LocalDate localDate;
  LocalDateTime localDateTime;
  Instant createdAt;
  UUID reference;
  byte[] data;
  Character initial;
  char letter;
  double ratio;
  Float smallRatio;
  long total;
  short shortValue;
  Byte byteValue;
  String camelCaseName;
  String already_snake;
}

@Entity(name = "RenamedEntity")
class EntityNameDefault {
  @Id Long id;
  String label;
}

@Entity(name = "IgnoredName")
@Table(name = "explicit_table")
class ExplicitTable {
  @Id Long id;
  @Column(name = "explicit_col") String value;
}

@Entity
@Table(name = "\"Quoted Table\"")
class QuotedTable {
  @Id Long id;
  @Column(name = "\"Order\"") String order;
  @Column(name = "\"mixedCase\"", nullable = false) String mixed;
}

@Entity
@Table(name = "`backtick_table`")
class BacktickTable {
  @Id Long id;
  @Column(name = "`select`") String select;
}

@Entity
@Table(
    name = "constrained",
    uniqueConstraints = @UniqueConstraint(name = "uk_constrained_code", columnNames = {"code", "region"}),
    indexes = @Index(name = "idx_constrained_region", columnList = "region"))
class ConstrainedTable {
  @Id Long id;
  String code;
  String region;
}

@Entity
@Table(name = "schema_table", schema = "inventory")
class SchemaTable {
  @Id Long id;
  String item;
}

@Entity
@Table(name = "main_part")
@SecondaryTable(name = "extra_part")
class WithSecondaryTable {
  @Id Long id;
  String main;
  @Column(table = "extra_part") String extra;
  @Column(table = "extra_part", nullable = false, length = 40) String extraRequired;
}

@Entity
@Table(name = "main_part2")
@SecondaryTables(
    @SecondaryTable(name = "detail_part", pkJoinColumns = @PrimaryKeyJoinColumn(name = "main_id")))
class WithSecondaryTablePk {
  @Id @Column(name = "pk") Long id;
  @Column(table = "detail_part", name = "detail_text") String detail;
}
