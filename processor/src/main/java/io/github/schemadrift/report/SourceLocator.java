package io.github.schemadrift.report;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.schemadrift.entity.SourcePosition;
import java.net.URI;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds the file, line and column of a source position, for reports outside javac's own output
 * (SARIF). javac offers this through its tree API; other compilers (ECJ) do not, and there a
 * report names no region rather than a wrong one.
 */
final class SourceLocator {

  /** A place in a source file: its URI and 1-based line and column. */
  record SourceRegion(URI file, long line, long column) {}

  private final Trees trees;

  SourceLocator(ProcessingEnvironment env) {
    Trees found;
    try {
      found = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      found = null; // not javac
    }
    this.trees = found;
  }

  Optional<SourceRegion> locate(SourcePosition position) {
    if (trees == null || position.element() == null) {
      return Optional.empty();
    }
    try {
      TreePath path =
          position.annotation() == null
              ? trees.getPath(position.element())
              : position.value() == null
                  ? trees.getPath(position.element(), position.annotation())
                  : trees.getPath(position.element(), position.annotation(), position.value());
      if (path == null) {
        return Optional.empty(); // the element comes from a class file
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
      LineMap lines = unit.getLineMap();
      if (start < 0 || lines == null) {
        return Optional.of(new SourceRegion(unit.getSourceFile().toUri(), 0, 0));
      }
      return Optional.of(
          new SourceRegion(unit.getSourceFile().toUri(), lines.getLineNumber(start), lines.getColumnNumber(start)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
