package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a staff session keeps must serialise: sessions live in the data grid when instances
 * are clustered, and one value that does not serialise loses the whole attribute it sits in (Payara
 * logs "Cannot serialize session attribute com.sun.faces.application.view.activeViewMaps" and the
 * editor's open forms are gone after a failover). Checks every view- and session-scoped bean's
 * state: each field that is neither static, transient nor injected has a serialisable type, down to
 * the element types of its collections.
 */
class SessionStateSerializableTest {

  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void everyFieldAViewOrSessionKeepsSerialises() throws Exception {
    List<Class<?>> scoped = scopedBeans();
    assertTrue(scoped.size() >= 15, "found the admin's view-scoped beans: " + scoped);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : scoped) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Field field : bean.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        boolean injected = field.isAnnotationPresent(jakarta.inject.Inject.class);
        if (injected && Modifier.isTransient(modifiers)) {
          // Nothing injects it again after deserialisation: null on the instance the session moved
          // to.
          problems.add(bean.getSimpleName() + "." + field.getName() + ": injected but transient");
        }
        if (injected
            && field.getGenericType() instanceof ParameterizedType lookup
            && lookup.getActualTypeArguments()[0] instanceof Class<?> produced
            && !produced.isInterface()
            && !Serializable.class.isAssignableFrom(produced)) {
          // What an Instance<T> gives a passivating bean must serialise (Weld refuses it
          // otherwise).
          problems.add(
              bean.getSimpleName() + "." + field.getName() + ": gives " + produced.getName());
        }
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected) {
          continue; // injected references are the container's, serialisable by the container
        }
        List<String> unserialisable = new ArrayList<>();
        collectUnserialisable(field.getGenericType(), unserialisable, new HashSet<>());
        if (!unserialisable.isEmpty()) {
          problems.add(bean.getSimpleName() + "." + field.getName() + ": " + unserialisable);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Adds {@code type} if it does not serialise, and whatever inside it does not: the elements of
   * collections, and the state of the CMS's own classes (record components, fields).
   */
  private static void collectUnserialisable(Type type, List<String> found, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> raw) {
      if (raw.isArray()) {
        collectUnserialisable(raw.getComponentType(), found, seen);
        return;
      }
      if (raw.isEnum()) {
        return; // serialised by name, whatever its fields hold
      }
      if (!raw.isPrimitive() && !Serializable.class.isAssignableFrom(raw) && !raw.isInterface()) {
        found.add(raw.getName());
      } else if (raw.getName().startsWith("org.specworks.")) {
        for (Field inner : raw.getDeclaredFields()) {
          int modifiers = inner.getModifiers();
          if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
            collectUnserialisable(inner.getGenericType(), found, seen);
          }
        }
      }
    } else if (type instanceof ParameterizedType parameterized) {
      // An interface (List, Map, Set) holds whatever implementation was set: the elements decide.
      collectUnserialisable(parameterized.getRawType(), found, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectUnserialisable(argument, found, seen);
      }
    }
  }

  private static List<Class<?>> scopedBeans() throws IOException {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.');
        Class<?> type = load(name.substring(0, name.length() - ".class".length()));
        if (type != null
            && (type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(SessionScoped.class))) {
          beans.add(type);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return beans;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError notLoadable) {
      return null;
    }
  }
}
