package io.github.schemadrift.dbproof;

import java.util.Locale;

/** Groups type names as a database reports them and as a migration writes them into families. */
final class TypeFamily {

  private TypeFamily() {}

  static String of(String typeName) {
    String t = typeName.toLowerCase(Locale.ROOT).replace("\"", "").trim();
    if (t.startsWith("_") || t.endsWith("[]") || t.contains(" array")) {
      return "array";
    }
    if (t.matches("(text|clob|character large object|tinytext|mediumtext|longtext|nclob).*")) {
      return "text";
    }
    if (t.matches("(character varying|varchar|varchar2|nvarchar|nvarchar2|varchar_ignorecase|character|char|nchar|bpchar).*")) {
      return "string";
    }
    if (t.matches("(bigint|int8|bigserial|serial8)")) {
      return "bigint";
    }
    if (t.matches("(integer|int|int4|serial|serial4|mediumint)")) {
      return "integer";
    }
    if (t.matches("(smallint|int2|smallserial|serial2|tinyint)")) {
      return "smallint";
    }
    if (t.matches("(numeric|decimal|number|dec).*")) {
      return "decimal";
    }
    if (t.matches("(double precision|double|float8|float|real|float4|decfloat).*")) {
      return "float";
    }
    if (t.matches("(boolean|bool|bit)")) {
      return "boolean";
    }
    if (t.matches("(timestamptz|timestamp with time zone|timestamp\\(\\d\\) with time zone)")) {
      return "timestamptz";
    }
    if (t.startsWith("timestamp") || t.startsWith("datetime")) {
      return "timestamp";
    }
    if (t.equals("date")) {
      return "date";
    }
    if (t.startsWith("time")) {
      return "time";
    }
    if (t.matches("(bytea|blob|binary large object|varbinary|binary varying|binary|longblob).*")) {
      return "binary";
    }
    if (t.equals("uuid")) {
      return "uuid";
    }
    if (t.startsWith("json")) {
      return "json";
    }
    return "other:" + t;
  }

  static boolean hasLength(String family) {
    return family.equals("string");
  }
}
