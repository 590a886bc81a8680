package io.github.schemadrift.bench;

import static io.github.schemadrift.bench.ProjectGenerator.ENUMS;
import static io.github.schemadrift.bench.ProjectGenerator.ENUM_VALUES;
import static io.github.schemadrift.bench.ProjectGenerator.PACKAGE;
import static io.github.schemadrift.bench.ProjectGenerator.capitalize;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schemadrift.bench.ProjectGenerator.Col;
import io.github.schemadrift.bench.ProjectGenerator.Entity;
import io.github.schemadrift.bench.ProjectGenerator.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/** The generated project's Java sources, written with JavaPoet: the entities and their support types. */
final class EntitySources {

  private static final String JPA = "jakarta.persistence";

  private EntitySources() {}

  private static ClassName jpa(String simple) {
    return ClassName.get(JPA, simple);
  }

  static void writeSupportTypes(Path java) throws IOException {
    for (String name : ENUMS) {
      TypeSpec.Builder en = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
      ENUM_VALUES.get(name).forEach(en::addEnumConstant);
      JavaFile.builder(PACKAGE, en.build()).build().writeTo(java);
    }
    TypeSpec audited =
        TypeSpec.classBuilder("AuditedEntity")
            .addJavadoc("Columns every audited table has: id, created_at, updated_at, version.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addAnnotation(jpa("MappedSuperclass"))
            .addField(
                FieldSpec.builder(Long.class, "id", Modifier.PROTECTED)
                    .addAnnotation(jpa("Id"))
                    .addAnnotation(identity())
                    .build())
            .addField(
                FieldSpec.builder(ClassName.get("java.time", "LocalDateTime"), "createdAt", Modifier.PROTECTED)
                    .addAnnotation(column("created_at", false, true, 0, false))
                    .build())
            .addField(
                FieldSpec.builder(ClassName.get("java.time", "LocalDateTime"), "updatedAt", Modifier.PROTECTED)
                    .addAnnotation(column("updated_at", false, false, 0, false))
                    .build())
            .addField(
                FieldSpec.builder(TypeName.LONG, "version", Modifier.PROTECTED)
                    .addAnnotation(jpa("Version"))
                    .build())
            .build();
    JavaFile.builder(PACKAGE, audited).build().writeTo(java);
    TypeSpec address =
        TypeSpec.classBuilder("Address")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(jpa("Embeddable"))
            .addField(FieldSpec.builder(String.class, "street", Modifier.PRIVATE).addAnnotation(column("street", false, false, 200, false)).build())
            .addField(FieldSpec.builder(String.class, "city", Modifier.PRIVATE).addAnnotation(column("city", false, false, 100, false)).build())
            .addField(FieldSpec.builder(String.class, "postalCode", Modifier.PRIVATE).addAnnotation(column("postal_code", false, false, 20, false)).build())
            .build();
    JavaFile.builder(PACKAGE, address).build().writeTo(java);
  }

  private static AnnotationSpec identity() {
    return AnnotationSpec.builder(jpa("GeneratedValue"))
        .addMember("strategy", "$T.IDENTITY", jpa("GenerationType"))
        .build();
  }

  private static AnnotationSpec column(String name, boolean implicitName, boolean notNull, int length, boolean explicitNullableTrue) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(jpa("Column"));
    if (!implicitName) {
      b.addMember("name", "$S", name);
    }
    if (notNull) {
      b.addMember("nullable", "false");
    } else if (explicitNullableTrue) {
      b.addMember("nullable", "true");
    }
    if (length > 0 && length != 255) {
      b.addMember("length", "$L", length);
    }
    return b.build();
  }

  static JavaFile entityFile(Entity e) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(e.className)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(jpa("Entity"));
    String table = e.tableOverride != null ? e.tableOverride : e.table;
    if (e.explicitTable || e.tableOverride != null) {
      type.addAnnotation(AnnotationSpec.builder(jpa("Table")).addMember("name", "$S", table).build());
    }
    if (e.audited) {
      type.superclass(ClassName.get(PACKAGE, "AuditedEntity"));
    } else {
      FieldSpec.Builder id = FieldSpec.builder(Long.class, "id", Modifier.PRIVATE).addAnnotation(jpa("Id")).addAnnotation(identity());
      if (!e.idColumn.equals("id")) {
        id.addAnnotation(AnnotationSpec.builder(jpa("Column")).addMember("name", "$S", e.idColumn).build());
      }
      type.addField(id.build());
    }
    for (Col c : e.cols) {
      type.addField(field(c));
    }
    if (e.hasAddress) {
      type.addField(FieldSpec.builder(ClassName.get(PACKAGE, "Address"), "address", Modifier.PRIVATE).addAnnotation(jpa("Embedded")).build());
    }
    return JavaFile.builder(PACKAGE, type.build()).skipJavaLangImports(true).build();
  }

  private static FieldSpec field(Col c) {
    if (c.target != null) {
      FieldSpec.Builder f =
          FieldSpec.builder(ClassName.get(PACKAGE, c.target.className), c.field, Modifier.PRIVATE)
              .addAnnotation(
                  AnnotationSpec.builder(jpa("ManyToOne"))
                      .addMember("fetch", "$T.LAZY", jpa("FetchType"))
                      .build());
      if (!c.implicitJoinColumn) {
        AnnotationSpec.Builder join = AnnotationSpec.builder(jpa("JoinColumn")).addMember("name", "$S", c.javaColumn);
        if (c.javaNotNull) {
          join.addMember("nullable", "false");
        }
        f.addAnnotation(join.build());
      }
      return f.build();
    }
    FieldSpec.Builder f = FieldSpec.builder(javaType(c), c.field, Modifier.PRIVATE);
    if (c.kind == Kind.ENUM) {
      f.addAnnotation(AnnotationSpec.builder(jpa("Enumerated")).addMember("value", "$T.STRING", jpa("EnumType")).build());
    }
    boolean needsColumn = !c.implicitName || c.javaNotNull || c.explicitNullableTrue || c.kind == Kind.STRING || c.kind == Kind.DECIMAL;
    if (needsColumn) {
      AnnotationSpec.Builder b = AnnotationSpec.builder(jpa("Column"));
      if (!c.implicitName) {
        b.addMember("name", "$S", c.javaColumn);
      }
      if (c.javaNotNull) {
        b.addMember("nullable", "false");
      } else if (c.explicitNullableTrue) {
        b.addMember("nullable", "true");
      }
      if (c.kind == Kind.STRING || c.kind == Kind.ENUM) {
        b.addMember("length", "$L", c.kind == Kind.ENUM ? 32 : c.length);
      }
      if (c.kind == Kind.DECIMAL) {
        b.addMember("precision", "$L", 19).addMember("scale", "$L", 4);
      }
      f.addAnnotation(b.build());
    }
    return f.build();
  }

  private static TypeName javaType(Col c) {
    return switch (c.kind) {
      case STRING -> ClassName.get(String.class);
      case LONG -> c.primitive ? TypeName.LONG : ClassName.get(Long.class);
      case INT -> c.primitive ? TypeName.INT : ClassName.get(Integer.class);
      case BOOL -> c.primitive ? TypeName.BOOLEAN : ClassName.get(Boolean.class);
      case DECIMAL -> ClassName.get("java.math", "BigDecimal");
      case DATE -> ClassName.get("java.time", "LocalDate");
      case TIMESTAMP -> ClassName.get("java.time", "LocalDateTime");
      case ENUM -> ClassName.get(PACKAGE, c.enumType);
    };
  }
}
