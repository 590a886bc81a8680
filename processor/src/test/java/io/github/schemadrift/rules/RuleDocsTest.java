package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Every rule id a diagnostic can carry has its page in docs/rules, and the page names its id. */
class RuleDocsTest {

  @Test
  void everyRuleHasItsDocPage() throws IOException {
    Path repoRoot = Paths.get("").toAbsolutePath().getParent(); // tests run in processor/
    for (RuleDescriptor rule : Rules.descriptors()) {
      Path page = repoRoot.resolve(rule.docPage());
      assertThat(page).as("doc page of rule " + rule.id()).exists();
      String text = Files.readString(page);
      assertThat(text).startsWith("# " + rule.id() + "\n");
      assertThat(text).contains("**Severity**", "**How to suppress**");
      String severity = text.substring(text.indexOf("**Severity**"));
      severity = severity.substring(0, severity.indexOf("\n\n"));
      assertThat(severity).as("the default level on the page of rule " + rule.id())
          .contains(rule.defaultSeverity().optionValue());
    }
  }

  @Test
  void thePolicyPageNamesEveryLevelAndEveryFoldedKind() throws IOException {
    Path repoRoot = Paths.get("").toAbsolutePath().getParent();
    String text = Files.readString(repoRoot.resolve("docs/rules/policy.md"));
    for (Severity level : Severity.values()) {
      assertThat(text).contains("**" + level.optionValue() + "**");
    }
    assertThat(text).contains("`nullability`", "`length`", "`sql-parse`", "-Aschemadrift.listFolded=true", "level `note`");
  }
}
