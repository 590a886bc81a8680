package io.github.schemadrift.migration;

import java.util.HashMap;
import java.util.Map;
import net.sf.jsqlparser.statement.Statement;

/**
 * Hands each parsed statement to the handler of its family, chosen by the statement's class.
 * A statement no family registered for does not change the schema's shape.
 */
final class StatementDispatch {

  /** Replays one parsed statement of a family; {@code parse} says what the rewrites before the parse saw. */
  @FunctionalInterface
  interface Handler<T extends Statement> {
    void replay(T statement, SqlLocation at, MigrationReplayer.ParseOutcome parse);
  }

  private final Map<Class<?>, Handler<Statement>> handlers = new HashMap<>();

  /** Registers the handler for statements of {@code type} (and its subclasses). */
  @SuppressWarnings("unchecked")
  <T extends Statement> StatementDispatch on(Class<T> type, Handler<? super T> handler) {
    handlers.put(type, (Handler<Statement>) handler);
    return this;
  }

  /** Replays {@code statement} with its family's handler; false when no family takes it. */
  boolean dispatch(Statement statement, SqlLocation at, MigrationReplayer.ParseOutcome parse) {
    for (Class<?> type = statement.getClass(); type != null; type = type.getSuperclass()) {
      Handler<Statement> handler = handlers.get(type);
      if (handler != null) {
        handler.replay(statement, at, parse);
        return true;
      }
    }
    return false;
  }
}
