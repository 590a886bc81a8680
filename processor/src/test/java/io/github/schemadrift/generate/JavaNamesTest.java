package io.github.schemadrift.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Valid, stable Java names for any SQL name. */
class JavaNamesTest {

  @Test
  void classAndConstantNames() {
    assertThat(JavaNames.type("purchase_order", new HashSet<>())).isEqualTo("PurchaseOrder");
    assertThat(JavaNames.type("OrderLine", new HashSet<>())).isEqualTo("OrderLine");
    assertThat(JavaNames.constant("createdAt", new HashSet<>())).isEqualTo("CREATED_AT");
    assertThat(JavaNames.constant("e-book", new HashSet<>())).isEqualTo("E_BOOK");
  }

  @Test
  void digitsKeywordsAndCollisions() {
    assertThat(JavaNames.constant("2fa", new HashSet<>())).isEqualTo("_2FA");
    assertThat(JavaNames.type("2019_sales", new HashSet<>())).isEqualTo("_2019Sales");
    assertThat(JavaNames.constant("Ä", new HashSet<>())).isEqualTo("UNNAMED");
    Set<String> taken = new HashSet<>(Set.of("TABLE"));
    assertThat(JavaNames.constant("table", taken)).isEqualTo("TABLE_2");
    assertThat(JavaNames.constant("Name", taken)).isEqualTo("NAME");
    assertThat(JavaNames.constant("name", taken)).isEqualTo("NAME_2");
  }
}
