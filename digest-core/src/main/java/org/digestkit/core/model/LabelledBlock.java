package org.digestkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A labelled block such as {@code **深度解读 & 洞察：**} or {@code **影响：**} and the blocks it introduces (a
 * list, paragraphs, a table). For an {@link LabelForm#INLINE} label the first content block is the text on the
 * label's own line.
 *
 * @param label the label
 * @param content the blocks the label introduces (paragraphs, lists)
 */
public record LabelledBlock(Label label, List<Block> content) implements Block {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param label the label
   * @param content the blocks the label introduces (paragraphs, lists)
   */
  public LabelledBlock {
    Objects.requireNonNull(label, "label");
    content = List.copyOf(content);
  }

  /**
   * {@return a new line label followed by the given content}
   *
   * @param label the label
   * @param content the content
   */
  public static LabelledBlock of(String label, Block... content) {
    return new LabelledBlock(Label.of(label), List.of(content));
  }

  /** {@return the label's canonical kind} */
  public LabelKind kind() {
    return label.kind();
  }

  /**
   * {@return a copy with another label}
   *
   * @param newLabel the label of the copy
   */
  public LabelledBlock withLabel(Label newLabel) {
    return new LabelledBlock(newLabel, content);
  }

  /**
   * {@return a copy with other content}
   *
   * @param newContent the content of the copy
   */
  public LabelledBlock withContent(List<Block> newContent) {
    return new LabelledBlock(label, newContent);
  }
}
