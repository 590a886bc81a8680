package io.github.schemadrift.rules;

import static io.github.schemadrift.rules.SqlTypeFamily.BIGINT;
import static io.github.schemadrift.rules.SqlTypeFamily.BINARY;
import static io.github.schemadrift.rules.SqlTypeFamily.BLOB;
import static io.github.schemadrift.rules.SqlTypeFamily.BOOLEAN;
import static io.github.schemadrift.rules.SqlTypeFamily.CHAR;
import static io.github.schemadrift.rules.SqlTypeFamily.CLOB;
import static io.github.schemadrift.rules.SqlTypeFamily.DECIMAL;
import static io.github.schemadrift.rules.SqlTypeFamily.DOUBLE;
import static io.github.schemadrift.rules.SqlTypeFamily.INTEGER;
import static io.github.schemadrift.rules.SqlTypeFamily.INTERVAL;
import static io.github.schemadrift.rules.SqlTypeFamily.JSON;
import static io.github.schemadrift.rules.SqlTypeFamily.LONGTEXT;
import static io.github.schemadrift.rules.SqlTypeFamily.REAL;
import static io.github.schemadrift.rules.SqlTypeFamily.SMALLINT;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP;
import static io.github.schemadrift.rules.SqlTypeFamily.TIMESTAMP_TZ;
import static io.github.schemadrift.rules.SqlTypeFamily.TINYINT;
import static io.github.schemadrift.rules.SqlTypeFamily.UUID;
import static io.github.schemadrift.rules.SqlTypeFamily.VARBINARY;
import static io.github.schemadrift.rules.SqlTypeFamily.VARCHAR;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.rules.JavaTypeMapping.Expected;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code type} rule's expectations on the dialects no test runs Hibernate's validate against
 * (Oracle, SQL Server): the families that hold the values, looser than validate where the
 * dialect's own mapping is not proven. Oracle's validate, for one, accepts any {@code number}
 * column under any numeric attribute (it compares the type names), so a narrower number stays a
 * warning there, as it was before issue 16. Staying lenient where nothing is proven keeps false
 * errors out.
 */
final class UntestedDialectTypes {

  private UntestedDialectTypes() {}

  private static final Set<SqlTypeFamily> TEXT = EnumSet.of(VARCHAR, LONGTEXT, CLOB);
  private static final Set<SqlTypeFamily> BINARIES = EnumSet.of(VARBINARY, BINARY, BLOB);

  /** Widens a tested expectation to the families these dialects were judged by before. */
  static Expected widen(String javaType, Expected strict) {
    Set<SqlTypeFamily> exact = EnumSet.copyOf(strict.exact());
    Set<SqlTypeFamily> lossy = strict.lossy().isEmpty() ? EnumSet.noneOf(SqlTypeFamily.class) : EnumSet.copyOf(strict.lossy());
    switch (javaType) {
      case "java.lang.Long", "long", "java.lang.Integer", "int", "java.lang.Short", "short", "java.lang.Byte", "byte" ->
          lossy.addAll(List.of(TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL));
      case "java.math.BigDecimal", "java.math.BigInteger" -> lossy.addAll(List.of(DOUBLE, REAL, BIGINT, INTEGER, SMALLINT));
      case "java.lang.Double", "double", "java.lang.Float", "float" -> lossy.addAll(List.of(REAL, DOUBLE, DECIMAL));
      case "java.lang.Boolean", "boolean" -> {
        exact.add(TINYINT); // SQL Server's usual boolean columns besides bit; drivers convert
        lossy.addAll(List.of(SMALLINT, INTEGER));
      }
      case "java.lang.String", "enum:STRING", "jdbc:CHAR" -> {
        exact.addAll(TEXT);
        exact.add(CHAR);
        lossy.addAll(List.of(JSON, UUID)); // the driver converts text on the way in
      }
      case "java.lang.Character", "char" -> lossy.addAll(TEXT);
      case "java.util.UUID" -> {
        exact.addAll(BINARIES); // raw(16), binary(16), char(36), uniqueidentifier
        exact.addAll(TEXT);
        exact.add(CHAR);
      }
      case "byte[]", "java.lang.Byte[]", "jdbc:BINARY" -> exact.addAll(BINARIES);
      case "java.time.LocalDateTime" -> lossy.add(TIMESTAMP_TZ);
      case "java.time.Duration" -> exact.addAll(List.of(INTERVAL, BIGINT));
      case "enum:ORDINAL" -> exact.add(DECIMAL);
      default -> {
        // the tested expectation holds as it is
      }
    }
    lossy.removeAll(exact);
    return new Expected(exact, lossy, strict.postgres(), strict.other());
  }

  static boolean applies(Dialect dialect) {
    return dialect == Dialect.ORACLE || dialect == Dialect.SQLSERVER;
  }
}
