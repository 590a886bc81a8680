package io.github.schemadrift.migration;

import java.io.IOException;
import net.sf.jsqlparser.parser.Provider;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * JSqlParser's {@link StringProvider}, except at the end of the text. There {@code StringProvider}
 * answers -1, and JSqlParser's character stream then throws a new {@link IOException}, which fills
 * in a stack trace as deep as the parser's recursion: at least twice per statement (the lexer reads
 * past the last token, then reads the end), a few percent of a parse. This provider throws one
 * shared exception without a stack trace instead. The stream handles both the same way (the same
 * catch block, then the same rethrow), and the lexer, which catches it, never looks at the
 * exception itself; {@code StringProvider}'s {@code close()}, which the stream calls before it
 * throws, only lets go of the text. So the tokens, and with them every parse and every error, are
 * the same.
 */
final class SqlTextProvider implements Provider {

  /** The end of the text; shared, never thrown anywhere it would be looked at. */
  private static final IOException END = new EndOfText();

  private final String text;
  private int position;

  SqlTextProvider(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int left = text.length() - position;
    if (left == 0) {
      throw END;
    }
    int count = Math.min(Math.min(buffer.length - offset, length), left); // as StringProvider counts
    text.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  @Override
  public void close() {
    // nothing to release: the text is the caller's
  }

  private static final class EndOfText extends IOException {
    private static final long serialVersionUID = 1L;

    EndOfText() {
      super("end of the statement");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
