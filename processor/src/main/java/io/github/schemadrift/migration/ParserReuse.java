package io.github.schemadrift.migration;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.JJTCCJSqlParserState;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * One JSqlParser instance kept from statement to statement and reset, before each use, to exactly
 * the state of a new one. A new {@link CCJSqlParser} costs about 100 KB of buffers and tables, a
 * lexer and a feature configuration; the preparing threads built one per attempt, 17,000 times for
 * the large benchmark project.
 *
 * <p>JSqlParser's own {@code ReInit} resets only the token stream and the lookahead tables; the
 * parser keeps counters, depth fields and look-ahead caches of its own, the character stream keeps
 * its absolute position, and the lexer its work arrays. So before {@code ReInit} every instance
 * field of the parser, its character stream and its lexer is set back to the value it has in a
 * parser that never parsed: numbers and flags copied, arrays refilled, lists and maps emptied, the
 * tree builder reset. The exceptions are the fields {@code ReInit} sets itself and the feature
 * configuration, which {@link StatementParser} sets in full for every attempt. A field of a kind
 * this class does not know (a newer JSqlParser) turns reuse off: every parse then gets a new parser,
 * as before. {@code ParserReuseTest} compares the reset parser field by field with a new one.
 */
final class ParserReuse {

  /** Fields that {@code ReInit(Provider)} sets itself, or that are kept on purpose (see above). */
  private static final Set<String> LEFT_TO_REINIT =
      Set.of("token", "jj_2_rtns", "inputStream", "input_stream", "configuration", "featureConfiguration");

  /** One field's reset: the object that holds it in the template and in the parser to reset. */
  @FunctionalInterface
  private interface Reset {
    void apply(Object fresh, Object used) throws ReflectiveOperationException;
  }

  private record FieldReset(Field field, Reset reset) {}

  /** Never parses: the state every reused parser is set back to. */
  private static final CCJSqlParser TEMPLATE = new CCJSqlParser(new StringProvider(""));

  private static final Field STREAM_FIELD = fieldOrNull(CCJSqlParser.class, "jj_input_stream");
  private static final Field JJIMAGE_FIELD = fieldOrNull(CCJSqlParserTokenManager.class, "jjimage");

  /** The resets of the parser, its character stream and its lexer; null when reuse is off. */
  private static final List<FieldReset> PARSER = resets(CCJSqlParser.class);
  private static final List<FieldReset> STREAM = resets(fieldType(CCJSqlParser.class, "jj_input_stream"));
  private static final List<FieldReset> LEXER = resets(fieldType(CCJSqlParser.class, "token_source"));

  private final AtomicReference<CCJSqlParser> idle = new AtomicReference<>();

  /** Whether parsers are reused: false when JSqlParser holds state of a kind this class does not know. */
  static boolean enabled() {
    return PARSER != null && STREAM != null && LEXER != null && STREAM_FIELD != null;
  }

  /**
   * A parser for {@code sql} in the state of a new one: the one given back last, reset, or a new
   * one. Whoever takes it owns it until {@link #giveBack}.
   */
  CCJSqlParser take(String sql) {
    CCJSqlParser parser = enabled() ? idle.getAndSet(null) : null;
    if (parser == null) {
      return new CCJSqlParser(new StringProvider(sql));
    }
    try {
      reset(TEMPLATE, parser);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new CCJSqlParser(new StringProvider(sql));
    }
    parser.ReInit(new StringProvider(sql));
    return parser;
  }

  /** Keeps a parser for the next {@link #take}; only a parse that ended and was not abandoned gives it back. */
  void giveBack(CCJSqlParser parser) {
    idle.set(parser);
  }

  /** Sets every field of {@code used} (its stream and lexer too) to its value in {@code fresh}, as described above. */
  static void reset(CCJSqlParser fresh, CCJSqlParser used) throws ReflectiveOperationException {
    apply(PARSER, fresh, used);
    apply(STREAM, STREAM_FIELD.get(fresh), STREAM_FIELD.get(used));
    apply(LEXER, fresh.token_source, used.token_source);
  }

  private static void apply(List<FieldReset> resets, Object fresh, Object used) throws ReflectiveOperationException {
    for (FieldReset reset : resets) {
      reset.reset().apply(fresh, used);
    }
  }

  /** The resets of every instance field of {@code type} and its superclasses; null if one is of an unknown kind. */
  private static List<FieldReset> resets(Class<?> type) {
    if (type == null) {
      return null;
    }
    List<FieldReset> resets = new ArrayList<>();
    try {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || LEFT_TO_REINIT.contains(f.getName())) {
            continue;
          }
          f.setAccessible(true);
          Reset reset = resetOf(f);
          if (reset == null) {
            return null;
          }
          resets.add(new FieldReset(f, reset));
        }
      }
    } catch (RuntimeException e) { // inaccessible (a module that does not open the package): no reuse
      return null;
    }
    return List.copyOf(resets);
  }

  private static Reset resetOf(Field f) {
    Class<?> t = f.getType();
    String name = f.getName();
    if (name.equals("jj_input_stream") || name.equals("token_source")) {
      return (fresh, used) -> {}; // reset on their own, field by field
    }
    if (name.equals("image") && t == StringBuilder.class) {
      // the lexer's image is its jjimage until a token's action swaps it: keep that sharing
      return JJIMAGE_FIELD == null ? null : (fresh, used) -> f.set(used, JJIMAGE_FIELD.get(used));
    }
    if (t.isPrimitive() && !Modifier.isFinal(f.getModifiers())) {
      return (fresh, used) -> f.set(used, f.get(fresh));
    }
    if (t.isPrimitive()) {
      return null;
    }
    return referenceReset(f, t);
  }

  private static Reset referenceReset(Field f, Class<?> t) {
    boolean isFinal = Modifier.isFinal(f.getModifiers());
    if (t.isArray() && t.getComponentType() != null && (t.getComponentType().isPrimitive() || t.getComponentType() == String.class)) {
      return (fresh, used) -> {
        Object template = f.get(fresh);
        Object mine = f.get(used);
        if (template == null || mine == null || java.lang.reflect.Array.getLength(template) != java.lang.reflect.Array.getLength(mine)) {
          if (isFinal) {
            throw new IllegalStateException("cannot replace " + f);
          }
          f.set(used, template == null ? null : cloneArray(template));
        } else {
          System.arraycopy(template, 0, mine, 0, java.lang.reflect.Array.getLength(template));
        }
      };
    }
    if (Map.class.isAssignableFrom(t) || Collection.class.isAssignableFrom(t)) {
      return (fresh, used) -> {
        Object template = f.get(fresh);
        if (template == null) {
          if (isFinal) {
            throw new IllegalStateException("cannot replace " + f);
          }
          f.set(used, null);
        } else if (template instanceof Map<?, ?> map && map.isEmpty()) {
          ((Map<?, ?>) f.get(used)).clear();
        } else if (template instanceof Collection<?> collection && collection.isEmpty()) {
          ((Collection<?>) f.get(used)).clear();
        } else {
          throw new IllegalStateException("a new parser's " + f + " is not empty");
        }
      };
    }
    if (t == JJTCCJSqlParserState.class) {
      // the tree builder's own reset() leaves its node_created flag: reset it field by field too
      List<FieldReset> tree = resets(t);
      return tree == null ? null : (fresh, used) -> apply(tree, f.get(fresh), f.get(used));
    }
    if (t == StringBuilder.class) {
      return (fresh, used) -> ((StringBuilder) f.get(used)).setLength(0);
    }
    if (!isFinal) {
      // any other reference: only one that a new parser leaves null can be set back
      return (fresh, used) -> {
        if (f.get(fresh) != null) {
          throw new IllegalStateException("a new parser's " + f + " is set");
        }
        f.set(used, null);
      };
    }
    return null;
  }

  private static Object cloneArray(Object array) {
    int length = java.lang.reflect.Array.getLength(array);
    Object copy = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), length);
    System.arraycopy(array, 0, copy, 0, length);
    return copy;
  }

  private static Class<?> fieldType(Class<?> owner, String name) {
    try {
      return owner.getDeclaredField(name).getType();
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static Field fieldOrNull(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }
}
