package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A decoded front-matter value: a scalar, a sequence or a mapping. The raw text is kept by the entry. */
public sealed interface FrontMatterValue {

  /** {@return the value as a string when it is a scalar, or its YAML-ish text otherwise} */
  String asText();

  /**
   * A scalar with its decoded text and the style it was written in. Equality compares the text only: the
   * style is how the value was written, and the writer keeps it where it can.
   *
   * @param text the scalar as text, decoded (quotes and escapes resolved)
   * @param style how the scalar was written (plain, quoted, block)
   */
  record Scalar(String text, ScalarStyle style) implements FrontMatterValue {
    /**
     * Checks the components.
     *
     * @param text the scalar as text, decoded (quotes and escapes resolved)
     * @param style how the scalar was written (plain, quoted, block)
     */
    public Scalar {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Scalar other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }

    @Override
    public String asText() {
      return text;
    }
  }

  /**
   * A sequence of values; {@code flow} tells whether it was written as {@code [a, b]}. Equality compares the
   * items only.
   *
   * @param items the items
   * @param flow whether the sequence is written in flow style ({@code [a, b]})
   */
  record Sequence(List<FrontMatterValue> items, boolean flow) implements FrontMatterValue {
    /**
     * Copies the lists, so that the value is immutable.
     *
     *
     * @param items the items
     * @param flow whether the sequence is written in flow style ({@code [a, b]})
     */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sequence other && other.items.equals(items);
    }

    @Override
    public int hashCode() {
      return items.hashCode();
    }

    /** {@return the items' texts, for sequences of scalars} */
    public List<String> texts() {
      List<String> out = new ArrayList<>(items.size());
      for (FrontMatterValue v : items) {
        out.add(v.asText());
      }
      return Collections.unmodifiableList(out);
    }

    @Override
    public String asText() {
      return String.join(", ", texts());
    }
  }

  /**
   * A mapping with its keys in source order.
   *
   * @param entries the entries, in order
   */
  record Mapping(Map<String, FrontMatterValue> entries) implements FrontMatterValue {
    /**
     * Checks the components.
     *
     * @param entries the entries, in order
     */
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String asText() {
      return entries.toString();
    }
  }
}
