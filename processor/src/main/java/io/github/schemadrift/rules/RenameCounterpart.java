package io.github.schemadrift.rules;

import io.github.schemadrift.entity.ColumnMapping;
import io.github.schemadrift.migration.ColumnDef;
import io.github.schemadrift.migration.Dialect;
import io.github.schemadrift.migration.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The existing column a missing mapped column most likely is under another name: the drift is a
 * rename, whose fix is one {@code RENAME COLUMN} (or the mapping's {@code @Column(name)}), never an
 * added column beside the old one that keeps the data.
 *
 * <p>The rule, kept strict because a false rename moves a real column: the candidate is in the
 * same table, no entity maps it, its SQL type holds the attribute's Java type (exactly or lossily,
 * as the {@code type} rule judges it; an unknown type on either side is no candidate), its name is
 * close to the wanted one, and it is the only such column. Close means one of:
 *
 * <ul>
 *   <li>the same words in another order ({@code net_amount} and {@code amount_net});
 *   <li>as many words, at least one the same and each other one the start (three letters or more)
 *       of its counterpart ({@code cust_id} and {@code customer_id});
 *   <li>a small edit distance, as for any "did you mean" ({@link NameSuggestions}).
 * </ul>
 */
final class RenameCounterpart {

  private RenameCounterpart() {}

  /**
   * The one unmapped column of a compatible type whose name is close to the mapping's, if exactly
   * one qualifies; {@code mappedKeys} are the dialect keys of every column any entity maps in the table.
   */
  static Optional<ColumnDef> find(Dialect dialect, TableDef table, ColumnMapping wanted, Set<String> mappedKeys) {
    Optional<JavaTypeMapping.Expected> expected = JavaTypeMapping.forMapping(wanted, dialect);
    if (expected.isEmpty()) {
      return Optional.empty();
    }
    List<ColumnDef> found = new ArrayList<>();
    for (ColumnDef column : table.columns()) {
      if (!mappedKeys.contains(dialect.key(column.name(), column.quoted()))
          && compatible(expected.get(), column) && similar(wanted.columnName(), column.name())) {
        found.add(column);
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static boolean compatible(JavaTypeMapping.Expected expected, ColumnDef column) {
    if (column.type() == null || column.generated()) {
      return false;
    }
    SqlTypeFamily family = SqlTypeFamily.of(column.type());
    return family != SqlTypeFamily.UNKNOWN && (expected.exact().contains(family) || expected.lossy().contains(family));
  }

  /** Whether two column names are close enough to be one column renamed (see the class comment). */
  static boolean similar(String wanted, String candidate) {
    String a = wanted.toLowerCase(Locale.ROOT);
    String b = candidate.toLowerCase(Locale.ROOT);
    if (a.equals(b)) {
      return false;
    }
    String[] wa = words(a);
    String[] wb = words(b);
    if (wa.length > 1 && wa.length == wb.length) {
      String[] sa = wa.clone();
      String[] sb = wb.clone();
      Arrays.sort(sa);
      Arrays.sort(sb);
      if (Arrays.equals(sa, sb) || abbreviates(wa, wb)) {
        return true;
      }
    }
    return NameSuggestions.closest(a, List.of(b)).isPresent();
  }

  private static String[] words(String name) {
    return Arrays.stream(name.split("_+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  /** Word by word: at least one the same, each other one the start of its counterpart, three letters or more. */
  private static boolean abbreviates(String[] a, String[] b) {
    boolean same = false;
    for (int i = 0; i < a.length; i++) {
      if (a[i].equals(b[i])) {
        same = true;
        continue;
      }
      String shorter = a[i].length() < b[i].length() ? a[i] : b[i];
      String longer = shorter == a[i] ? b[i] : a[i];
      if (shorter.length() < 3 || !longer.startsWith(shorter)) {
        return false;
      }
    }
    return same;
  }
}
