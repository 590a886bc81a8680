package io.github.schemadrift.rules;

import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.SqlType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where Hibernate 5.6's schema validate accepts a column that 7's rejects, under the Hibernate 5
 * mode: 5.6 passes a column when the JDBC type codes are equivalent or when the database's type name
 * starts with 5.6's own DDL type name, so {@code time} passes for a {@code timestamp} attribute and
 * {@code date} for MariaDB's {@code datetime}. On PostgreSQL 5.6 accepts {@code time} but not
 * {@code timetz}, which share one family here, so the column's own type name decides there
 * ({@link #lossyTime}). Each widening is a pair that
 * {@code hibernateproof/Hibernate5TypePairsProofTest} saw 5.6's validate accept on a real database.
 * Values that lose their date, time of day or zone become warnings, as under 7's policy; a
 * {@code UUID} stored as 5.6's {@code binary(255)} fits H2's other binary columns and its {@code uuid}.
 */
final class Hibernate5Validate {

  private Hibernate5Validate() {}

  /** {@code expected} (7's table, after 5's type settings) with 5.6's looser acceptance on {@code dialect}. */
  static JavaTypeMapping.Expected widen(JavaTypeMapping.Expected expected, Dialect dialect) {
    Set<SqlTypeFamily> exact = EnumSet.copyOf(expected.exact());
    Set<SqlTypeFamily> lossy = expected.lossy().isEmpty() ? EnumSet.noneOf(SqlTypeFamily.class) : EnumSet.copyOf(expected.lossy());
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    if (exact.contains(SqlTypeFamily.TIMESTAMP)) {
      // 5.6's timestamp (MariaDB: datetime) starts with time (date): the date or the time of day is lost
      lossy.addAll(switch (dialect) {
        case H2 -> List.of(SqlTypeFamily.TIME, SqlTypeFamily.TIME_TZ, SqlTypeFamily.TIMESTAMP_TZ);
        default -> mysql ? List.of(SqlTypeFamily.DATE) : List.<SqlTypeFamily>of();
      });
    } else if (exact.equals(EnumSet.of(SqlTypeFamily.TIME)) && dialect == Dialect.H2) {
      lossy.add(SqlTypeFamily.TIME_TZ);
    } else if (exact.equals(EnumSet.of(SqlTypeFamily.BINARY)) && dialect == Dialect.H2) {
      exact.addAll(List.of(SqlTypeFamily.VARBINARY, SqlTypeFamily.BLOB, SqlTypeFamily.UUID));
    }
    lossy.removeAll(exact);
    return new JavaTypeMapping.Expected(exact, lossy, expected.postgres(), expected.other());
  }

  /**
   * Whether {@code column} is PostgreSQL's {@code time} (without time zone) under a timestamp
   * attribute: 5.6's validate accepts it, and the value loses its date.
   */
  static boolean lossyTime(JavaTypeMapping.Expected expected, Dialect dialect, SqlType column) {
    String base = column.base().toLowerCase(java.util.Locale.ROOT).replace("\"", "").trim();
    return dialect == Dialect.POSTGRESQL && expected.exact().contains(SqlTypeFamily.TIMESTAMP)
        && (base.equals("time") || base.equals("time without time zone"));
  }
}
