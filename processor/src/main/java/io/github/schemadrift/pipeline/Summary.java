package io.github.schemadrift.pipeline;

import io.github.schemadrift.migration.SchemaModel;
import io.github.schemadrift.report.Reporter;
import io.github.schemadrift.rules.Rules;
import java.util.List;

/**
 * What the last round did, for the summary note and the timings note.
 *
 * @param replayed the schema and how it was had
 * @param mapped the entities
 * @param counts what was printed
 * @param startedAt {@link System#nanoTime()} when the last round's check began
 * @param checkedAt when entities and rules were done
 * @param millis the last round's own time
 */
record Summary(
    ReplayedSchema replayed, MappedEntities mapped, Reporter.Outcome counts, long startedAt, long checkedAt, long millis) {

  String text(Settings settings) {
    SchemaModel schema = replayed.schema();
    int entities = mapped.entities().size();
    List<String> skipped = mapped.skipped();
    List<String> decided = settings.decided();
    return Rules.SUMMARY.tag() + " checked " + entities + " entit" + (entities == 1 ? "y" : "ies")
        + " against " + schema.migrations().size() + " migration" + (schema.migrations().size() == 1 ? "" : "s")
        + " (" + schema.dialect().optionValue() + ", " + schema.tables().size() + " tables, "
        + schema.stats().replayed() + " statements replayed, " + schema.stats().ignored() + " ignored, "
        + schema.stats().notUnderstood() + " not understood" + (replayed.fromCache() ? ", replay from cache" : "") + ") from "
        + settings.migrationLocations().stream()
            .map(l -> l + Reporters.outsideNote(l, settings.projectDir()))
            .reduce((a, b) -> a + ", " + b)
            .orElse("")
        + ": " + counts.errors() + " error" + (counts.errors() == 1 ? "" : "s") + ", "
        + counts.warnings() + " warning" + (counts.warnings() == 1 ? "" : "s")
        + (counts.folded() > 0 ? ", " + counts.folded() + " folded" : "")
        + (counts.suppressed() > 0 ? ", " + counts.suppressed() + " suppressed" : "")
        + (skipped.isEmpty() ? "" : "; not checked until they compile: " + String.join(", ", skipped))
        + " in " + millis + " ms; " + settings.config().describe()
        + (decided.isEmpty() ? "" : "; " + String.join("; ", decided));
  }

  String timings(long firstRoundMillis, long reportedAt) {
    long configured = replayed.configuredAt();
    long joined = replayed.joinedAt();
    return Rules.SUMMARY.tag() + " timings: " + (replayed.fromCache() ? (replayed.userCache() ? "user cache load " : "cache load ")
        : replayed.resumedAfter() > 0 ? "replay resumed after " + replayed.resumedAfter() + " cached migrations " : "replay ")
        + replayed.millis()
        + " ms "
        + (replayed.early()
            ? "on a background thread started in the first round, of which the last round waited "
                + (joined - configured) / 1_000_000 + " ms"
            : "in the last round")
        + (firstRoundMillis >= 0 ? "; first round " + firstRoundMillis + " ms" : "")
        + "; configuration "
        + (configured - startedAt) / 1_000_000 + " ms, entities and rules " + (checkedAt - joined) / 1_000_000
        + " ms, report " + (reportedAt - checkedAt) / 1_000_000 + " ms (the last round's own time is the 'in "
        + millis + " ms' above)";
  }
}
