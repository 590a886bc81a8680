package io.github.schemadrift.entity;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The extraction layer on its own: value objects out of small entities. */
class EntityReaderTest {

  /** Reads every entity of the first round; keeps the models (and the elements they point at). */
  static final class Capture extends AbstractProcessor {
    final NamingStrategy naming;
    final boolean quoteAll;
    final List<EntityModel> models = new ArrayList<>();

    Capture(NamingStrategy naming) {
      this(naming, false);
    }

    Capture(NamingStrategy naming, boolean quoteAll) {
      this.naming = naming;
      this.quoteAll = quoteAll;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("jakarta.persistence.Entity", "javax.persistence.Entity");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      List<TypeElement> entities = new ArrayList<>();
      annotations.forEach(a -> round.getElementsAnnotatedWith(a).forEach(e -> entities.add((TypeElement) e)));
      EntityReader reader = new EntityReader(naming, quoteAll, entities);
      entities.forEach(e -> models.add(reader.read(e)));
      return false;
    }
  }

  private static EntityModel read(NamingStrategy naming, String name, String... lines) {
    Capture capture = new Capture(naming);
    JavaFileObject source = JavaFileObjects.forSourceLines(name, lines);
    Compilation c = javac().withProcessors(capture).compile(source);
    assertThat(c.errors()).isEmpty();
    return capture.models.stream().filter(m -> m.qualifiedName().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, ColumnMapping> byName(List<ColumnMapping> columns) {
    return columns.stream().collect(Collectors.toMap(ColumnMapping::columnName, Function.identity()));
  }

  @Test
  void supertypesFromClassFilesAreRead() {
    // NamedBase and BaseEntity are compiled test classes: javac sees them as class files only
    EntityModel model = read(NamingStrategy.JPA, "io.github.schemadrift.hibernateproof.model.JarChild",
        "package io.github.schemadrift.hibernateproof.model;",
        "@jakarta.persistence.Entity",
        "class JarChild extends NamedBase<Long> {",
        "  String extra;",
        "}");
    Map<String, ColumnMapping> columns = byName(model.columns());
    assertThat(columns.keySet()).containsExactlyInAnyOrder("id", "createdBy", "name", "extra");
    assertThat(columns.get("id").type().javaType()).isEqualTo("java.lang.Long");
    assertThat(columns.get("id").ddlNullable()).isFalse();
    assertThat(columns.get("createdBy").declaredNullable()).isFalse();
    assertThat(columns.get("name").shape().length()).isEqualTo(100);
    assertThat(columns.get("name").shape().lengthExplicit()).isTrue();
    assertThat(columns.get("extra").shape().length()).isEqualTo(255);
    assertThat(columns.get("extra").shape().lengthExplicit()).isFalse();
    // inherited attributes point at the entity being checked, not into the superclass
    Element anchor = columns.get("createdBy").nullableValue().element();
    assertThat(anchor.getKind()).isEqualTo(ElementKind.CLASS);
    assertThat(anchor.getSimpleName().toString()).isEqualTo("JarChild");
    assertThat(columns.get("extra").nullableValue().element().getKind()).isEqualTo(ElementKind.FIELD);
  }

  @Test
  void embeddedAttributesHaveDottedPathsAndPointAtTheEmbeddingField() {
    EntityModel model = read(NamingStrategy.SPRING, "app.Shop",
        "package app;",
        "import jakarta.persistence.*;",
        "@Embeddable class Place { @Column(nullable = false, length = 80) String streetName; String city; }",
        "@Entity public class Shop {",
        "  @Id Long id;",
        "  Place place;",
        "  @AttributeOverride(name = \"city\", column = @Column(name = \"town\", nullable = false))",
        "  @AttributeOverride(name = \"streetName\", column = @Column(name = \"other_street\"))",
        "  @Embedded Place other;",
        "}");
    Map<String, ColumnMapping> columns = byName(model.columns());
    assertThat(model.tableName()).isEqualTo("shop");
    ColumnMapping street = columns.get("street_name");
    assertThat(street.attributePath()).isEqualTo("place.streetName");
    assertThat(street.shape().length()).isEqualTo(80);
    assertThat(street.nullableValue().element().getSimpleName().toString()).isEqualTo("place");
    ColumnMapping town = columns.get("town");
    assertThat(town.attributePath()).isEqualTo("other.city");
    assertThat(town.declaredNullable()).isFalse();
    assertThat(town.nullableValue().element().getSimpleName().toString()).isEqualTo("other");
    assertThat(town.nullableValue().annotation().getAnnotationType().toString()).isEqualTo("jakarta.persistence.AttributeOverrides");
    // the override replaces the whole @Column: its nullable = false is gone
    assertThat(columns.get("other_street").declaredNullable()).isNull();
    assertThat(columns.get("other_street").shape().length()).isEqualTo(255);
  }

  @Test
  void tableGenerationKeepsItsSegmentAndAutoNamingATableGeneratorIsTable() {
    EntityModel implicit = read(NamingStrategy.JPA, "app.Item", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Item { @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id; }");
    assertThat(byName(implicit.columns()).get("id").generation())
        .isEqualTo(new Generation("TABLE", null, null, "hibernate_sequences", 50, 0, true, null, null, Generation.DEFAULT_SEGMENT));
    EntityModel named = read(NamingStrategy.JPA, "app.Item", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Item { @Id @GeneratedValue(generator = \"g\")",
        "  @TableGenerator(name = \"g\", table = \"id_gen\", pkColumnValue = \"item\", allocationSize = 10) Long id; }");
    assertThat(byName(named.columns()).get("id").generation())
        .isEqualTo(new Generation("TABLE", "g", null, "id_gen", 10, 0, true, null, null, "item"));
    EntityModel unnamedSegment = read(NamingStrategy.JPA, "app.Item", "package app;", "import jakarta.persistence.*;",
        "@Entity public class Item { @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"g\")",
        "  @TableGenerator(name = \"g\") Long id; }");
    assertThat(byName(unnamedSegment.columns()).get("id").generation().segmentValue()).as("the entity's table, Hibernate's default").isNull();
  }

  @Test
  void typesAfterConversionEnumsGenerationAndRelationships() {
    EntityModel model = read(NamingStrategy.JPA, "app.Ticket",
        "package app;",
        "import jakarta.persistence.*;",
        "enum Level { LOW, HIGH }",
        "class Flag implements AttributeConverter<Boolean, String> {",
        "  public String convertToDatabaseColumn(Boolean b) { return b ? \"Y\" : \"N\"; }",
        "  public Boolean convertToEntityAttribute(String s) { return \"Y\".equals(s); }",
        "}",
        "@Entity class Queue { @Id @Column(name = \"queue_code\", length = 12) String code; }",
        "@Entity public class Ticket {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"t\")",
        "  @SequenceGenerator(name = \"t\", sequenceName = \"ticket_seq\", allocationSize = 5) Long id;",
        "  @Enumerated(EnumType.STRING) Level level;",
        "  @Convert(converter = Flag.class) Boolean urgent;",
        "  @ManyToOne(optional = false) Queue queue;",
        "  @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 30) String title;",
        "  @Version int version;",
        "}");
    Map<String, ColumnMapping> columns = byName(model.columns());
    Generation generation = columns.get("id").generation();
    assertThat(generation).isEqualTo(new Generation("SEQUENCE", "t", "ticket_seq", null, 5, 1));
    assertThat(columns.get("id").position("allocationSize")).isNotNull();
    ColumnMapping level = columns.get("level");
    assertThat(level.type().enumConstants()).containsExactly("LOW", "HIGH");
    assertThat(level.type().enumStorage()).isEqualTo(ColumnType.EnumStorage.STRING);
    assertThat(level.type().databaseJavaType()).isEqualTo("java.lang.String");
    assertThat(columns.get("urgent").type().databaseJavaType()).isEqualTo("java.lang.String");
    assertThat(columns.get("urgent").type().converter()).isEqualTo("app.Flag");
    ColumnMapping queue = columns.get("queue_queue_code");
    assertThat(queue.relationship()).isEqualTo(new Relationship("app.Queue", "Queue", "queue_code", false));
    assertThat(queue.shape().length()).isEqualTo(12);
    assertThat(queue.ddlNullable()).isFalse();
    assertThat(queue.notNullEvidence()).containsExactly(NotNullEvidence.OPTIONAL_FALSE);
    ColumnMapping title = columns.get("title");
    assertThat(title.ddlNullable()).isTrue();
    assertThat(title.notNullEvidence()).containsExactly(NotNullEvidence.BEAN_VALIDATION);
    assertThat(title.shape().validationMaxLength()).isEqualTo(30);
    assertThat(columns.get("version").notNullEvidence()).contains(NotNullEvidence.VERSION, NotNullEvidence.PRIMITIVE);
  }

  @Test
  void joinAndCollectionTablesAreSeparateTableMappings() {
    EntityModel model = read(NamingStrategy.JPA, "app.Author",
        "package app;",
        "import jakarta.persistence.*;",
        "import java.util.*;",
        "@Entity class Book { @Id Long id; }",
        "@Entity public class Author {",
        "  @Id Long id;",
        "  @ManyToMany Set<Book> books;",
        "  @ElementCollection @OrderColumn List<String> aliases;",
        "}");
    assertThat(model.tables()).extracting(TableMapping::name, TableMapping::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Author", TableMapping.Kind.PRIMARY),
        org.assertj.core.groups.Tuple.tuple("Author_Book", TableMapping.Kind.JOIN),
        org.assertj.core.groups.Tuple.tuple("Author_aliases", TableMapping.Kind.COLLECTION));
    assertThat(byName(model.tables().get(1).columns()).keySet()).containsExactlyInAnyOrder("Author_id", "books_id");
    assertThat(byName(model.tables().get(2).columns()).keySet()).containsExactlyInAnyOrder("Author_id", "aliases", "aliases_ORDER");
  }

  @Test
  void quotedNamesAndGloballyQuotedIdentifiers() {
    String[] source = {
      "package app;",
      "import jakarta.persistence.*;",
      "@Entity @Table(name = \"`user`\") public class User {",
      "  @Id Long id;",
      "  @Column(name = \"\\\"firstName\\\"\") String firstName;",
      "  String lastName;",
      "}"
    };
    EntityModel plain = read(NamingStrategy.SPRING, "app.User", source);
    assertThat(plain.tableName()).isEqualTo("user");
    assertThat(plain.tableQuoted()).isTrue();
    Map<String, ColumnMapping> columns = byName(plain.columns());
    assertThat(columns.get("first_name").quoted()).isTrue(); // Spring lower-cases quoted names too
    assertThat(columns.get("last_name").quoted()).isFalse();

    Capture capture = new Capture(NamingStrategy.JPA, true);
    javac().withProcessors(capture).compile(JavaFileObjects.forSourceLines("app.User", source));
    Map<String, ColumnMapping> quoted = byName(capture.models.get(0).columns());
    assertThat(quoted.get("lastName").quoted()).isTrue();
    assertThat(quoted.get("id").quoted()).isTrue();
  }

  @Test
  void subselectEntitiesMapNoTable() {
    EntityModel model = read(NamingStrategy.JPA, "app.Report",
        "package app;",
        "@jakarta.persistence.Entity @org.hibernate.annotations.Subselect(\"select 1 as id\")",
        "public class Report { @jakarta.persistence.Id Long id; }");
    assertThat(model.mapsTable()).isFalse();
  }

  @Test
  void mapsIdIntoAnEmbeddedIdReplacesThatAttributesColumnWithTheJoinColumn() {
    EntityModel model = read(NamingStrategy.JPA, "app.LineItem",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity class Purchase { @Id @Column(name = \"purchase_no\") Long id; }",
        "@Embeddable class LineKey implements java.io.Serializable { Long purchaseId; @Column(name = \"line_no\") int line; }",
        "@Entity public class LineItem {",
        "  @EmbeddedId LineKey key;",
        "  @MapsId(\"purchaseId\") @ManyToOne @JoinColumn(name = \"purchase_ref\") Purchase purchase;",
        "  int quantity;",
        "}");
    Map<String, ColumnMapping> columns = byName(model.columns());
    assertThat(columns.keySet()).containsExactlyInAnyOrder("line_no", "purchase_ref", "quantity");
    ColumnMapping join = columns.get("purchase_ref");
    assertThat(join.id()).isTrue();
    assertThat(join.ddlNullable()).isFalse();
    assertThat(join.relationship().referencedColumn()).isEqualTo("purchase_no");
    assertThat(columns.get("line_no").id()).isTrue();
  }

  @Test
  void mapsIdNamingAnotherAttributeLeavesTheEmbeddedIdsColumns() {
    EntityModel model = read(NamingStrategy.JPA, "app.LineItem",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity class Purchase { @Id Long id; }",
        "@Embeddable class LineKey implements java.io.Serializable { Long purchaseId; int line; }",
        "@Entity public class LineItem {",
        "  @EmbeddedId LineKey key;",
        "  @ManyToOne Purchase purchase;",
        "}");
    assertThat(byName(model.columns()).keySet()).containsExactlyInAnyOrder("purchaseId", "line", "purchase_id");
  }

  @Test
  void uniqueKeysOfTheTableAndTheNaturalId() {
    EntityModel model = read(NamingStrategy.SPRING, "app.Book",
        "package app;",
        "import jakarta.persistence.*;",
        "@Entity @Table(uniqueConstraints = {@UniqueConstraint(name = \"uk_t\", columnNames = {\"title\", \"shelfCode\"}),",
        "    @UniqueConstraint(columnNames = \"isbn\")})",
        "public class Book {",
        "  @Id Long id;",
        "  String title; String shelfCode; String isbn;",
        "  @org.hibernate.annotations.NaturalId String publisherCode;",
        "  @org.hibernate.annotations.NaturalId int edition;",
        "  String notNatural;",
        "}");
    List<UniqueKey> keys = model.tables().get(0).uniqueKeys();
    assertThat(keys).extracting(UniqueKey::columns).containsExactly(
        List.of("title", "shelf_code"), List.of("isbn"), List.of("publisher_code", "edition"));
    assertThat(keys).extracting(UniqueKey::origin).containsExactly(
        UniqueKey.UNIQUE_CONSTRAINT, UniqueKey.UNIQUE_CONSTRAINT, UniqueKey.NATURAL_ID);
    assertThat(keys.get(0).name()).isEqualTo("uk_t");
    assertThat(keys.get(2).position().annotation().getAnnotationType().toString()).isEqualTo("org.hibernate.annotations.NaturalId");
  }
}
