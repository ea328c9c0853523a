package org.digestkit.core.model;

import java.util.List;

/**
 * The one-line entries of a "more" section, a list section, or a sub-more group.
 *
 * @param entries the entries
 * @param loose whether a blank line separates entries, which CommonMark renders with each entry in a paragraph
 */
public record MoreList(List<MoreEntry> entries, boolean loose) implements Block {
  public MoreList {
    entries = List.copyOf(entries);
  }

  /** A tight list. */
  public MoreList(List<MoreEntry> entries) {
    this(entries, false);
  }

  /** A copy with other entries. */
  public MoreList withEntries(List<MoreEntry> newEntries) {
    return new MoreList(newEntries, loose);
  }

  /** A copy that is loose or tight (see {@link #loose()}). */
  public MoreList withLoose(boolean newLoose) {
    return new MoreList(entries, newLoose);
  }
}
