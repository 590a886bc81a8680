package io.github.schemadrift.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Before {@code compile}: when a migration or configuration file that the last schemadrift check
 * read was added, changed or removed since, removes the compiled classes of the entities, so that
 * the compiler plugin, which looks only at Java sources and class files, recompiles the module and
 * the processor checks it again. When nothing changed it does nothing, and the compiler plugin
 * says "Nothing to compile" as before.
 *
 * <p>What the check read comes from the record the processor writes at each check ({@code
 * target/schemadrift-inputs/classes.txt}); without one (no check ran yet) this goal does nothing.
 */
@Mojo(name = "check-inputs", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class CheckInputsMojo extends AbstractMojo {

  /** The class output of the compile to watch; {@code ${project.build.testOutputDirectory}} for test entities. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File outputDirectory;

  /** Skips the comparison. */
  @Parameter(property = "schemadrift.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().debug("schemadrift: skipped");
      return;
    }
    long start = System.nanoTime();
    Path output = outputDirectory.toPath();
    Path record = InputsRecord.location(output);
    try {
      Optional<InputsRecord> read = InputsRecord.read(record);
      if (read.isEmpty()) {
        getLog().debug("schemadrift: no record of a check at " + record + "; the next compile that runs the processor writes one");
        return;
      }
      InputsRecord.Comparison comparison = read.get().compare();
      long micros = (System.nanoTime() - start) / 1_000;
      if (comparison.difference().isEmpty()) {
        getLog().debug("schemadrift: the " + comparison.filesCompared() + " files the last check read are unchanged ("
            + micros + " µs)");
        return;
      }
      int removed = 0;
      for (String name : comparison.classFiles()) {
        if (Files.deleteIfExists(output.resolve(name))) {
          removed++;
        }
      }
      getLog().info("schemadrift: " + comparison.difference().get() + " since the last check; removed "
          + removed + " compiled entit" + (removed == 1 ? "y" : "ies") + " so that the compiler checks the module again");
    } catch (IOException | RuntimeException e) {
      // Never break a build over the comparison: say so and leave the compile as it would be.
      getLog().warn("schemadrift: cannot compare the inputs of the last check (" + record + "): " + e
          + "; run 'mvn clean compile' to check the module again");
    }
  }
}
