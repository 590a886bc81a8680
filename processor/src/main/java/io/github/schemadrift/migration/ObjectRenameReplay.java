package io.github.schemadrift.migration;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER SEQUENCE|VIEW|INDEX [IF EXISTS] x RENAME TO y} (PostgreSQL, H2), which JSqlParser
 * 5.4 does not parse: recognised by its words and replayed on the sequence, view or index.
 */
final class ObjectRenameReplay {

  private static final Pattern RENAME =
      Pattern.compile("(?is)^alter\\s+(sequence|view|index)\\s+(if\\s+exists\\s+)?(\\S+)\\s+rename\\s+to\\s+(\\S+?)\\s*;*\\s*$");

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;
  private final OwnedSequences ownedSequences;

  ObjectRenameReplay(ReplayContext context) {
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
    this.ownedSequences = new OwnedSequences(context);
  }

  /** Replays the statement if it renames a sequence, view or index; false for any other. */
  boolean replay(String statement, SqlLocation at) {
    if (!statement.regionMatches(true, 0, "ALTER", 0, 5) || !SqlTokens.mayContain(statement, "RENAME")) {
      return false;
    }
    Matcher m = RENAME.matcher(statement);
    if (!m.matches()) {
      return false;
    }
    String kind = m.group(1).toLowerCase(Locale.ROOT);
    String from = m.group(3);
    SqlIdentifier to = SqlIdentifier.of(SchemaNames.stripSchema(m.group(4)));
    boolean done = switch (kind) {
      case "sequence" -> renameSequence(from, to, at);
      case "view" -> renameView(from, to, at);
      default -> renameIndex(from, to);
    };
    if (done || m.group(2) != null) {
      state.replayed();
    } else if (!kind.equals("view")) {
      state.ignored(); // a sequence or index the replay does not know (an identity's): not a table's shape
    } else {
      state.unsupported(at, "ALTER " + kind.toUpperCase(Locale.ROOT) + " ... RENAME TO names " + kind + " '"
          + SqlIdentifier.of(SchemaNames.stripSchema(from)).name() + "', which no earlier migration created", null);
    }
    return true;
  }

  private boolean renameSequence(String from, SqlIdentifier to, SqlLocation at) {
    String key = names.findSequence(from);
    SequenceDef sequence = key == null ? null : state.sequences.remove(key);
    if (sequence == null) {
      return false;
    }
    String newKey = names.mapKey(sequence.schema(), to.key(dialect));
    state.sequences.put(newKey, sequence.renamed(to.name(), to.quoted(), at));
    ownedSequences.retargetDefaults(sequence, to);
    ReplayState.SequenceOwner owner = state.sequenceOwners.remove(key);
    if (owner != null) {
      state.sequenceOwners.put(newKey, owner);
    }
    return true;
  }

  /** Renames view {@code from} to {@code to} (PostgreSQL's ALTER TABLE and MySQL's RENAME TABLE rename views too). */
  boolean renameView(String from, String to, SqlLocation at) {
    return renameView(from, SqlIdentifier.of(SchemaNames.stripSchema(to)), at);
  }

  private boolean renameView(String from, SqlIdentifier to, SqlLocation at) {
    String key = names.findView(from);
    ViewDef view = key == null ? null : state.views.remove(key);
    if (view == null) {
      return false;
    }
    String newKey = names.mapKey(view.schema(), to.key(dialect));
    state.views.put(newKey, view.renamed(to.name(), to.quoted(), at));
    ReplayState.ViewDependencies dependencies = state.viewDependencies.remove(key);
    if (dependencies != null) {
      state.viewDependencies.put(newKey, dependencies);
    }
    for (Map.Entry<String, ReplayState.ViewDependencies> e : state.viewDependencies.reading(key)) {
      ReplayState.ViewDependencies d = e.getValue();
      java.util.Set<String> relations = new java.util.LinkedHashSet<>(d.relations());
      relations.remove(key);
      relations.add(newKey);
      state.viewDependencies.put(e.getKey(), new ReplayState.ViewDependencies(relations, d.words(), d.star()));
    }
    return true;
  }

  /** Renames the index (and the unique constraint it backs) in the schema the name resolves to. */
  private boolean renameIndex(String from, SqlIdentifier to) {
    String name = SqlIdentifier.of(SchemaNames.stripSchema(from)).name();
    String schema = names.schemaKeyOf(from);
    for (Map.Entry<String, TableDef> entry : state.tables.entrySet()) {
      TableDef table = entry.getValue();
      if (schema != null && table.schema() != null && !schema.equals(table.schema())) {
        continue;
      }
      if (!table.primaryKey().isEmpty() && (ConstraintEdits.same(dialect, table.primaryKeyName(), name)
          || ConstraintEdits.same(dialect, ConstraintEdits.defaultName(table, "pkey", table.primaryKey()), name))) {
        entry.setValue(table.withPrimaryKey(table.primaryKey(), to.name()));
        return true;
      }
      Optional<IndexDef> index = ConstraintEdits.findIndex(table, dialect, name);
      boolean unique = table.uniques().stream().anyMatch(u -> ConstraintEdits.same(dialect, u.name(), name));
      if (index.isPresent() || unique) {
        entry.setValue(ConstraintEdits.renameConstraint(table, dialect, name, to.name()));
        return true;
      }
    }
    return false;
  }
}
