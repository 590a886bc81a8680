package io.github.schemadrift.e2e.envers;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Embedded columns of an audited entity are audited too. */
@Embeddable
public class AuditedPeriod {
  private LocalDate startsOn;
  private LocalDate endsOn;
}
