package io.github.schemadrift.migration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/** Reads a migration file as Flyway does (UTF-8), reporting a file that cannot be replayed. */
final class MigrationText {

  private MigrationText() {}

  /**
   * The migration's text, or null when it cannot be replayed: unreadable, binary (a NUL byte) or
   * not UTF-8, each reported with the byte offset and line. An empty file is noted.
   */
  static String read(MigrationFile migration, List<SqlProblem> problems, List<String> notes) {
    String name = migration.displayName();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(migration.path());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(name, 1), 0,
              "cannot read migration '" + name + "' (" + e + "), so it is not replayed", null));
      return null;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        problems.add(
            new SqlProblem(
                "sql-parse", new SqlLocation(name, lineAt(bytes, i)), 0,
                "migration '" + name + "' looks binary (a NUL byte at byte offset " + i
                    + "), so it is not replayed; a migration must be a UTF-8 text file", null));
        return null;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problems.add(
          new SqlProblem(
              "sql-parse", new SqlLocation(name, lineAt(bytes, offset)), 0,
              "migration '" + name + "' is not UTF-8 (byte 0x"
                  + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff) + " at byte offset " + offset
                  + " cannot be decoded), so it is not replayed; Flyway reads migrations as UTF-8 by"
                  + " default: re-encode the file, e.g. iconv -f windows-1252 -t utf-8", null));
      return null;
    }
    out.flip();
    String text = out.toString();
    if (text.replace("\uFEFF", "").isBlank()) {
      notes.add("migration '" + name + "' is empty: it changes nothing");
    }
    return text;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
