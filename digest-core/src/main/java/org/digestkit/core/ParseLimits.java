package org.digestkit.core;

/**
 * The limits that keep parsing bounded in time and memory on hostile input, as one value. The defaults suit
 * daily posts (the largest real one is 35 KB) with a wide margin; services that accept posts from untrusted
 * authors can tighten them.
 *
 * @param maxPostChars the largest post, in UTF-16 chars (default 2 Mi)
 * @param maxFrontMatterChars the largest front matter (default 64 Ki)
 * @param maxYamlDepth the deepest nesting of YAML collections (default 16)
 * @param maxYamlStringLength the longest YAML string (default 64 Ki)
 * @param maxYamlKeyLength the longest YAML key (default 256)
 * @param maxYamlNumberLength the longest YAML number (default 32)
 * @param maxBlocks the most Markdown blocks (headings, paragraphs, list items) in a body (default 50,000)
 * @param maxTableCells the most cells in one table (default 10,000)
 * @param maxNesting the deepest nesting of Markdown containers (block quotes, lists; default 64)
 */
public record ParseLimits(
    int maxPostChars,
    int maxFrontMatterChars,
    int maxYamlDepth,
    int maxYamlStringLength,
    int maxYamlKeyLength,
    int maxYamlNumberLength,
    int maxBlocks,
    int maxTableCells,
    int maxNesting) {

  private static final ParseLimits DEFAULTS =
      new ParseLimits(2 * 1024 * 1024, 64 * 1024, 16, 64 * 1024, 256, 32, 50_000, 10_000, 64);

  /**
   * Checks the components.
   *
   * @param maxPostChars the largest post, in UTF-16 chars (default 2 Mi)
   * @param maxFrontMatterChars the largest front matter (default 64 Ki)
   * @param maxYamlDepth the deepest nesting of YAML collections (default 16)
   * @param maxYamlStringLength the longest YAML string (default 64 Ki)
   * @param maxYamlKeyLength the longest YAML key (default 256)
   * @param maxYamlNumberLength the longest YAML number (default 32)
   * @param maxBlocks the most Markdown blocks (headings, paragraphs, list items) in a body (default 50,000)
   * @param maxTableCells the most cells in one table (default 10,000)
   * @param maxNesting the deepest nesting of Markdown containers (block quotes, lists; default 64)
   */
  public ParseLimits {
    if (maxPostChars <= 0 || maxFrontMatterChars <= 0 || maxYamlDepth <= 0 || maxYamlStringLength <= 0
        || maxYamlKeyLength <= 0 || maxYamlNumberLength <= 0 || maxBlocks <= 0 || maxTableCells <= 0
        || maxNesting <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** {@return the documented defaults} */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with another post size limit}
   *
   * @param value the value
   */
  public ParseLimits withMaxPostChars(int value) {
    return new ParseLimits(value, maxFrontMatterChars, maxYamlDepth, maxYamlStringLength, maxYamlKeyLength,
        maxYamlNumberLength, maxBlocks, maxTableCells, maxNesting);
  }

  /**
   * {@return a copy with another front-matter size limit}
   *
   * @param value the value
   */
  public ParseLimits withMaxFrontMatterChars(int value) {
    return new ParseLimits(maxPostChars, value, maxYamlDepth, maxYamlStringLength, maxYamlKeyLength,
        maxYamlNumberLength, maxBlocks, maxTableCells, maxNesting);
  }
}
