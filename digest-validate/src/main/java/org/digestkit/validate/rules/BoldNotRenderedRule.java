package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.text.Characters;
import org.digestkit.core.markdown.FastMarkdown;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.validate.Fix;
import org.digestkit.validate.Severity;
import org.digestkit.validate.internal.TextLeaves;
import org.digestkit.validate.spi.RuleContext;

/**
 * {@code **bold**} runs that CommonMark will not render as bold because of its flanking rules: a closing
 * {@code **} after punctuation and directly before a letter ({@code （协同工程）**技术}), or an opening one after
 * a letter and before punctuation, or white space just inside a delimiter ({@code **4 比 1 **}). Chinese text
 * hits this often, as it has no spaces. The {@code **} runs of a line pair up in order, as the author meant them.
 *
 * <p>Fix: white space just inside a delimiter moves outside it, and a space goes on the outer side of a delimiter
 * that still does not flank. The fix is offered only where commonmark-java, rendering the paragraph before and
 * after, shows that the run becomes bold and nothing else in the paragraph renders differently; so a second
 * {@code digest fix} finds nothing more to do.
 */
public final class BoldNotRenderedRule extends BaseRule {
  /** Paragraphs longer than this, or with more runs to fix, get findings without fixes: bounded work. */
  private static final int MAX_PARAGRAPH_CHARS = 16_384;

  private static final int MAX_RUNS_PER_PARAGRAPH = 16;

  /** Inline HTML that marks a run's place, inert to emphasis. */
  private static final String MARK_OPEN = "<x-run>";

  private static final String MARK_CLOSE = "</x-run>";
  private static final Pattern MARK_SPACE = Pattern.compile("\\s*(</?x-run>)\\s*");

  /** commonmark-java's tree of Markdown, by core's shortcut where it applies (the tree renderers render). */
  private static final FastMarkdown MARKDOWN = FastMarkdown.withLimits(10_000, 100, 100);
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
  public BoldNotRenderedRule() {
    super("bold-not-rendered", Severity.WARNING, "**bold** runs are written so that CommonMark renders them bold");
  }

  /**
   * A {@code **…**} pair of one line that does not render bold.
   *
   * @param line 1-based line
   * @param lineStart the offset of the line's first character
   * @param open the offset of the opening {@code **}
   * @param close the offset of the closing {@code **}
   * @param opening whether the opening delimiter is the one that does not flank (else the closing one)
   */
  private record Run(int line, int lineStart, int open, int close, boolean opening) {}

  @Override
  public boolean offersFixes() {
    return true;
  }

  @Override
  public void check(RuleContext ctx) {
    List<Run> runs = unrenderedRuns(ctx);
    if (runs.isEmpty()) {
      return;
    }
    Map<Run, Fix> fixes = new HashMap<>();
    for (int i = 0; i < runs.size(); ) {
      int[] paragraph = paragraph(ctx, runs.get(i).line());
      int j = i;
      while (j < runs.size() && runs.get(j).open() < paragraph[1]) {
        j++;
      }
      fixes.putAll(new ParagraphFixes(ctx.text(), paragraph[0], paragraph[1], runs.subList(i, j)).resolve());
      i = j;
    }
    for (Run r : runs) {
      int at = r.opening() ? r.open() : r.close();
      ctx.report(r.line(), at - r.lineStart() + 1, r.opening()
          ? "the opening ** is not left-flanking: CommonMark will show the asterisks"
          : "the closing ** is not right-flanking: CommonMark will show the asterisks", fixes.get(r));
    }
  }

  /** The pairs that do not render bold, in the lines of the post's body text (not headings, code or HTML). */
  private static List<Run> unrenderedRuns(RuleContext ctx) {
    String text = ctx.text();
    List<Run> out = new ArrayList<>();
    TextLeaves leaves = PostFacts.of(ctx).leaves();
    Next stars = new Next(text, '*');
    Next ticks = new Next(text, '`');
    Next backslashes = new Next(text, '\\');
    int star = doubleStar(stars, 0); // the next "**" not before the leaf being looked at
    int checkedUpTo = 0; // the last line checked: a label and its text can share a line
    int previousStart = -1;
    for (int i = 0; i < leaves.size() && star >= 0; i++) {
      if (leaves.kind(i) == TextLeaves.Kind.HEADING) {
        continue;
      }
      SourceInfo src = leaves.source(i);
      int start = ctx.offset(src.line(), src.column());
      int end = start + src.rawLength();
      if (star < start || start < previousStart) {
        star = doubleStar(stars, start); // leaves come in document order; one out of order searches again
      }
      previousStart = start;
      // each line of the leaf that holds a "**" of its text, checked whole
      int line = src.line();
      while (star >= 0 && star < end) {
        for (int next = ctx.offset(line + 1, 1); next != 0 && next <= star; next = ctx.offset(line + 1, 1)) {
          line++; // the line of the star: the leaf's first or one below it
        }
        int from = ctx.offset(line, 1);
        int to = lineEnd(ctx, text, line, from);
        if (line > checkedUpTo) {
          checkLine(text, stars, ticks, backslashes, line, from, to, out);
          checkedUpTo = line;
        }
        star = doubleStar(stars, to);
      }
    }
    return out;
  }

  /**
   * The next occurrence of a character at or after a position: {@link String#indexOf(int, int)} finds it many
   * characters at a time, and the answer serves every later position before it (the lines of a post are read in
   * order, so most searches are answered without one).
   */
  private static final class Next {
    private static final int NONE = Integer.MAX_VALUE;
    private final String text;
    private final char c;
    private int searchedFrom = Integer.MAX_VALUE;
    private int at;

    Next(String text, char c) {
      this.text = text;
      this.c = c;
    }

    /** The offset of the first {@code c} at or after {@code from}, or {@link #NONE}. */
    int from(int from) {
      if (from < searchedFrom || at < from) {
        searchedFrom = from;
        at = text.indexOf(c, from);
        at = at < 0 ? NONE : at;
      }
      return at;
    }
  }

  /** The offset of the first {@code **} at or after {@code from}, or -1. */
  private static int doubleStar(Next stars, int from) {
    for (int at = stars.from(from); at != Next.NONE; at = stars.from(at + 1)) {
      if (at + 1 < stars.text.length() && stars.text.charAt(at + 1) == '*') {
        return at;
      }
    }
    return -1;
  }

  /** The offset after line {@code line}'s last character (before its line break), the line starting at {@code from}. */
  private static int lineEnd(RuleContext ctx, String text, int line, int from) {
    int nextStart = ctx.offset(line + 1, 1); // 0 past the last line
    int end = nextStart == 0 ? text.length() : nextStart;
    while (end > from && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /**
   * Adds the pairs of line {@code text[from, to)} that do not render bold: its runs of exactly two stars outside
   * code spans and escapes pair up in order, opener then closer. Only the stars, backticks and backslashes of the
   * line are visited, each found by its {@link Next}.
   */
  private static void checkLine(String text, Next stars, Next ticks, Next backslashes, int line, int from, int to,
      List<Run> out) {
    int open = -1;
    int i = from;
    while (i < to) {
      int star = stars.from(i);
      int tick = ticks.from(i);
      int backslash = backslashes.from(i);
      if (tick < star && tick < backslash) {
        if (tick >= to) {
          return;
        }
        int close = ticks.from(tick + 1);
        i = close >= to ? to : close + 1; // a code span, or a backtick without a closing one on the line
      } else if (backslash < star) {
        i = backslash + 2;
      } else if (star < to) {
        int j = star;
        while (j < to && text.charAt(j) == '*') {
          j++;
        }
        if (j - star == 2 && open < 0) {
          open = star;
        } else if (j - star == 2) {
          if (!leftFlanking(before(text, from, open), after(text, open + 2, to))) {
            out.add(new Run(line, from, open, star, true));
          } else if (!rightFlanking(before(text, from, star), after(text, star + 2, to))) {
            out.add(new Run(line, from, open, star, false));
          }
          open = -1;
        }
        i = j;
      } else {
        return;
      }
    }
  }

  /** The character before {@code at}, a line break at the line's start (CommonMark's view of a line's edge). */
  private static int before(String s, int lineStart, int at) {
    return at > lineStart ? s.codePointBefore(at) : '\n';
  }

  /** The character at {@code at}, a line break at the line's end. */
  private static int after(String s, int at, int lineEnd) {
    return at < lineEnd ? s.codePointAt(at) : '\n';
  }

  /** CommonMark's left-flanking delimiter run (one that can open {@code **}), from its neighbours. */
  static boolean leftFlanking(int before, int after) {
    return !Characters.isWhitespaceCodePoint(after) && (!Characters.isPunctuationCodePoint(after)
        || Characters.isWhitespaceCodePoint(before) || Characters.isPunctuationCodePoint(before));
  }

  /** CommonMark's right-flanking delimiter run (one that can close {@code **}), from its neighbours. */
  static boolean rightFlanking(int before, int after) {
    return leftFlanking(after, before);
  }

  /**
   * The offsets of the paragraph around {@code line}, the unit CommonMark parses inline: its lines up to the blank
   * lines around it, and in a list only the list item's own lines (a line that starts an item starts a paragraph).
   */
  private static int[] paragraph(RuleContext ctx, int line) {
    int first = line;
    while (first > 1 && !LIST_ITEM.matcher(ctx.line(first)).lookingAt() && !ctx.line(first - 1).isBlank()) {
      first--;
    }
    int last = line;
    while (ctx.offset(last + 1, 1) != 0 && !ctx.line(last + 1).isBlank()
        && !LIST_ITEM.matcher(ctx.line(last + 1)).lookingAt()) {
      last++;
    }
    return new int[] {ctx.offset(first, 1), ctx.offset(last, 1) + ctx.line(last).length()};
  }

  /** A line that starts a list item: a bullet or ordered-list marker, then white space or the line's end. */
  private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]|$)");

  /**
   * The fixes of one paragraph's unrendered runs. A run's fix is kept when, rendered by commonmark-java, the
   * paragraph with it shows the run bold and nothing else changed; fixes are tried, each against the paragraph
   * with the fixes kept so far, until none more is kept, so that the fixed paragraph offers none.
   */
  private static final class ParagraphFixes {
    private final String text;
    private final int start;
    private final List<Run> runs;
    private final String[] replacements;
    private String state;
    private String stateHtml;

    ParagraphFixes(String text, int start, int end, List<Run> runs) {
      this.text = text;
      this.start = start;
      this.runs = runs;
      this.replacements = new String[runs.size()];
      this.state = text.substring(start, end);
    }

    Map<Run, Fix> resolve() {
      Map<Run, Fix> out = new HashMap<>();
      if (state.length() > MAX_PARAGRAPH_CHARS || runs.size() > MAX_RUNS_PER_PARAGRAPH) {
        return out;
      }
      boolean progress = true;
      while (progress) {
        progress = false;
        for (int r = 0; r < runs.size(); r++) {
          progress |= replacements[r] == null && tryFix(r);
        }
      }
      for (int r = 0; r < runs.size(); r++) {
        if (replacements[r] != null) {
          Run run = runs.get(r);
          out.put(run, new Fix(run.line(), run.open() - run.lineStart() + 1,
              text.substring(run.open(), run.close() + 2), replacements[r]));
        }
      }
      return out;
    }

    /** Keeps the fix of run {@code r} if it renders as intended in the paragraph as it stands. */
    private boolean tryFix(int r) {
      Run run = runs.get(r);
      int shift = 0; // what the fixes kept before the run added
      for (int k = 0; k < r; k++) {
        if (replacements[k] != null) {
          Run before = runs.get(k);
          shift += replacements[k].length() - (before.close() + 2 - before.open());
        }
      }
      int open = run.open() - start + shift;
      int close = run.close() - start + shift;
      String inner = state.substring(open + 2, close);
      int lead = 0;
      while (lead < inner.length() && Characters.isWhitespaceCodePoint(inner.charAt(lead))) {
        lead++;
      }
      int trail = inner.length();
      while (trail > lead && Characters.isWhitespaceCodePoint(inner.charAt(trail - 1))) {
        trail--;
      }
      if (lead == trail) {
        return false; // nothing to make bold
      }
      String core = inner.substring(lead, trail);
      String prefix = inner.substring(0, lead);
      String suffix = inner.substring(trail);
      if (prefix.isEmpty() && !leftFlanking(before(state, 0, open), core.codePointAt(0))) {
        prefix = " ";
      }
      if (suffix.isEmpty() && !rightFlanking(core.codePointBefore(core.length()), after(state, close + 2,
          state.length()))) {
        suffix = " ";
      }
      String replacement = prefix + "**" + core + "**" + suffix;
      String fixed = state.substring(0, open) + replacement + state.substring(close + 2);
      int newOpen = open + prefix.length();
      int newClose = newOpen + 2 + core.length();
      if (stateHtml == null) {
        stateHtml = html(state);
      }
      // before, the run's stars are text that pairs with nothing; after, the run is bold and pairs with nothing
      // else; and with the run marked alike before and after, nothing but white space at its edges differs
      if (!stateHtml.equals(html(replaceDelimiters(state, open, close, "\\*\\*", "\\*\\*")))
          || !html(fixed).equals(html(replaceDelimiters(fixed, newOpen, newClose, "<strong>", "</strong>")))
          || !marked(replaceDelimiters(state, open, close, MARK_OPEN, MARK_CLOSE))
              .equals(marked(replaceDelimiters(fixed, newOpen, newClose, MARK_OPEN, MARK_CLOSE)))) {
        return false;
      }
      replacements[r] = replacement;
      state = fixed;
      stateHtml = null;
      return true;
    }

    /** The HTML of a paragraph whose run is marked, without white space at the marks. */
    private static String marked(String lines) {
      return MARK_SPACE.matcher(html(lines)).replaceAll("$1");
    }

    private static String replaceDelimiters(String s, int open, int close, String opening, String closing) {
      return s.substring(0, open) + opening + s.substring(open + 2, close) + closing + s.substring(close + 2);
    }

    /**
     * commonmark-java's HTML of a paragraph's lines, without the indentation they share (a paragraph of a list
     * item is indented, and four spaces would make it code on its own).
     */
    private static String html(String lines) {
      String[] split = lines.split("\n", -1);
      int indent = Integer.MAX_VALUE;
      for (String l : split) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == ' ') {
          n++;
        }
        if (n < l.length()) {
          indent = Math.min(indent, n);
        }
      }
      StringBuilder out = new StringBuilder(lines.length());
      for (String l : split) {
        out.append(l, Math.min(indent, l.length()), l.length()).append('\n');
      }
      return HTML.render(MARKDOWN.parse(out.toString()));
    }
  }
}
