import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.util.Arrays;
import org.apache.maven.plugin.Mojo;

/**
 * The cost of schemadrift-maven-plugin's check-inputs goal when nothing changed: its execute() on a
 * project whose record the processor wrote. The first call is in a fresh JVM (class loading
 * included, as in a plain `mvn` run); the others are warm (as in the Maven daemon).
 *
 * <p>Run by bench/plugin-bench.sh: java -cp <plugin classes>:<maven-plugin-api> CheckInputsCost.java <classes dir> <runs>
 */
public class CheckInputsCost {
  public static void main(String[] args) throws Exception {
    File classes = new File(args[0]);
    int runs = Integer.parseInt(args[1]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] micros = new long[runs];
    long[] cpuMicros = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      Mojo mojo = (Mojo) Class.forName("io.github.schemadrift.maven.CheckInputsMojo").getDeclaredConstructor().newInstance();
      Field output = mojo.getClass().getDeclaredField("outputDirectory");
      output.setAccessible(true);
      output.set(mojo, classes);
      mojo.execute();
      micros[i] = (System.nanoTime() - start) / 1_000;
      cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
    }
    long[] warmCpu = Arrays.copyOfRange(cpuMicros, 1, runs);
    Arrays.sort(warmCpu);
    long[] warm = Arrays.copyOfRange(micros, 1, runs);
    Arrays.sort(warm);
    System.out.printf("wall: first (cold JVM) %.2f ms, warm median %.2f ms, max %.2f ms over %d runs;"
            + " CPU of the calling thread: first %.2f ms, warm median %.2f ms%n",
        micros[0] / 1000.0, warm[warm.length / 2] / 1000.0, warm[warm.length - 1] / 1000.0, warm.length,
        cpuMicros[0] / 1000.0, warmCpu[warmCpu.length / 2] / 1000.0);
  }
}
