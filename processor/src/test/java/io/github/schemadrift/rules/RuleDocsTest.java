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
    }
  }
}
