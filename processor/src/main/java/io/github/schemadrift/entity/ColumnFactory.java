package io.github.schemadrift.entity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Builds one column from an attribute (or a collection element or key) the way Hibernate's schema
 * generation does: its name, nullability, length, precision and scale, and the Java type that
 * reaches the database after {@code @Convert}, {@code @Enumerated}, {@code @Lob} and
 * {@code @JdbcTypeCode}.
 */
final class ColumnFactory {

  private static final Pattern NOT_NULL = Pattern.compile("(?i)\\bnot\\s+null\\b");
  /** {@code SqlTypes.LONGVARCHAR}: Hibernate gives it {@code Length.LONG}, 32600. */
  private static final int LONGVARCHAR = -1;
  private static final int VARCHAR = 12;
  private static final int BINARY = -2;

  private final PhysicalNames names;
  private final AutoApplyConverters autoApply;
  private final TypePreferences preferences;

  ColumnFactory(PhysicalNames names) {
    this(names, AutoApplyConverters.NONE, TypePreferences.DEFAULTS);
  }

  ColumnFactory(PhysicalNames names, AutoApplyConverters autoApply, TypePreferences preferences) {
    this.names = names;
    this.autoApply = autoApply;
    this.preferences = preferences;
  }

  /** What to build a column from; callers fill what applies. */
  static final class Request {
    Element annotated;
    String path;
    String logicalName;
    TypeMirror valueType;
    AnnotationMirror column;
    boolean columnFromOverride;
    Site site;
    boolean idPart;
    boolean inEmbeddable;
    boolean singleTableSubclass;
    boolean alwaysNotNull;
    boolean typeAnnotations = true;
    Generation generation;
    /** The qualified Java type when there is no {@code TypeMirror} for it ({@code int} of an order column). */
    String fixedType;
  }

  private static final String[] NOT_NULL_CONSTRAINTS = {"NotNull", "NotBlank", "NotEmpty"};
  private static final String[] POSITIONED = {"nullable", "length", "name", "unique", "precision", "scale", "columnDefinition"};

  ColumnMapping basic(Request r) {
    AnnotationMirror column = r.column;
    String named = JpaAnnotations.stringOrNull(column, "name");
    String logical = named != null ? named : r.logicalName;
    PhysicalNames.Name name = names.physical(logical);
    Boolean declared = JpaAnnotations.booleanOrNull(column, "nullable");
    ColumnType type = r.fixedType != null ? ColumnType.of(r.fixedType)
        : r.typeAnnotations ? type(r.annotated, r.valueType, !r.idPart) : ColumnType.of(qualified(r.valueType));
    boolean primitive = r.valueType != null && r.valueType.getKind().isPrimitive();
    String definition = JpaAnnotations.stringOrNull(column, "columnDefinition");

    Set<NotNullEvidence> evidence = EnumSet.noneOf(NotNullEvidence.class);
    if (Boolean.FALSE.equals(declared)) {
      evidence.add(NotNullEvidence.DECLARED);
    }
    if (primitive && !r.inEmbeddable) {
      evidence.add(NotNullEvidence.PRIMITIVE);
    }
    if (r.idPart) {
      evidence.add(NotNullEvidence.ID);
    }
    if (r.alwaysNotNull) {
      evidence.add(NotNullEvidence.IMPLICIT);
    }
    Integer sizeMax = null;
    if (r.typeAnnotations) {
      AnnotationMirror basic = JpaAnnotations.findOrNull(r.annotated, JpaAnnotations.NAMESPACES, "Basic");
      if (Boolean.FALSE.equals(JpaAnnotations.booleanOrNull(basic, "optional"))) {
        evidence.add(NotNullEvidence.OPTIONAL_FALSE);
      }
      if (JpaAnnotations.has(r.annotated, "Version")) {
        evidence.add(NotNullEvidence.VERSION);
      }
      for (String bv : NOT_NULL_CONSTRAINTS) {
        if (JpaAnnotations.findOrNull(r.annotated, JpaAnnotations.VALIDATION, bv) != null) {
          evidence.add(NotNullEvidence.BEAN_VALIDATION);
        }
      }
      sizeMax = JpaAnnotations.intOrNull(JpaAnnotations.findOrNull(r.annotated, JpaAnnotations.VALIDATION, "Size"), "max");
    }
    boolean ddlNullable = ddlNullable(declared, evidence, definition, r.singleTableSubclass);

    Integer explicitLength = JpaAnnotations.intOrNull(column, "length");
    Integer length = explicitLength != null ? explicitLength : implicitLength(type, preferences.hibernate5());
    Integer[] precisionScale = precisionAndScale(column, type, preferences.hibernate5());
    Integer precision = precisionScale[0];
    Integer scale = precisionScale[1];
    boolean unique = Boolean.TRUE.equals(JpaAnnotations.booleanOrNull(column, "unique"));
    ColumnShape shape = new ColumnShape(
        length, explicitLength != null, precision, scale, definition, unique,
        !Boolean.FALSE.equals(JpaAnnotations.booleanOrNull(column, "insertable")),
        !Boolean.FALSE.equals(JpaAnnotations.booleanOrNull(column, "updatable")),
        sizeMax);
    return build(r, name, declared, primitive, ddlNullable, evidence, shape, type, null, column);
  }

  /**
   * The written precision and scale, else Hibernate's defaults for the type (BigDecimal, BigInteger, Duration).
   *
   * @param hibernate5 whether Hibernate 5's defaults apply: precision 19 (7: 38), and scale 2 for a
   *     BigInteger too (5.6 writes numeric(19,2) for one)
   */
  private static Integer[] precisionAndScale(AnnotationMirror column, ColumnType type, boolean hibernate5) {
    int defaultPrecision = hibernate5 ? 19 : 38;
    Integer precision = JpaAnnotations.intOrNull(column, "precision");
    precision = precision != null && precision > 0 ? precision : null;
    Integer scale = JpaAnnotations.intOrNull(column, "scale");
    scale = scale != null && scale > 0 ? scale : null;
    if ("java.math.BigDecimal".equals(type.databaseJavaType())) {
      scale = scale != null ? scale : precision != null ? 0 : 2;
      precision = precision != null ? precision : defaultPrecision;
    } else if ("java.math.BigInteger".equals(type.databaseJavaType())) {
      scale = scale != null ? scale : hibernate5 && precision == null ? 2 : 0;
      precision = precision != null ? precision : defaultPrecision;
    } else if ("java.time.Duration".equals(type.databaseJavaType()) && (type.jdbcTypeCode() == null || type.jdbcTypeCode() == 2)) {
      scale = scale != null ? scale : 0; // Hibernate 7 stores a Duration as nanoseconds in numeric(21,0)
      precision = precision != null ? precision : 21;
    }
    return new Integer[] {precision, scale};
  }

  ColumnMapping build(
      Request r, PhysicalNames.Name name, Boolean declared, boolean primitive, boolean ddlNullable,
      Set<NotNullEvidence> evidence, ColumnShape shape, ColumnType type, Relationship relationship,
      AnnotationMirror column) {
    Site site = r.site;
    Map<String, SourcePosition> positions = new HashMap<>();
    if (column != null) {
      for (String attribute : POSITIONED) {
        AnnotationValue v = JpaAnnotations.explicitOrNull(column, attribute);
        if (v != null) {
          positions.put(attribute, site.of(column, v, r.columnFromOverride));
        }
      }
    }
    if (r.generation != null && r.annotated != null) {
      JpaAnnotations.find(r.annotated, "GeneratedValue").ifPresent(g -> positions.put("strategy",
          JpaAnnotations.explicit(g, "strategy").map(v -> site.of(g, v, false)).orElseGet(() -> site.of(g, false))));
      JpaAnnotations.find(r.annotated, "SequenceGenerator").or(() -> JpaAnnotations.find(r.annotated, "TableGenerator"))
          .ifPresent(g -> positions.put("allocationSize",
              JpaAnnotations.explicit(g, "allocationSize").map(v -> site.of(g, v, false)).orElseGet(() -> site.of(g, false))));
    }
    SourcePosition columnPos = column != null ? site.of(column, r.columnFromOverride) : SourcePosition.of(site.anchor());
    SourcePosition nullablePos = positions.getOrDefault("nullable", columnPos);
    return new ColumnMapping(
        r.path, name.name(), name.quoted(), declared, primitive, r.idPart,
        r.valueType == null ? type.javaType() : JpaAnnotations.typeString(r.valueType),
        SourcePosition.of(site.anchor()), columnPos, nullablePos,
        ddlNullable, evidence, shape, type, r.generation, relationship, positions);
  }

  /** Hibernate's DDL nullability, without Bean Validation's influence. */
  static boolean ddlNullable(Boolean declared, Set<NotNullEvidence> evidence, String definition, boolean singleTableSubclass) {
    if (evidence.contains(NotNullEvidence.ID) || evidence.contains(NotNullEvidence.IMPLICIT)) {
      return false;
    }
    if (definition != null && NOT_NULL.matcher(definition).find()) {
      return false;
    }
    if (declared != null) {
      return declared;
    }
    if (singleTableSubclass) {
      return true;
    }
    return !(evidence.contains(NotNullEvidence.PRIMITIVE)
        || evidence.contains(NotNullEvidence.OPTIONAL_FALSE)
        || evidence.contains(NotNullEvidence.VERSION));
  }

  /** The attribute's type as it reaches the database. */
  ColumnType type(Element annotated, TypeMirror valueType) {
    return type(annotated, valueType, true);
  }

  /**
   * The attribute's type as it reaches the database.
   *
   * @param mayAutoApply false for identifier parts, which {@code @Converter(autoApply = true)}
   *     converters do not touch
   */
  ColumnType type(Element annotated, TypeMirror valueType, boolean mayAutoApply) {
    String javaType = qualified(valueType);
    String dbType = javaType;
    boolean lob = JpaAnnotations.has(annotated, "Lob");
    Integer jdbcTypeCode = JpaAnnotations.hibernate(annotated, "JdbcTypeCode")
        .flatMap(a -> JpaAnnotations.explicitInt(a, "value"))
        .or(() -> JpaAnnotations.hibernate(annotated, "Type").flatMap(t -> JpaAnnotations.explicitString(t, "type"))
            .map(name -> Hibernate5Types.code(name, preferences.postgres()))) // Hibernate 5's @Type(type = "...")
        .orElse(null);
    Optional<AnnotationMirror> convert = JpaAnnotations.find(annotated, "Convert");
    boolean disabled = convert.flatMap(c -> JpaAnnotations.explicitBoolean(c, "disableConversion")).orElse(false);
    Optional<TypeElement> converter = convert.filter(c -> !disabled)
        .flatMap(c -> JpaAnnotations.explicitClass(c, "converter"));
    Optional<AutoApplyConverters.Converter> autoApplied = converter.isPresent() || disabled || !mayAutoApply
        || JpaAnnotations.has(annotated, "Version") || JpaAnnotations.has(annotated, "Enumerated")
        || JpaAnnotations.has(annotated, "Temporal") || JpaAnnotations.has(annotated, "Id")
        ? Optional.empty() : autoApply.forType(valueType, javaType);
    if (autoApplied.isPresent()) {
      converter = Optional.of(autoApplied.get().type());
    }
    List<String> constants = List.of();
    ColumnType.EnumStorage storage = null;
    boolean enumValueField = false;
    if (autoApplied.isPresent()) {
      dbType = qualified(autoApplied.get().databaseType());
    } else if (converter.isPresent()) {
      for (String ns : JpaAnnotations.NAMESPACES) {
        Optional<TypeMirror> y = TypeBindings.supertypeArgument(converter.get(), ns + "AttributeConverter", 1);
        if (y.isPresent()) {
          dbType = qualified(y.get());
          break;
        }
      }
    } else if (TypeBindings.isEnum(valueType)) {
      TypeElement enumType = (TypeElement) ((DeclaredType) valueType).asElement();
      constants = enumType.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(e -> e.getSimpleName().toString())
          .toList();
      enumValueField = enumType.getEnclosedElements().stream()
          .anyMatch(e -> e.getKind() == ElementKind.FIELD && JpaAnnotations.has(e, "EnumeratedValue"));
      storage = JpaAnnotations.find(annotated, "Enumerated")
          .or(() -> JpaAnnotations.find(annotated, "MapKeyEnumerated"))
          .flatMap(e -> JpaAnnotations.explicitEnum(e, "value"))
          .map(ColumnType.EnumStorage::valueOf)
          .orElse(ColumnType.EnumStorage.ORDINAL);
      dbType = storage == ColumnType.EnumStorage.STRING ? "java.lang.String" : "java.lang.Integer";
    }
    if (jdbcTypeCode == null && converter.isEmpty() && storage == null && !lob) {
      jdbcTypeCode = preferences.codeFor(dbType); // hibernate.type.preferred_*_jdbc_type, timezone.default_storage
    }
    return new ColumnType(javaType, dbType, constants, storage, lob, jdbcTypeCode,
        converter.map(c -> c.getQualifiedName().toString()).orElse(null), enumValueField);
  }

  /**
   * JPA's implicit length where the database type has one: 255 for strings and binaries (and for a
   * {@code UUID} in Hibernate 5, which writes it as {@code binary(255)}).
   */
  static Integer implicitLength(ColumnType type, boolean hibernate5) {
    if (type.lob()) {
      return null;
    }
    if (type.jdbcTypeCode() != null) {
      int code = type.jdbcTypeCode();
      if ("java.util.UUID".equals(type.databaseJavaType()) && (code == 1 || code == VARCHAR)) {
        return 36; // a UUID as text: Hibernate sizes it char(36) or varchar(36)
      }
      if (hibernate5 && "java.util.UUID".equals(type.databaseJavaType()) && code == BINARY) {
        return 255; // 5.6's UUIDBinaryType: binary(255) by JPA's default length
      }
      return code == LONGVARCHAR ? Integer.valueOf(32600) : code == VARCHAR ? Integer.valueOf(255) : null;
    }
    return switch (type.databaseJavaType()) {
      case "java.lang.String", "byte[]", "java.lang.Byte[]", "char[]", "java.lang.Character[]" -> 255;
      case "char", "java.lang.Character" -> 1;
      default -> null;
    };
  }

  /** A type's qualified name without type arguments: {@code java.util.List}, {@code int}, {@code byte[]}. */
  static String qualified(TypeMirror type) {
    if (type == null) {
      return "java.lang.Object";
    }
    if (type instanceof DeclaredType declared) {
      return JpaAnnotations.qualifiedName((TypeElement) declared.asElement());
    }
    if (type instanceof ArrayType array) {
      return qualified(array.getComponentType()) + "[]";
    }
    if (type.getKind().isPrimitive()) {
      // not toString(): a type-use annotation prints with it ("@jakarta.validation.constraints.Min(0L) int", gap 3)
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return type.toString();
  }
}
