package org.digestkit.core.model;

import java.util.List;

/**
 * The one-line entries of a "more" section, a list section, or a sub-more group.
 *
 * @param entries the entries
 * @param loose whether a blank line separates entries, which CommonMark renders with each entry in a paragraph
 */
public record MoreList(List<MoreEntry> entries, boolean loose) implements Block {
  /**
   * Copies the lists, so that the value is immutable.
   *
   *
   * @param entries the entries
   * @param loose whether a blank line separates entries, which CommonMark renders with each entry in a paragraph
   */
  public MoreList {
    entries = List.copyOf(entries);
  }

  /**
   * A tight list.
   *
   * @param entries the entries
   */
  public MoreList(List<MoreEntry> entries) {
    this(entries, false);
  }

  /**
   * {@return a copy with other entries}
   *
   * @param newEntries the entries of the copy
   */
  public MoreList withEntries(List<MoreEntry> newEntries) {
    return new MoreList(newEntries, loose);
  }

  /**
   * {@return a copy that is loose or tight (see {@link #loose()})}
   *
   * @param newLoose the loose of the copy
   */
  public MoreList withLoose(boolean newLoose) {
    return new MoreList(entries, newLoose);
  }
}
