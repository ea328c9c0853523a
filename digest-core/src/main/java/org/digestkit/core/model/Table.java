package org.digestkit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A GFM pipe table: its header cells, body rows (cells as inline Markdown, trimmed) and column alignments.
 *
 * @param alignments one per header cell, from the delimiter row ({@code :---:}); {@link ColumnAlignment#NONE}
 *     where the row says none
 * @param header the header cells (inline Markdown, trimmed)
 * @param rows the body rows, each a list of cells
 * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
 */
public record Table(List<String> header, List<List<String>> rows, List<ColumnAlignment> alignments,
    SourceInfo source) implements Block {
  /**
   * Checks the components and copies the lists.
   *
   *
   * @param alignments one per header cell, from the delimiter row ({@code :---:}); {@link ColumnAlignment#NONE}
   *     where the row says none
   * @param header the header cells (inline Markdown, trimmed)
   * @param rows the body rows, each a list of cells
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Table {
    header = List.copyOf(header);
    alignments = List.copyOf(alignments);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    Objects.requireNonNull(source, "source");
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one header cell");
    }
    if (alignments.size() != header.size()) {
      throw new IllegalArgumentException("a table needs one alignment per column: " + alignments.size()
          + " for " + header.size() + " columns");
    }
  }

  /**
   * A table whose columns have no alignment.
   *
   * @param header the header cells
   * @param rows the body rows
   * @param source where the element was read from and how it was written there ({@link SourceInfo#NONE} when built)
   */
  public Table(List<String> header, List<List<String>> rows, SourceInfo source) {
    this(header, rows, Collections.nCopies(header.size(), ColumnAlignment.NONE), source);
  }

  /**
   * {@return a new table, its cells held as they read back: a line break is a space (a row is one line), and spaces and
   * tabs around a cell are dropped (GFM drops them)}
   *
   * @param header the header cells
   * @param rows the body rows
   */
  public static Table of(List<String> header, List<List<String>> rows) {
    return of(header, rows, Collections.nCopies(header.size(), ColumnAlignment.NONE));
  }

  /**
   * {@return a new table (see {@link #of(List, List)}) whose columns are aligned as given, one per header cell}
   *
   * @param header the header cells
   * @param rows the body rows
   * @param alignments the column alignments
   */
  public static Table of(List<String> header, List<List<String>> rows, List<ColumnAlignment> alignments) {
    List<List<String>> cellRows = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      cellRows.add(cells(row));
    }
    return new Table(cells(header), cellRows, alignments, SourceInfo.NONE);
  }

  /**
   * {@return a copy whose columns are aligned as given, one per header cell}
   *
   * @param newAlignments the alignments of the copy
   */
  public Table withAlignments(List<ColumnAlignment> newAlignments) {
    return new Table(header, rows, newAlignments, source);
  }

  private static List<String> cells(List<String> row) {
    List<String> out = new ArrayList<>(row.size());
    for (String cell : row) {
      String oneLine = cell.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
      int start = 0;
      int end = oneLine.length();
      while (start < end && (oneLine.charAt(start) == ' ' || oneLine.charAt(start) == '\t')) {
        start++;
      }
      while (end > start && (oneLine.charAt(end - 1) == ' ' || oneLine.charAt(end - 1) == '\t')) {
        end--;
      }
      out.add(oneLine.substring(start, end));
    }
    return out;
  }

  /**
   * {@return the table in canonical form: {@code | a | b |}, a delimiter row ({@code | --- | :---: |}, see
   * {@link ColumnAlignment#delimiter()}), then the body rows}
   *
   * @param lineSeparator the separator between lines ({@code \n} or {@code \r\n})
   */
  public String toMarkdown(String lineSeparator) {
    StringBuilder out = new StringBuilder();
    appendRow(out, header);
    out.append(lineSeparator).append('|');
    for (ColumnAlignment a : alignments) {
      out.append(' ').append(a.delimiter()).append(" |");
    }
    for (List<String> row : rows) {
      out.append(lineSeparator);
      appendRow(out, row);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
    }
  }
}
