package io.github.schemadrift.migration;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Sequence;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.AlterType;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;

/**
 * The sequence and type family: {@code CREATE/ALTER/DROP SEQUENCE} and PostgreSQL's enum types
 * ({@code CREATE TYPE ... AS ENUM}, {@code ALTER TYPE ... ADD/RENAME VALUE}, {@code RENAME TO},
 * {@code DROP TYPE}).
 */
final class SequenceTypeReplay {

  private final Dialect dialect;
  private final ReplayState state;
  private final SchemaNames names;
  private final OwnedSequences ownedSequences;

  SequenceTypeReplay(ReplayContext context) {
    this.ownedSequences = new OwnedSequences(context);
    this.dialect = context.dialect();
    this.state = context.state();
    this.names = context.names();
  }

  void createSequence(CreateSequence create, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    Sequence sequence = create.getSequence();
    SqlIdentifier name = SqlIdentifier.of(sequence.getName());
    String schema = sequence.getSchemaName() == null ? names.creationSchema() : names.schemaKey(sequence.getSchemaName());
    String key = names.mapKey(schema, name.key(dialect));
    if (state.sequences.containsKey(key) && parse.rewritten().ifNotExists()) {
      state.replayed();
      return;
    }
    SequenceDef created = new SequenceDef(schema, name.name(), name.quoted(), null, 1, at);
    state.sequences.put(key, withParameters(created, sequence, at));
    state.replayed();
  }

  void alterSequence(AlterSequence alter, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    Sequence sequence = alter.getSequence();
    String key = names.findSequence(
        sequence.getSchemaName() == null ? sequence.getName() : sequence.getSchemaName() + "." + sequence.getName());
    SequenceDef existing = key == null ? null : state.sequences.get(key);
    if (existing == null) {
      // a sequence behind a serial or identity column: not modelled, and not a table's shape
      state.ignored();
      return;
    }
    state.sequences.put(key, withParameters(existing, sequence, at));
    state.replayed();
  }

  /** The sequence with the START, RESTART and INCREMENT values the statement gives. */
  private static SequenceDef withParameters(SequenceDef sequence, Sequence parsed, SqlLocation at) {
    Long start = sequence.start();
    long increment = sequence.increment();
    if (parsed.getParameters() != null) {
      for (Sequence.Parameter p : parsed.getParameters()) {
        switch (p.getOption()) {
          case START, START_WITH, RESTART_WITH -> start = p.getValue();
          case INCREMENT, INCREMENT_BY -> increment = p.getValue() == null ? 1 : p.getValue();
          default -> { }
        }
      }
    }
    return new SequenceDef(sequence.schema(), sequence.name(), sequence.quoted(), start, increment, at);
  }

  /**
   * {@code DROP SEQUENCE a, b [CASCADE]}. A sequence a serial column's default still draws from
   * is refused without CASCADE (false, reported); with it the default goes too.
   */
  boolean dropSequences(List<Table> sequences, boolean cascade, SqlLocation at) {
    for (Table t : sequences) {
      String key = names.findSequence(SchemaNames.qualified(t));
      String user = key == null ? null : ownedSequences.userOf(key);
      if (user != null && !cascade) {
        state.unsupported(at, "DROP SEQUENCE drops sequence '" + t.getName() + "', which the default of column '" + user
            + "' depends on; the database refuses it without CASCADE", null);
        return false;
      }
    }
    for (Table t : sequences) {
      String key = names.findSequence(SchemaNames.qualified(t));
      if (key != null) {
        if (ownedSequences.userOf(key) != null) {
          ownedSequences.dropCascade(key, at);
        }
        state.sequenceOwners.remove(key);
        state.sequences.remove(key);
      }
    }
    return true;
  }

  void createType(CreateType type, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    if (!(type.getDefinition() instanceof EnumTypeDefinition definition)) {
      state.ignored(); // composite and range types do not shape a table
      return;
    }
    SqlIdentifier name = SqlIdentifier.of(SchemaNames.stripSchema(type.getName()));
    List<String> values = definition.getLabels().stream().map(v -> v.getValue()).toList();
    String schema = names.schemaOrCreation(type.getName());
    state.enumTypes.put(names.mapKey(schema, name.key(dialect)), new EnumTypeDef(schema, name.name(), name.quoted(), values, at));
    state.replayed();
  }

  void alterType(AlterType type, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    String key = names.findType(type.getName());
    EnumTypeDef existing = key == null ? null : state.enumTypes.get(key);
    if (existing == null) {
      state.ignored();
      return;
    }
    List<String> values = new ArrayList<>(existing.values());
    switch (type.getAction()) {
      case ADD_VALUE -> addValue(type, values);
      case RENAME_VALUE -> {
        int i = values.indexOf(type.getValue().getValue());
        if (i >= 0) {
          values.set(i, type.getNewValue().getValue());
        }
      }
      case RENAME -> {
        state.enumTypes.remove(key);
        SqlIdentifier neu = SqlIdentifier.of(SchemaNames.stripSchema(type.getNewName()));
        state.enumTypes.put(
            names.mapKey(existing.schema(), neu.key(dialect)),
            new EnumTypeDef(existing.schema(), neu.name(), neu.quoted(), values, at));
        state.replayed();
        return;
      }
      default -> {
        state.ignored();
        return;
      }
    }
    state.enumTypes.put(key, new EnumTypeDef(existing.schema(), existing.name(), existing.quoted(), values, at));
    state.replayed();
  }

  /** {@code ADD VALUE [IF NOT EXISTS] v [BEFORE | AFTER n]}: the value in its place. */
  private static void addValue(AlterType type, List<String> values) {
    String value = type.getValue().getValue();
    if (values.contains(value)) {
      return; // ADD VALUE IF NOT EXISTS
    }
    int at = values.size();
    if (type.getNeighborValue() != null) {
      int neighbour = values.indexOf(type.getNeighborValue().getValue());
      if (neighbour >= 0) {
        at = type.getPosition() == AlterType.Position.BEFORE ? neighbour : neighbour + 1;
      }
    }
    values.add(at, value);
  }

  void dropTypes(List<Table> types) {
    types.forEach(t -> removeFound(state.enumTypes, names.findType(SchemaNames.qualified(t))));
  }

  /** {@code DROP TYPE a, b} as DdlRewriter recognised it (JSqlParser does not parse it). */
  void dropTypeNames(List<String> typeNames) {
    typeNames.forEach(n -> removeFound(state.enumTypes, names.findType(n)));
    state.replayed();
  }

  private static void removeFound(java.util.Map<String, ?> objects, String key) {
    if (key != null) {
      objects.remove(key);
    }
  }
}
