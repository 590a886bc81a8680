package io.github.schemadrift.rules;

import java.util.List;
import java.util.stream.Stream;

/** The explicit list of every rule and of every rule id a diagnostic can carry. */
public final class Rules {

  /** Statements that cannot be split or parsed. */
  public static final RuleDescriptor SQL_PARSE =
      new RuleDescriptor("sql-parse", "a migration statement cannot be split or parsed", Severity.WARNING);

  /** Statements that parse but cannot be replayed. */
  public static final RuleDescriptor SQL_UNSUPPORTED =
      new RuleDescriptor("sql-unsupported", "a migration statement is not replayed", Severity.WARNING);

  /** A failure inside schemadrift itself. */
  public static final RuleDescriptor INTERNAL_ERROR =
      new RuleDescriptor("internal-error", "schemadrift failed on an entity or migration", Severity.WARNING);

  /** Options, locations and migration names that stop the check. */
  public static final RuleDescriptor CONFIG =
      new RuleDescriptor("config", "an option, location or migration name is wrong", Severity.ERROR);

  /** The one-line summary note after each compile. */
  public static final RuleDescriptor SUMMARY =
      new RuleDescriptor("summary", "what was checked, and what was found", Severity.WARNING);

  private static final List<Rule> CHECKS =
      List.of(new MissingTableRule(), new MissingColumnRule(), new NullabilityRule(), new TypeRule(), new PrimaryKeyRule(),
          new LengthRule(), new PrecisionRule(), new JoinTableRule(), new UnmappedNotNullRule(), new DiscriminatorRule(),
          new GenerationRule(), new ForeignKeyRule(), new UniqueRule(), new EnumValuesRule(),
          new AuditTableRule(), new NativeQueryRule());

  private Rules() {}

  /** The rules that compare entities with the schema, in the order they run. */
  public static List<Rule> checks() {
    return CHECKS;
  }

  /** Every rule id, checks and engine rules alike. */
  public static List<RuleDescriptor> descriptors() {
    return Stream.concat(
            CHECKS.stream().map(Rule::descriptor),
            Stream.of(SQL_PARSE, SQL_UNSUPPORTED, INTERNAL_ERROR, CONFIG))
        .toList();
  }

  /**
   * Drops what the rules remember on this thread between calls (the last entity's mapped columns, the round's resolved entities).
   * Call it when the round's rules have run: what they remember holds source positions, and through
   * them the compilation.
   */
  public static void forgetRoundState() {
    MappedColumns.forget();
    ResolvedEntities.forget();
  }
}
