package io.github.schemadrift.migration;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a script to Flyway's parser. Flyway 13.12.1 asks for more input forever when {@code COPY
 * ... FROM STDIN} data has no {@code \.} line or a script ends in a bare {@code DELIMITER};
 * rather than hang javac, this reader fails once it has answered end-of-input far more often than
 * any finite parse needs.
 */
final class BoundedScriptReader extends Reader {
  private static final int END_OF_INPUT_ANSWERS = 10_000;
  private final String content;
  private int next;
  private int endOfInputAnswers;

  BoundedScriptReader(String content) {
    this.content = content;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws ReadPastEndException {
    if (length == 0) {
      return 0;
    }
    if (next >= content.length()) {
      if (++endOfInputAnswers > END_OF_INPUT_ANSWERS) {
        throw new ReadPastEndException();
      }
      return -1;
    }
    int count = Math.min(length, content.length() - next);
    content.getChars(next, next + count, buffer, offset);
    next += count;
    return count;
  }

  @Override
  public void close() {}

  /** Flyway's parser kept reading after the end of the script. */
  static final class ReadPastEndException extends IOException {
    ReadPastEndException() {
      super("read past the end of the script");
    }
  }
}
