package io.github.schemadrift.report;

import io.github.schemadrift.entity.SourcePosition;
import io.github.schemadrift.rules.Finding;
import io.github.schemadrift.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints findings through javac's {@link Messager}: once, sorted, after suppression and severity
 * options apply. The severity chain is {@code @SuppressWarnings} on the element or any enclosing
 * element, then {@code -Aschemadrift.severity.<rule>}, then the rule's own choice. Findings at level
 * {@link Severity#NOTE} are folded into one summary line ({@link FoldedSummary}), and printed one by
 * one as notes only when {@code -Aschemadrift.listFolded=true} asks.
 */
public final class Reporter {

  /** A finding as it was reported (printed, or folded at level note), with the severity that applied. */
  public record Reported(Finding finding, Severity severity) {}

  /** What was reported, in order (folded findings too, at level note), and how many findings were suppressed. */
  public record Outcome(List<Reported> printed, int suppressed) {
    public long errors() {
      return printed.stream().filter(r -> r.severity() == Severity.ERROR).count();
    }

    public long warnings() {
      return printed.stream().filter(r -> r.severity() == Severity.WARNING).count();
    }

    /** The findings folded into the summary line. */
    public long folded() {
      return printed.stream().filter(r -> r.severity() == Severity.NOTE).count();
    }
  }

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::subject)
          .thenComparing(f -> f.related() == null ? "" : f.related().toString())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  private final Messager messager;
  private final Map<String, Severity> overrides;
  private final boolean listFolded;

  public Reporter(Messager messager, Map<String, Severity> overrides) {
    this(messager, overrides, false);
  }

  /** @param listFolded whether folded findings are also printed one by one, as notes */
  public Reporter(Messager messager, Map<String, Severity> overrides, boolean listFolded) {
    this.messager = messager;
    this.overrides = overrides;
    this.listFolded = listFolded;
  }

  public Outcome report(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    List<Reported> printed = new ArrayList<>();
    int suppressed = 0;
    for (Finding finding : sorted) {
      Severity severity = effectiveSeverity(finding);
      if (severity == Severity.OFF) {
        suppressed++;
        continue;
      }
      if (severity != Severity.NOTE || listFolded) {
        print(kind(severity), finding.text(), finding.position());
      }
      printed.add(new Reported(finding, severity));
    }
    Outcome outcome = new Outcome(printed, suppressed);
    FoldedSummary.line(printed, listFolded).ifPresent(this::note);
    return outcome;
  }

  /** A note that belongs to no finding, such as the summary. */
  public void note(String text) {
    messager.printMessage(Diagnostic.Kind.NOTE, text);
  }

  private static Diagnostic.Kind kind(Severity severity) {
    return switch (severity) {
      case ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      default -> Diagnostic.Kind.NOTE;
    };
  }

  Severity effectiveSeverity(Finding finding) {
    if (Suppressions.isSuppressed(finding.position().element(), finding.rule().id())) {
      return Severity.OFF;
    }
    Severity override = overrides.get(finding.rule().id());
    return override != null ? override : finding.severity();
  }

  private void print(Diagnostic.Kind kind, String text, SourcePosition position) {
    Element element = position.element();
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (position.annotation() == null) {
      messager.printMessage(kind, text, element);
    } else if (position.value() == null) {
      messager.printMessage(kind, text, element, position.annotation());
    } else {
      messager.printMessage(kind, text, element, position.annotation(), position.value());
    }
  }
}
