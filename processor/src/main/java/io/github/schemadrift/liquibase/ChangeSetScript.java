package io.github.schemadrift.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of one changeSet as a script the migration replay reads: each change's statements start
 * on the changelog line of that change, so the replay's {@code file:line} of a statement is the
 * change's place in the changelog. Statements of one change share its line; a statement that
 * spans lines pushes the next change down, never up.
 */
final class ChangeSetScript {

  private final StringBuilder text = new StringBuilder();
  private int line = 1;
  private int statements;

  /** Adds one change's statements at {@code changeLine} (or the next free line). */
  void add(int changeLine, List<String> sql, String delimiter) {
    if (sql.isEmpty()) {
      return;
    }
    while (line < changeLine) {
      text.append('\n');
      line++;
    }
    for (String statement : sql) {
      String trimmed = statement.strip();
      text.append(trimmed);
      if (!trimmed.endsWith(delimiter)) {
        text.append(delimiter);
      }
      text.append(' ');
      line += (int) trimmed.chars().filter(c -> c == '\n').count();
      statements++;
    }
    text.append('\n');
    line++;
  }

  /** How many statements the script holds. */
  int statements() {
    return statements;
  }

  String text() {
    return text.toString();
  }

  /** Writes the script unless the file already holds it (an unchanged file keeps the replay cache valid). */
  void write(Path file) throws IOException {
    byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
