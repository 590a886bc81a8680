package io.github.schemadrift.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit-table rule on collections, secondary tables, joined subclasses, the validity strategy and modified flags. */
class AuditTableMoreTest {

  @TempDir Path dir;

  private static final String BASE = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n"
      + "CREATE TABLE Tag (id BIGINT PRIMARY KEY, name VARCHAR(255));\n"
      + "CREATE TABLE Tag_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, name VARCHAR(255),"
      + " PRIMARY KEY (REV, id));\n"
      + "CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(255));\n"
      + "CREATE TABLE posts_Tag (Post_id BIGINT NOT NULL, tags_id BIGINT NOT NULL, PRIMARY KEY (Post_id, tags_id));\n"
      + "CREATE TABLE posts_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, title VARCHAR(255),"
      + " PRIMARY KEY (REV, id));\n";

  private static final String POSTS_TAG_AUD = "CREATE TABLE posts_Tag_AUD (REV INTEGER NOT NULL, Post_id BIGINT NOT NULL,"
      + " tags_id BIGINT NOT NULL, REVTYPE SMALLINT, PRIMARY KEY (Post_id, REV, tags_id));\n";

  private static JavaFileObject tag() {
    return Fixtures.source("app.Tag",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited",
        "public class Tag {",
        "  @Id private Long id;",
        "  private String name;",
        "}");
  }

  private static JavaFileObject post(String tagsAnnotations) {
    return Fixtures.source("app.Post",
        "package app;",
        "import jakarta.persistence.*;",
        "import java.util.Set;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited @Table(name = \"posts\")",
        "public class Post {",
        "  @Id private Long id;",
        "  private String title;",
        "  " + tagsAnnotations + " @ManyToMany private Set<Tag> tags;",
        "}");
  }

  private Path db(String... files) {
    Map<String, String> migrations = new LinkedHashMap<>();
    for (int i = 0; i < files.length; i++) {
      migrations.put("V" + (i + 1) + "__m" + (i + 1) + ".sql", files[i]);
    }
    return Fixtures.migrations(dir.resolve("db"), migrations);
  }

  @Test
  void missingMiddleAuditTableIsAnErrorOnTheCollection() {
    JavaFileObject post = post("");
    Compilation c = Fixtures.compile(db(BASE), post, tag());
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:audit-table] audit table 'posts_Tag_AUD' of the audited collection 'tags' of"
            + " @Audited entity 'Post' does not exist after 1 migration, so every change of the collection fails; mark the"
            + " collection @NotAudited or add a migration: CREATE TABLE posts_Tag_AUD (Post_id bigint NOT NULL,"
            + " tags_id bigint NOT NULL, REV integer NOT NULL, REVTYPE smallint, PRIMARY KEY (Post_id, tags_id, REV))")
        .inFile(post)
        .onLineContaining("private Set<Tag> tags");
  }

  @Test
  void consistentMiddleTableAndNotAuditedCollectionAreClean() {
    assertThat(Fixtures.compile(db(BASE, POSTS_TAG_AUD), post(""), tag())).succeededWithoutWarnings();
    assertThat(Fixtures.compile(db(BASE), post("@NotAudited"), tag())).succeededWithoutWarnings();
  }

  @Test
  void auditJoinTableRenamesTheMiddleTable() {
    JavaFileObject post = post("@AuditJoinTable(name = \"post_tag_history\")");
    assertThat(Fixtures.compile(db(BASE, POSTS_TAG_AUD.replace("posts_Tag_AUD", "post_tag_history")), post, tag()))
        .succeededWithoutWarnings();
    Compilation c = Fixtures.compile(db(BASE, POSTS_TAG_AUD), post, tag());
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("audit table 'post_tag_history' of the audited collection 'tags'")
        .inFile(post).onLineContaining("@AuditJoinTable");
  }

  @Test
  void missingMiddleTableSuppressedOnTheField() {
    Compilation c = Fixtures.compile(db(BASE), post("@SuppressWarnings(\"schemadrift:audit-table\")"), tag());
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void secondaryTableNeedsItsAuditTable() {
    JavaFileObject source = Fixtures.source("app.Shop",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited",
        "@SecondaryTable(name = \"shop_details\")",
        "public class Shop {",
        "  @Id private Long id;",
        "  @Column(table = \"shop_details\") private String motto;",
        "}");
    String tables = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n"
        + "CREATE TABLE Shop (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE shop_details (id BIGINT PRIMARY KEY, motto VARCHAR(255));\n"
        + "CREATE TABLE Shop_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, PRIMARY KEY (REV, id));\n";
    Compilation c = Fixtures.compile(db(tables), source);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("[schemadrift:audit-table] audit table 'shop_details_AUD' of secondary table 'shop_details' of"
            + " @Audited entity 'Shop' does not exist after 1 migration, so every insert, update and delete of it fails;"
            + " add a migration: CREATE TABLE shop_details_AUD (motto varchar(255), id bigint NOT NULL, REV integer NOT NULL,"
            + " PRIMARY KEY (id, REV))")
        .inFile(source)
        .onLineContaining("@Entity @Audited");
    String secondaryAudit = "CREATE TABLE shop_details_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, motto VARCHAR(255),"
        + " PRIMARY KEY (REV, id));\n";
    assertThat(Fixtures.compile(db(tables, secondaryAudit), source)).succeededWithoutWarnings();
  }

  @Test
  void joinedSubclassNeedsItsOwnAuditTable() {
    JavaFileObject animal = Fixtures.source("app.Animal",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited @Inheritance(strategy = InheritanceType.JOINED)",
        "public class Animal {",
        "  @Id private Long id;",
        "}");
    JavaFileObject dog = Fixtures.source("app.Dog",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited",
        "public class Dog extends Animal {",
        "  private String breed;",
        "}");
    String tables = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n"
        + "CREATE TABLE Animal (id BIGINT PRIMARY KEY);\n"
        + "CREATE TABLE Dog (id BIGINT PRIMARY KEY REFERENCES Animal (id), breed VARCHAR(255));\n"
        + "CREATE TABLE Animal_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, PRIMARY KEY (REV, id));\n";
    Compilation c = Fixtures.compile(db(tables), animal, dog);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("audit table 'Dog_AUD' of @Audited entity 'Dog' does not exist after 1 migration, so every"
            + " insert, update and delete of it fails; add a migration: CREATE TABLE Dog_AUD (id bigint NOT NULL,"
            + " breed varchar(255), REV integer NOT NULL, PRIMARY KEY (id, REV))")
        .inFile(dog)
        .onLineContaining("@Entity @Audited");
  }

  @Test
  void validityStrategyAndModifiedFlagsAddColumns() {
    JavaFileObject tag = Fixtures.source("app.Tag",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @Audited",
        "public class Tag {",
        "  @Id private Long id;",
        "  @Audited(withModifiedFlag = true) private String name;",
        "}");
    String tables = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n"
        + "CREATE TABLE Tag (id BIGINT PRIMARY KEY, name VARCHAR(255));\n"
        + "CREATE TABLE Tag_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, name VARCHAR(255),"
        + " PRIMARY KEY (REV, id));\n";
    List<String> validity = List.of(
        "-Aschemadrift.hibernate.org.hibernate.envers.audit_strategy=org.hibernate.envers.strategy.ValidityAuditStrategy");
    Compilation c = Fixtures.compile(db(tables), validity, tag);
    assertThat(c).hadErrorCount(2);
    assertThat(c)
        .hadErrorContaining("[schemadrift:audit-table] column 'Tag_AUD.REVEND' for the validity strategy's revision end"
            + " column of @Audited entity 'Tag' does not exist in audit table 'Tag_AUD' (created at V1__m1.sql:4) or add a"
            + " migration: ALTER TABLE Tag_AUD ADD COLUMN REVEND integer")
        .inFile(tag)
        .onLineContaining("@Entity @Audited");
    assertThat(c)
        .hadErrorContaining("[schemadrift:audit-table] column 'Tag_AUD.name_MOD' for the modified flag of 'name' of @Audited"
            + " entity 'Tag' does not exist in audit table 'Tag_AUD' (created at V1__m1.sql:4) or add a migration:"
            + " ALTER TABLE Tag_AUD ADD COLUMN name_MOD boolean")
        .inFile(tag)
        .onLineContaining("private String name");
    String more = "ALTER TABLE Tag_AUD ADD COLUMN REVEND INTEGER;\nALTER TABLE Tag_AUD ADD COLUMN name_MOD BOOLEAN;\n";
    assertThat(Fixtures.compile(db(tables, more), validity, tag)).succeededWithoutWarnings();
  }

  @Test
  void notNullAuditedColumnIsAWarningUnlessDeletesStoreData() {
    JavaFileObject tag = tag();
    String tables = "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
      + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n"
        + "CREATE TABLE Tag (id BIGINT PRIMARY KEY, name VARCHAR(255));\n"
        + "CREATE TABLE Tag_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, name VARCHAR(255) NOT NULL,"
        + " PRIMARY KEY (REV, id));\n";
    Compilation c = Fixtures.compile(db(tables), tag);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining("[schemadrift:audit-table] column 'Tag_AUD.name' of the audited field 'name' is NOT NULL"
            + " (V1__m1.sql:4) but Hibernate Envers writes null into it in the audit row of every delete of @Audited entity"
            + " 'Tag', so those deletes fail; set org.hibernate.envers.store_data_at_delete=true or add a migration:"
            + " ALTER TABLE Tag_AUD ALTER COLUMN name DROP NOT NULL")
        .inFile(tag)
        .onLineContaining("private String name");
    assertThat(Fixtures.compile(db(tables),
        List.of("-Aschemadrift.hibernate.org.hibernate.envers.store_data_at_delete=true"), tag)).succeededWithoutWarnings();
  }

  @Test
  void revisionColumnsTakeTheRevisionEntityIdType() {
    JavaFileObject revision = Fixtures.source("app.Revision",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        "@Entity @RevisionEntity @Table(name = \"revisions\")",
        "public class Revision {",
        "  @Id @GeneratedValue @RevisionNumber private Long id;",
        "  @RevisionTimestamp private long stamp;",
        "}");
    String tables = "CREATE TABLE revisions (id BIGINT PRIMARY KEY, stamp BIGINT NOT NULL);\n"
        + "CREATE SEQUENCE revisions_SEQ START WITH 1 INCREMENT BY 50;\n"
        + "CREATE TABLE Tag (id BIGINT PRIMARY KEY, name VARCHAR(255));\n";
    JavaFileObject tag = tag();
    Compilation c = Fixtures.compile(db(tables), tag, revision);
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining("audit table 'Tag_AUD' of @Audited entity 'Tag' does not exist after 1 migration, so every"
            + " insert, update and delete of it fails; add a migration: CREATE TABLE Tag_AUD (id bigint NOT NULL,"
            + " name varchar(255), REV bigint NOT NULL, REVTYPE smallint, PRIMARY KEY (id, REV))")
        .inFile(tag)
        .onLineContaining("@Entity @Audited");
  }

  // ---- what numbers the revisions --------------------------------------------------------------

  private static final String TAG_ONLY = "CREATE TABLE Tag (id BIGINT PRIMARY KEY, name VARCHAR(255));\n"
      + "CREATE TABLE Tag_AUD (id BIGINT NOT NULL, REV INTEGER NOT NULL, REVTYPE SMALLINT, name VARCHAR(255),"
      + " PRIMARY KEY (REV, id));\n";

  private static JavaFileObject tag(String annotation) {
    return Fixtures.source("app.Tag",
        "package app;",
        "import jakarta.persistence.*;",
        "import org.hibernate.envers.*;",
        annotation,
        "@Entity @Audited",
        "public class Tag {",
        "  @Id private Long id;",
        "  private String name;",
        "}");
  }

  @Test
  void revisionsWithoutSequenceOnPostgresqlAreAnErrorOnAudited() {
    JavaFileObject tag = tag("");
    Compilation c = Fixtures.compile(db("CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n" + TAG_ONLY),
        List.of("-Aschemadrift.dialect=postgresql"), tag);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:audit-table] nothing numbers the revisions in 'REVINFO.REV'"
            + " (V1__m1.sql:1): no sequence 'REVINFO_SEQ' or 'hibernate_sequence', so the first"
            + " write of @Audited entity 'Tag' fails; Hibernate 7 uses the sequence 'REVINFO_SEQ' on this dialect; map the"
            + " revision table with your own @RevisionEntity or add a migration: CREATE SEQUENCE REVINFO_SEQ START WITH 1"
            + " INCREMENT BY 50")
        .inFile(tag).onLine(5);
  }

  @Test
  void revisionsWithoutIdentityOnH2AreAnError() {
    Compilation c = Fixtures.compile(db("CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n" + TAG_ONLY),
        List.of("-Aschemadrift.dialect=h2"), tag(""));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("Hibernate 7 uses an identity column on this dialect");
  }

  @Test
  void aSerialRevisionOnPostgresqlStillNeedsTheSequence() {
    Compilation c = Fixtures.compile(db("CREATE TABLE REVINFO (REV SERIAL PRIMARY KEY, REVTSTMP BIGINT);\n" + TAG_ONLY),
        List.of("-Aschemadrift.dialect=postgresql"), tag(""));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("Hibernate 7 uses the sequence 'REVINFO_SEQ' on this dialect");
  }

  @Test
  void anyNumberingHibernateUsesIsClean() {
    for (String revinfo : List.of(
        "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\nCREATE SEQUENCE hibernate_sequence;\n",
        "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
            + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n")) {
      assertThat(Fixtures.compile(db(revinfo + TAG_ONLY), List.of("-Aschemadrift.dialect=postgresql"), tag("")))
          .succeededWithoutWarnings();
    }
    for (String revinfo : List.of(
        "CREATE TABLE REVINFO (REV INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, REVTSTMP BIGINT);\n",
        "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
            + "CREATE SEQUENCE REVINFO_SEQ START WITH 1 INCREMENT BY 50;\n",
        "CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\nCREATE TABLE hibernate_sequence (next_val BIGINT);\n")) {
      assertThat(Fixtures.compile(db(revinfo + TAG_ONLY), List.of("-Aschemadrift.dialect=h2"), tag("")))
          .succeededWithoutWarnings();
    }
  }

  @Test
  void aRevisionSequenceSteppingByOneIsAnError() {
    Compilation c = Fixtures.compile(db("CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n"
            + "CREATE SEQUENCE REVINFO_SEQ;\n" + TAG_ONLY), List.of("-Aschemadrift.dialect=postgresql"), tag(""));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[schemadrift:audit-table] sequence 'REVINFO_SEQ' (V1__m1.sql:2) steps by 1 but"
        + " Hibernate Envers allocates 50 revision numbers at a time");
  }

  @Test
  void revisionNumberingIsSuppressedOnTheEntity() {
    Compilation c = Fixtures.compile(db("CREATE TABLE REVINFO (REV INTEGER PRIMARY KEY, REVTSTMP BIGINT);\n" + TAG_ONLY),
        List.of("-Aschemadrift.dialect=postgresql"), tag("@SuppressWarnings(\"schemadrift:audit-table\")"));
    assertThat(c).succeededWithoutWarnings();
  }
}
