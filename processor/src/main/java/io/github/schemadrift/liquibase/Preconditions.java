package io.github.schemadrift.liquibase;

import liquibase.database.Database;
import liquibase.database.DatabaseList;
import liquibase.precondition.Precondition;
import liquibase.precondition.core.AndPrecondition;
import liquibase.precondition.core.DBMSPrecondition;
import liquibase.precondition.core.NotPrecondition;
import liquibase.precondition.core.OrPrecondition;
import liquibase.precondition.core.PreconditionContainer;

/**
 * What a changeSet's (or changelog's) preconditions decide without a database. A {@code dbms}
 * precondition, alone or combined with {@code and}, {@code or} and {@code not}, is decided for the
 * dialect, and {@code onFail} says what Liquibase then does; any other precondition needs a live
 * database, so it is taken to pass (a fresh database is what the replay models) and noted.
 */
final class Preconditions {

  /** The outcome for the changeSet. */
  enum Outcome {
    /** No preconditions, or they pass (or fail with {@code onFail="WARN"}). */
    RUN,
    /** They fail with {@code onFail} CONTINUE or MARK_RAN: the changeSet is not run. */
    SKIP,
    /** They fail with {@code onFail="HALT"} (the default): Liquibase's update stops. */
    HALT,
    /** They need a database; taken to pass. */
    UNDECIDED
  }

  private Preconditions() {}

  static Outcome evaluate(PreconditionContainer container, Database database) {
    if (container == null || container.getNestedPreconditions().isEmpty()) {
      return Outcome.RUN;
    }
    Boolean passes = decide(container, database);
    if (passes == null) {
      return Outcome.UNDECIDED;
    }
    if (passes) {
      return Outcome.RUN;
    }
    return switch (container.getOnFail() == null ? PreconditionContainer.FailOption.HALT : container.getOnFail()) {
      case WARN -> Outcome.RUN;
      case CONTINUE, MARK_RAN -> Outcome.SKIP;
      case HALT -> Outcome.HALT;
    };
  }

  /** Whether the precondition passes for the database, or null when that needs a live database. */
  private static Boolean decide(Precondition precondition, Database database) {
    if (precondition instanceof DBMSPrecondition dbms) {
      return DatabaseList.definitionMatches(dbms.getType(), database, false);
    }
    if (precondition instanceof NotPrecondition not) {
      // Liquibase's not passes when every nested precondition fails
      boolean unknown = false;
      for (Precondition nested : not.getNestedPreconditions()) {
        Boolean passes = decide(nested, database);
        if (Boolean.TRUE.equals(passes)) {
          return false;
        }
        unknown |= passes == null;
      }
      return unknown ? null : true;
    }
    if (precondition instanceof OrPrecondition or) {
      boolean unknown = false;
      for (Precondition nested : or.getNestedPreconditions()) {
        Boolean passes = decide(nested, database);
        if (Boolean.TRUE.equals(passes)) {
          return true;
        }
        unknown |= passes == null;
      }
      return unknown ? null : false;
    }
    if (precondition instanceof AndPrecondition and) {
      return all(and, database);
    }
    return null;
  }

  private static Boolean all(liquibase.precondition.PreconditionLogic logic, Database database) {
    boolean unknown = false;
    for (Precondition nested : logic.getNestedPreconditions()) {
      Boolean passes = decide(nested, database);
      if (Boolean.FALSE.equals(passes)) {
        return false;
      }
      unknown |= passes == null;
    }
    return unknown ? null : true;
  }
}
