package org.digestkit.validate.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.digestkit.core.FrontMatterBindingException;
import org.digestkit.core.model.FrontMatter;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation of a front matter bound to a type — a site's own with {@link FrontMatter#as}, or digestkit's
 * {@link FrontMatterFields}: each violation becomes a problem at the line and column of the offending key (of
 * the list element, of the nested key; of the opening fence for a missing top-level key), with the constraint's
 * message. The one mechanism behind {@code front-matter-constraint}, {@code front-matter-required} and
 * {@code front-matter-date}.
 */
public final class FrontMatterConstraints {
  private FrontMatterConstraints() {}

  /**
   * A problem found in the front matter.
   *
   * @param path the key path ({@link String} keys, {@link Integer} list indexes); empty for the whole front matter
   * @param line 1-based line
   * @param column 1-based column
   * @param message the constraint's message (or the binding problem), without the key
   */
  public record Problem(List<Object> path, int line, int column, String message) {
    /** The key path written as {@code a.b[1]}. */
    public String key() {
      return FrontMatterBindingException.key(path);
    }
  }

  /** Binds {@code fm} to {@code type} and validates it in {@code groups}; a binding failure is one problem. */
  public static List<Problem> bindAndCheck(FrontMatter fm, Class<?> type, Class<?>... groups) {
    Object value;
    try {
      value = fm.as(type);
    } catch (FrontMatterBindingException e) {
      return List.of(new Problem(e.path(), e.line(), e.column(), "cannot be read as " + type.getSimpleName()
          + ": " + e.problem()));
    }
    if (value == null) {
      return List.of();
    }
    return check(fm, value, groups);
  }

  /** Validates {@code value}, bound from {@code fm}, in {@code groups}. */
  public static List<Problem> check(FrontMatter fm, Object value, Class<?>... groups) {
    List<Problem> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : BeanValidation.validator().validate(value, groups)) {
      List<Object> path = keyPath(value.getClass(), v.getPropertyPath());
      FrontMatter.KeyPosition at = fm.position(path).orElse(fm.start());
      out.add(new Problem(path, at.line(), at.column(), v.getMessage()));
    }
    out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
        .thenComparing(Problem::message));
    return out;
  }

  /**
   * The front-matter key path of a property path: property names as the type's keys ({@code @JsonProperty}
   * renames them), list indexes and map keys as steps; container-element and bean nodes add nothing.
   */
  static List<Object> keyPath(Class<?> root, Path propertyPath) {
    List<Object> out = new ArrayList<>();
    @Nullable Type current = root;
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          out.add(node.getIndex());
        } else if (node.getKey() != null) {
          out.add(String.valueOf(node.getKey()));
        }
        current = elementType(current);
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        Field field = field(rawClass(current), node.getName());
        JsonProperty renamed = field == null ? null : field.getAnnotation(JsonProperty.class);
        out.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : node.getName());
        current = field == null ? null : field.getGenericType();
      }
    }
    return out;
  }

  private static @Nullable Type elementType(@Nullable Type t) {
    if (t instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      return args[args.length - 1]; // List<E>, Set<E>, Optional<E>: E; Map<K, V>: V
    }
    Class<?> c = rawClass(t);
    return c != null && c.isArray() ? c.getComponentType() : null;
  }

  private static @Nullable Class<?> rawClass(@Nullable Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static @Nullable Field field(@Nullable Class<?> c, String name) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      try {
        return k.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }
}
