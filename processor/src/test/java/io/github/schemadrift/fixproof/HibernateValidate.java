package io.github.schemadrift.fixproof;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate 7's own verdict on a live database: the entities a compilation produced, booted with
 * {@code hibernate.hbm2ddl.auto=validate} against the JDBC URL, the dialect detected from the
 * connection as an application would. Hibernate refuses to start on a missing table or column, a
 * wrong type or a missing sequence.
 */
final class HibernateValidate {

  private HibernateValidate() {}

  /** Null when Hibernate starts and validates, else why it did not. */
  static String problem(Compilation compiled, String url, String user) {
    EntityLoader loader = new EntityLoader(compiled);
    Map<String, Object> settings = new HashMap<>();
    settings.put("hibernate.connection.url", url);
    settings.put("hibernate.connection.username", user);
    settings.put("hibernate.connection.password", "");
    settings.put("hibernate.hbm2ddl.auto", "validate");
    settings.put("jakarta.persistence.validation.mode", "none");
    settings.put("hibernate.connection.pool_size", "3"); // the table generator takes a second connection
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      MetadataSources sources = new MetadataSources(registry);
      loader.entities().forEach(sources::addAnnotatedClass);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        return insertOneOfEach(factory, loader.entities());
      }
    } catch (RuntimeException e) {
      StringBuilder why = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        why.append(why.length() == 0 ? "" : " <- ").append(t.getMessage());
      }
      return why.toString();
    } finally {
      thread.setContextClassLoader(previous);
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /**
   * Inserts one new row of every concrete entity through Hibernate, after the rows already there:
   * a restored identity or a recreated sequence that starts below the existing ids collides here.
   * Null when every insert succeeds, else which one failed and why.
   */
  private static String insertOneOfEach(SessionFactory factory, List<Class<?>> entities) {
    for (Class<?> type : entities) {
      if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      try {
        Object entity = NewEntity.of(type);
        factory.inTransaction(session -> session.persist(entity));
      } catch (RuntimeException e) {
        StringBuilder why = new StringBuilder("inserting a new " + type.getSimpleName() + " after the existing rows fails: ");
        for (Throwable t = e; t != null; t = t.getCause()) {
          why.append(t == e ? "" : " <- ").append(t.getMessage());
        }
        return why.toString();
      }
    }
    return null;
  }

  /** Defines the classes of a compile-testing compilation; its entities are those under {@code app/}. */
  private static final class EntityLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    EntityLoader(Compilation compiled) {
      super(HibernateValidate.class.getClassLoader());
      for (JavaFileObject file : compiled.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/app/") + 1, path.length() - ".class".length()).replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    List<Class<?>> entities() {
      List<Class<?>> out = new ArrayList<>();
      for (String name : classes.keySet().stream().sorted().toList()) {
        try {
          Class<?> type = loadClass(name);
          if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            out.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
  }
}
