package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.DynamicInsert;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

@Entity
@DynamicInsert
class HibernateExtras {
  @Id Long id;
  @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> payload;
  @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false) String jsonText;
  @Formula("id * 2") Long doubled;
  @ColumnDefault("0") Integer counter;
  @ColumnDefault("'new'") @Column(nullable = false, length = 16) String state;
  @Generated @Column(insertable = false, updatable = false) Integer generatedValue;
  @CreationTimestamp Instant createdOn;
  @UpdateTimestamp Instant updatedOn;
  @NaturalId @Column(length = 64) String slug;
  @JdbcTypeCode(SqlTypes.LONGVARCHAR) String longVarchar;
}

@Entity
@Immutable
class ImmutableRow {
  @Id Long id;
  String frozen;
}

@Entity
@Subselect("select id, maker as name from vehicles")  // a table named alike under both naming strategies
@Synchronize("vehicles")
class PlainEntitySummary {
  @Id Long id;
  String name;
}

@Entity
class Validated {
  @Id Long id;
  @NotNull String required;
  @NotBlank String notBlank;
  @NotEmpty String notEmpty;
  @Size(max = 40) String sized;
  @NotNull @Size(max = 10) @Column(length = 10, nullable = false) String bounded;
}

/** Relationship through a mapped superclass in the middle of the hierarchy. */
@MappedSuperclass
abstract class Owned {
  @ManyToOne(optional = false) @JoinColumn(name = "owner_id") Customer owner;
}

@Entity
class OwnedThing extends Owned {
  @Id Long id;
  String thing;
}
