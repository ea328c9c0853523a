package org.digestkit.core.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.digestkit.core.internal.CommonmarkVersion;
import org.digestkit.core.internal.FastInlines;
import org.digestkit.core.internal.FastTrees;
import org.jspecify.annotations.Nullable;

/**
 * Markdown to commonmark-java's node tree, fast for the plain subset digests are written in: the tree
 * commonmark-java 0.32's {@link Parser} builds with the GFM tables extension (without source spans), made by
 * digestkit's block scanner and inline shortcut where they apply and by commonmark-java itself everywhere else.
 * For renderers that walk commonmark-java nodes. Thread-safe.
 *
 * <p>The shortcuts are tested with commonmark-java 0.31.0 to 0.32.x. With another version on the class or module
 * path they are not taken: every text goes to commonmark-java, which gives the same trees, only slower.
 *
 * <pre>{@code
 * FastMarkdown markdown = FastMarkdown.withLimits(10_000, 100, 100);
 * Node document = markdown.parse(text);
 * }</pre>
 */
public final class FastMarkdown {
  private final Parser parser;
  private final InlineParserContext context;
  /** Whether the limits leave room for what the fast path builds (lists nested 8 deep, strong in a link). */
  private final boolean fastPath;

  private FastMarkdown(int maxTableCells, int maxOpenBlockParsers, int maxInlineNesting) {
    this.parser = withFastInlines(Parser.builder()
        .extensions(List.of(TablesExtension.builder().maxCells(maxTableCells).build()))
        .maxOpenBlockParsers(maxOpenBlockParsers)
        .maxInlineNesting(maxInlineNesting))
        .build();
    // commonmark-java's own inline context for a document without link reference definitions (the block
    // scanner leaves documents with definitions to commonmark-java), with the same limits
    InlineParserContext[] captured = new InlineParserContext[1];
    Parser.builder().maxInlineNesting(maxInlineNesting).inlineParserFactory(c -> {
      captured[0] = c;
      return (lines, block) -> { };
    }).build().parse("x");
    this.context = captured[0];
    this.fastPath = CommonmarkVersion.shortcutsSupported() && maxOpenBlockParsers >= 20 && maxInlineNesting >= 4;
  }

  /**
   * A parser with the given limits: table cells (the tables extension refuses more), nested open blocks and
   * inline nesting (commonmark-java's limits). Limits below 20 open blocks or 4 inline levels leave every text
   * to commonmark-java, which applies them.
   */
  public static FastMarkdown withLimits(int maxTableCells, int maxOpenBlockParsers, int maxInlineNesting) {
    return new FastMarkdown(maxTableCells, maxOpenBlockParsers, maxInlineNesting);
  }

  /** The document tree of {@code markdown}. */
  public Node parse(String markdown) {
    Node fast = parseFast(markdown);
    return fast != null ? fast : parser.parse(markdown);
  }

  /** The tree by the fast path, or null when {@code markdown} is not in its subset. */
  @Nullable Node parseFast(String markdown) {
    return fastPath ? FastTrees.parse(markdown, FastInlines.FACTORY.create(context)) : null;
  }

  /**
   * {@code builder} with digestkit's inline shortcut for plain text, plain inline links and paired {@code **}
   * runs (the same nodes as commonmark-java's own inline parsing, sooner), when the commonmark-java version in
   * use is one it is tested with; else {@code builder} unchanged. Replaces the builder's inline parser factory.
   *
   * @param builder a commonmark-java parser builder
   * @return {@code builder}
   */
  public static Parser.Builder withFastInlines(Parser.Builder builder) {
    return CommonmarkVersion.shortcutsSupported() ? builder.inlineParserFactory(FastInlines.FACTORY) : builder;
  }
}
