import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.maven.eventspy.AbstractEventSpy;
import org.apache.maven.execution.ExecutionEvent;

/**
 * A Maven core extension for bench/plugin-bench.sh: prints the CPU time of the building thread and
 * the wall time of every mojo execution, from Maven's MojoStarted event to its MojoSucceeded or
 * MojoFailed event. That span holds all a goal costs inside a real build: creating the plugin's
 * class realm, loading and configuring the mojo, and its execute().
 *
 * <p>Loaded with {@code mvn -Dmaven.ext.class.path=<jar>}, the jar holding this class and a
 * {@code META-INF/plexus/components.xml} that declares it an {@code EventSpy} (as the script builds it).
 */
public class MojoCpuSpy extends AbstractEventSpy {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long cpu;
  private long wall;

  @Override
  public void onEvent(Object event) {
    if (!(event instanceof ExecutionEvent e) || e.getMojoExecution() == null) {
      return;
    }
    switch (e.getType()) {
      case MojoStarted -> {
        cpu = threads.getCurrentThreadCpuTime();
        wall = System.nanoTime();
      }
      case MojoSucceeded, MojoFailed -> System.out.printf("[mojo-cpu] %s:%s %.2f ms CPU %.2f ms wall%n",
          e.getMojoExecution().getArtifactId(), e.getMojoExecution().getGoal(),
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
      default -> { }
    }
  }
}
