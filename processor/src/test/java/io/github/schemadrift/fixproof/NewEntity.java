package io.github.schemadrift.fixproof;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;

/**
 * A new instance of an entity with every simple field set, for one insert through Hibernate:
 * numbers 7 (a non-generated id {@link #ID}, above the filled rows), strings "7", enums their first
 * constant; relations and collections stay empty, a generated id stays null.
 */
final class NewEntity {

  static final long ID = 1000;

  private NewEntity() {}

  static Object of(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object entity = constructor.newInstance();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            set(entity, field);
          }
        }
      }
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a new " + type.getName(), e);
    }
  }

  private static void set(Object entity, Field field) throws IllegalAccessException {
    boolean id = field.isAnnotationPresent(jakarta.persistence.Id.class);
    if (id && field.isAnnotationPresent(jakarta.persistence.GeneratedValue.class)) {
      return;
    }
    Object value = value(field.getType(), id ? ID : 7);
    if (value != null) {
      field.setAccessible(true);
      field.set(entity, value);
    }
  }

  private static Object value(Class<?> type, long number) {
    if (type == String.class) {
      return String.valueOf(number);
    }
    if (type == Long.class || type == long.class) {
      return number;
    }
    if (type == Integer.class || type == int.class) {
      return (int) number;
    }
    if (type == Short.class || type == short.class) {
      return (short) number;
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(number);
    }
    if (type == Boolean.class || type == boolean.class) {
      return Boolean.TRUE;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return null;
  }
}
