package io.github.schemadrift.migration;

/**
 * A sequence created by CREATE SEQUENCE (not the implicit ones behind serial or identity columns).
 *
 * @param schema the dialect key of the schema the sequence lies in (its qualifier, else where unqualified
 *     names landed), or null when unknown
 * @param name the name as written, without quotes
 * @param quoted whether the name was quoted
 * @param start the START WITH value, or null when the database default applies
 * @param increment the INCREMENT BY value (1 when not given)
 * @param lastChanged the statement that created or last altered it
 */
public record SequenceDef(
    String schema, String name, boolean quoted, Long start, long increment, SqlLocation lastChanged) implements java.io.Serializable {

  /** The same sequence in schema {@code to}. */
  SequenceDef inSchema(String to) {
    return new SequenceDef(to, name, quoted, start, increment, lastChanged);
  }

  /** The same sequence under another name. */
  SequenceDef renamed(String newName, boolean newQuoted, SqlLocation at) {
    return new SequenceDef(schema, newName, newQuoted, start, increment, at);
  }
}
