package io.github.schemadrift.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal JSON writer for the reports schemadrift writes. It is hand-written because the only
 * alternative is a JSON library shaded into every user's compiler path for a few dozen lines of
 * output; it writes objects, arrays, strings, numbers and booleans, pretty-printed with two
 * spaces, with keys in the order they are written so the output is deterministic.
 */
final class JsonWriter {

  private final StringBuilder out = new StringBuilder();
  /** For each open object or array: whether it has an entry yet. */
  private final Deque<Boolean> open = new ArrayDeque<>();
  private boolean afterName;

  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    open.push(false);
    return this;
  }

  JsonWriter endObject() {
    return end('}');
  }

  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    open.push(false);
    return this;
  }

  JsonWriter endArray() {
    return end(']');
  }

  JsonWriter name(String name) {
    beforeEntry();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String text) {
    beforeValue();
    if (text == null) {
      out.append("null");
    } else {
      string(text);
    }
    return this;
  }

  JsonWriter value(long number) {
    beforeValue();
    out.append(number);
    return this;
  }

  JsonWriter value(boolean flag) {
    beforeValue();
    out.append(flag);
    return this;
  }

  /** Shorthand for a name and a string value. */
  JsonWriter field(String name, String text) {
    return name(name).value(text);
  }

  @Override
  public String toString() {
    return out + "\n";
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else {
      beforeEntry();
    }
  }

  private void beforeEntry() {
    if (open.isEmpty()) {
      return;
    }
    if (open.pop()) {
      out.append(',');
    }
    open.push(true);
    out.append('\n').append("  ".repeat(open.size()));
  }

  private JsonWriter end(char close) {
    boolean hadEntries = open.pop();
    if (hadEntries) {
      out.append('\n').append("  ".repeat(open.size()));
    }
    out.append(close);
    return this;
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
