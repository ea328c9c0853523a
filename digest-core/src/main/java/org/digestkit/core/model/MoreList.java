package org.digestkit.core.model;

import java.util.List;

/** The one-line entries of a "more" section, a list section, or a sub-more group. */
public record MoreList(List<MoreEntry> entries) implements Block {
  public MoreList {
    entries = List.copyOf(entries);
  }

  /** A copy with other entries. */
  public MoreList withEntries(List<MoreEntry> newEntries) {
    return new MoreList(newEntries);
  }
}
