package io.github.schemadrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The message helpers that tidy what javac hands over, and the "did you mean" distance. */
class MessageWordingTest {

  @Test
  void typeUseAnnotationsAreLeftOutOfATypeName() {
    assertThat(Messages.plainType("@jakarta.validation.constraints.Size(max=255) java.lang.String")).isEqualTo("java.lang.String");
    assertThat(Messages.plainType("java.util.List<@jakarta.validation.constraints.NotNull java.lang.String>"))
        .isEqualTo("java.util.List<java.lang.String>");
    assertThat(Messages.plainType("@a.B(value=\"x) (y\") @a.C java.lang.Long")).isEqualTo("java.lang.Long");
    assertThat(Messages.plainType("int")).isEqualTo("int");
  }

  @Test
  void aSwapOfNeighbouringLettersIsOneEdit() {
    assertThat(NameSuggestions.editDistance("emial", "email")).isEqualTo(1);
    assertThat(NameSuggestions.editDistance("email", "emal")).isEqualTo(1);
    assertThat(NameSuggestions.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(NameSuggestions.closest("emial", List.of("id", "email"))).contains("email");
    assertThat(NameSuggestions.closest("nickname", List.of("id", "email"))).isEmpty();
  }
}
