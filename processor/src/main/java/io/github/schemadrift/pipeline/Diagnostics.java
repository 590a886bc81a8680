package io.github.schemadrift.pipeline;

import io.github.schemadrift.rules.Messages;
import io.github.schemadrift.rules.Rules;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Where the stages print what is not a finding: configuration errors, internal errors and notes.
 * While the first round only starts the replay early it prints nowhere ({@link #quiet()}), so the
 * last round, which works the same configuration out again, is the only one heard.
 */
public final class Diagnostics {

  private static final Messager NOWHERE =
      new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

        @Override
        public void printMessage(
            Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
      };

  private final Messager messager;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Diagnostics that go nowhere: the first round's quiet run. */
  public static Diagnostics quiet() {
    return new Diagnostics(NOWHERE);
  }

  public Messager messager() {
    return messager;
  }

  /** A {@code [schemadrift:config]} error: the check stops, or this part of it is not done. */
  public void configError(String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, Rules.CONFIG.tag() + " " + message);
  }

  /** A {@code [schemadrift:config]} warning: one setting is ignored, and the check goes on. */
  public void configWarning(String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, Rules.CONFIG.tag() + " " + message);
  }

  /** One {@code internal-error} warning for a stage that failed unexpectedly; the caller goes on. */
  public void internalError(String subject, RuntimeException e) {
    messager.printMessage(
        Diagnostic.Kind.WARNING,
        Rules.INTERNAL_ERROR.tag() + " " + Messages.internalError(ProcessorVersion.get(), subject, e));
  }
}
