package org.digestkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A labelled block such as {@code **深度解读 & 洞察：**} or {@code **影响：**} and the blocks it introduces (a
 * list, paragraphs, a table). For an {@link LabelForm#INLINE} label the first content block is the text on the
 * label's own line.
 */
public record LabelledBlock(Label label, List<Block> content) implements Block {
  public LabelledBlock {
    Objects.requireNonNull(label, "label");
    content = List.copyOf(content);
  }

  /** A new line label followed by the given content. */
  public static LabelledBlock of(String label, Block... content) {
    return new LabelledBlock(Label.of(label), List.of(content));
  }

  /** The label's canonical kind. */
  public LabelKind kind() {
    return label.kind();
  }

  /** A copy with another label. */
  public LabelledBlock withLabel(Label newLabel) {
    return new LabelledBlock(newLabel, content);
  }

  /** A copy with other content. */
  public LabelledBlock withContent(List<Block> newContent) {
    return new LabelledBlock(label, newContent);
  }
}
