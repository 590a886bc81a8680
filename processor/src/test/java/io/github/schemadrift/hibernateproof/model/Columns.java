package io.github.schemadrift.hibernateproof.model;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

enum Colour {
  RED,
  GREEN,
  BLUE
}

/** Every {@code @Column} attribute. */
@Entity
class ColumnAttributes {
  @Id Long id;
  @Column(name = "full_name", nullable = false, length = 120) String fullName;
  @Column(unique = true) String email;
  @Column(length = 20) String shortCode;
  @Column(precision = 10, scale = 3) BigDecimal price;
  @Column(precision = 12) BigDecimal rounded;
  @Column(columnDefinition = "varchar(64) not null") String defined;
  @Column(insertable = false, updatable = false) String readOnly;
  @Column(nullable = true) int primitiveButNullable;
  @Column(nullable = false) Long requiredNumber;
}

/** {@code @Basic}, {@code @Lob}, {@code @Enumerated}, {@code @Temporal}, {@code @Version}. */
@Entity
class BasicVariants {
  @Id Long id;
  @Basic(optional = false) String requiredBasic;
  @Basic String plainBasic;
  @Lob String longText;
  @Lob byte[] blob;
  @Enumerated(EnumType.STRING) Colour stringColour;
  @Enumerated(EnumType.ORDINAL) Colour ordinalColour;
  Colour defaultColour;
  @Enumerated(EnumType.STRING) @Column(length = 10, nullable = false) Colour shortColour;
  @Temporal(TemporalType.TIMESTAMP) Date legacyTimestamp;
  @Temporal(TemporalType.DATE) Date legacyDate;
  @Version int version;
}

@Entity
class VersionedWrapper {
  @Id Long id;
  @Version Long version;
}

/** A converter whose database-side type differs from the attribute's. */
@Converter
class TagsConverter implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> tags) {
    return tags == null ? null : String.join(",", tags);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null ? null : List.of(column.split(","));
  }
}

abstract class NumberConverterBase<X> implements AttributeConverter<X, Integer> {}

@Converter
class ColourCodeConverter extends NumberConverterBase<Colour> {
  @Override
  public Integer convertToDatabaseColumn(Colour colour) {
    return colour == null ? null : colour.ordinal();
  }

  @Override
  public Colour convertToEntityAttribute(Integer code) {
    return code == null ? null : Colour.values()[code];
  }
}

@Entity
class ConvertedColumns {
  @Id Long id;

  @Convert(converter = TagsConverter.class)
  List<String> tags;

  @Convert(converter = TagsConverter.class)
  @Column(length = 500, nullable = false)
  List<String> longTags;

  @Convert(converter = ColourCodeConverter.class)
  Colour colourCode;
}
