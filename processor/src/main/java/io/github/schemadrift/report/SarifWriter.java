package io.github.schemadrift.report;

import io.github.schemadrift.migration.SqlLocation;
import io.github.schemadrift.rules.RuleDescriptor;
import io.github.schemadrift.rules.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the printed findings as SARIF 2.1.0, the format GitHub code scanning and other CI
 * dashboards read. Each result carries its rule id, level, the Java source region (when the
 * compiler can tell it) and the migration statement as a related location. Paths are relative to
 * the repository root so that code scanning can link them.
 */
public final class SarifWriter {

  private SarifWriter() {}

  /**
   * @param root the folder paths are made relative to (the repository or project root)
   * @param migrationPaths the path of each migration by the display name findings use
   */
  public static String write(
      String version,
      List<RuleDescriptor> rules,
      List<Reporter.Reported> printed,
      Function<Reporter.Reported, Optional<SourceLocator.SourceRegion>> regions,
      Path root,
      Map<String, Path> migrationPaths) {
    JsonWriter json = new JsonWriter().beginObject();
    json.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0");
    json.name("runs").beginArray().beginObject();
    json.name("tool").beginObject().name("driver").beginObject();
    json.field("name", "schemadrift").field("version", version);
    json.field("informationUri", "https://github.com/schemadrift/schemadrift");
    json.name("rules").beginArray();
    for (RuleDescriptor rule : rules) {
      json.beginObject().field("id", rule.id());
      json.name("shortDescription").beginObject().field("text", rule.summary()).endObject();
      json.field("helpUri", "https://github.com/schemadrift/schemadrift/blob/main/" + rule.docPage());
      json.name("defaultConfiguration").beginObject().field("level", level(rule.defaultSeverity())).endObject();
      json.endObject();
    }
    json.endArray().endObject().endObject();
    json.name("results").beginArray();
    for (Reporter.Reported reported : printed) {
      json.beginObject();
      json.field("ruleId", reported.finding().rule().id());
      json.field("level", level(reported.severity()));
      json.name("message").beginObject().field("text", reported.finding().text()).endObject();
      json.name("locations").beginArray();
      Optional<SourceLocator.SourceRegion> region = regions.apply(reported);
      SqlLocation related = reported.finding().related();
      if (region.isPresent()) {
        location(json, relative(root, region.get().file()), region.get().line(), region.get().column());
      } else if (related != null && migrationPaths.containsKey(related.file())) {
        location(json, relative(root, migrationPaths.get(related.file()).toUri()), related.line(), 0);
      }
      json.endArray();
      if (related != null && migrationPaths.containsKey(related.file())) {
        json.name("relatedLocations").beginArray().beginObject();
        json.name("id").value(0);
        physical(json, relative(root, migrationPaths.get(related.file()).toUri()), related.line(), 0);
        json.name("message").beginObject().field("text", "migration " + related).endObject();
        json.endObject().endArray();
      }
      json.endObject();
    }
    json.endArray();
    json.endObject().endArray().endObject();
    return json.toString();
  }

  private static void location(JsonWriter json, String uri, long line, long column) {
    json.beginObject();
    physical(json, uri, line, column);
    json.endObject();
  }

  private static void physical(JsonWriter json, String uri, long line, long column) {
    json.name("physicalLocation").beginObject();
    json.name("artifactLocation").beginObject().field("uri", uri).endObject();
    if (line > 0) {
      json.name("region").beginObject().name("startLine").value(line);
      if (column > 0) {
        json.name("startColumn").value(column);
      }
      json.endObject();
    }
    json.endObject();
  }

  private static String relative(Path root, URI file) {
    if (!"file".equals(file.getScheme())) {
      return file.toString();
    }
    Path path = Paths.get(file).toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
      case OFF -> "none";
    };
  }
}
