package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Heading;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreList;
import org.digestkit.core.model.Paragraph;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.SectionElement;
import org.digestkit.core.model.SourceInfo;
import org.digestkit.core.model.ThematicBreak;
import org.digestkit.validate.Severity;
import org.digestkit.validate.spi.RuleContext;
import org.digestkit.validate.spi.RuleOption;

/**
 * Text a generating pipeline left behind instead of content: a section or item whose only content is a
 * placeholder line (a note in brackets, {@code TODO}, {@code 暂无}, a template variable); an unresolved template
 * variable anywhere ({@code {{ x }}}, <code>${x}</code>, {@code [object Object]}); a run of body text in another
 * script than the post's (an English status block in a Chinese post, and the reverse) of at least
 * {@code foreign-words} words (default 12); and any of the phrases in {@code markers} (a pipeline's own known
 * leftovers; none by default), case-insensitively.
 */
public final class GeneratorLeftoverRule extends BaseRule {
  /** Lines that stand for missing content when they are all a section or item holds. */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)(todo|tbd|tba|n/?a|none|null|nil|undefined|placeholder|lorem ipsum.*|coming soon|content here"
          + "|暂无(内容|更新|动态|数据|信息)?|无|略|待(补充|更新|添加|完善|定)|内容待定|[.。…·\\-—_]+)[.。!！]?");
  /** A whole line in one pair of brackets: a note about the content instead of the content. */
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[〔{<＜「].*[）)】\\]〕}>＞」]");
  /** Template variables and serialised objects a template engine left unresolved. */
  private static final Pattern TEMPLATE = Pattern.compile(
      "\\{\\{[^{}\\n]{0,80}}}|\\$\\{[^{}\\n]{1,80}}|\\{%[^\\n]{0,80}%}|<%[^\\n]{0,80}%>|\\[object Object]");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
  private static final Pattern LINK_DESTINATION = Pattern.compile("]\\([^)\\s]*\\)|https?://\\S+");
  /**
   * A link, an image, a bare URL or a footnote: a line that cites a source (whose title keeps the source's
   * language) or shows a picture (whose alt text and caption are in whatever language their tool wrote).
   */
  private static final Pattern CITATION = Pattern.compile("]\\(|]\\[|https?://|\\[\\^");
  /** A Latin word of prose: not a segment of a path, a file name or an identifier. */
  private static final Pattern LATIN_WORD = Pattern.compile("(?<![/\\\\\\w.])[A-Za-z][A-Za-z'’-]*(?![/\\\\\\w])");

  public GeneratorLeftoverRule() {
    super("generator-leftover", Severity.WARNING, "no placeholder, template variable or foreign boilerplate a"
        + " generator left behind");
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.strings("markers", "a pipeline's known leftover phrases (matched ignoring case)"),
        RuleOption.integer("foreign-words", 1, 10_000,
            "the words a run of lines in another script needs to count as boilerplate (default 12)"));
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> markers = new ArrayList<>();
    for (String m : ctx.options().strings("markers", List.of())) {
      if (!m.isBlank()) {
        markers.add(m);
      }
    }
    List<Leaf> leaves = new ArrayList<>();
    if (ctx.digest().title() != null) {
      leaves.add(Leaf.of(ctx.digest().title()));
    }
    blocks(ctx.digest().intro(), leaves);
    for (Section s : ctx.digest().sections()) {
      placeholders(ctx, s);
      section(s, leaves);
    }
    for (Leaf leaf : leaves) {
      inline(ctx, leaf, markers);
    }
    foreign(ctx, leaves, ctx.options().integer("foreign-words", 12));
  }

  /** A leaf of prose: its inline Markdown and where it is. */
  private record Leaf(String text, SourceInfo source) {
    static Leaf of(Heading h) {
      return new Leaf(h.content(), h.source());
    }
  }

  private static void section(Section s, List<Leaf> out) {
    out.add(Leaf.of(s.heading()));
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        section(nested, out);
      } else if (e instanceof Item item) {
        out.add(Leaf.of(item.heading()));
        blocks(item.body(), out);
      } else {
        block((Block) e, out);
      }
    }
  }

  private static void blocks(List<Block> blocks, List<Leaf> out) {
    for (Block b : blocks) {
      block(b, out);
    }
  }

  private static void block(Block b, List<Leaf> out) {
    if (b instanceof Paragraph p) {
      out.add(new Leaf(p.text(), p.source()));
    } else if (b instanceof BulletList list) {
      bullets(list.bullets(), out);
    } else if (b instanceof LabelledBlock lb) {
      out.add(new Leaf(lb.label().text(), lb.label().source()));
      blocks(lb.content(), out);
    } else if (b instanceof MoreList list) {
      for (MoreEntry e : list.entries()) {
        out.add(new Leaf(e.itemText(), e.source()));
      }
    }
  }

  private static void bullets(List<Bullet> bullets, List<Leaf> out) {
    for (Bullet b : bullets) {
      out.add(new Leaf(b.text(), b.source()));
      bullets(b.children(), out);
    }
  }

  /** Sections and items (nested ones included) whose only content is one placeholder line. */
  private static void placeholders(RuleContext ctx, Section s) {
    List<SectionElement> content = new ArrayList<>();
    for (SectionElement e : s.elements()) {
      if (e instanceof Section nested) {
        placeholders(ctx, nested);
      } else if (e instanceof Item item) {
        placeholder(ctx, item.heading(), new ArrayList<>(item.body()));
      }
      if (!(e instanceof ThematicBreak)) {
        content.add(e);
      }
    }
    placeholder(ctx, s.heading(), content);
  }

  private static void placeholder(RuleContext ctx, Heading heading, List<? extends SectionElement> content) {
    content.removeIf(e -> e instanceof ThematicBreak);
    if (content.size() != 1) {
      return;
    }
    String line = null;
    SourceInfo at = null;
    if (content.get(0) instanceof Paragraph p) {
      line = p.text();
      at = p.source();
    } else if (content.get(0) instanceof BulletList list && list.bullets().size() == 1
        && list.bullets().get(0).children().isEmpty()) {
      line = list.bullets().get(0).text();
      at = list.bullets().get(0).source();
    } else if (content.get(0) instanceof MoreList list && list.entries().size() == 1) {
      line = list.entries().get(0).itemText();
      at = list.entries().get(0).source();
    }
    if (line != null && at.isParsed() && isPlaceholder(line)) {
      ctx.report(at.line(), at.column(), "'" + heading.title() + "' holds only a placeholder: '" + line.strip()
          + "'");
    }
  }

  /** Whether one line of Markdown says that content is missing instead of being content. */
  static boolean isPlaceholder(String markdown) {
    String line = markdown.strip();
    if (line.indexOf('\n') >= 0 || line.length() > 120 || line.contains("](")) {
      return false;
    }
    line = line.replaceAll("^[*_]+|[*_]+$", "").strip();
    return PLACEHOLDER.matcher(line).matches() || BRACKETED.matcher(line).matches() && balanced(line)
        || TEMPLATE.matcher(line).matches();
  }

  /** Whether the first bracket of {@code line} closes at its end (not "(a) and (b)"). */
  private static boolean balanced(String line) {
    String open = "（(【[〔{<＜「";
    String close = "）)】]〕}>＞」";
    char first = line.charAt(0);
    char last = close.charAt(open.indexOf(first));
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == first) {
        depth++;
      } else if (c == last && --depth == 0) {
        return i == line.length() - 1;
      }
    }
    return false;
  }

  /** Template variables and marker phrases in one leaf, at their line and column. */
  private static void inline(RuleContext ctx, Leaf leaf, List<String> markers) {
    if (!leaf.source().isParsed()) {
      return;
    }
    String raw = leaf.source().raw();
    String prose = blank(raw, INLINE_CODE);
    Matcher template = TEMPLATE.matcher(prose);
    if (template.find()) {
      report(ctx, leaf.source(), template.start(), "unresolved template text '" + template.group() + "'");
    }
    List<int[]> found = new ArrayList<>(); // [start, end) of each marker found, the longest first where they overlap
    for (String marker : markers) {
      int at = indexOfIgnoreCase(prose, marker);
      if (at >= 0) {
        found.add(new int[] {at, at + marker.length()});
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int reportedTo = 0;
    for (int[] m : found) {
      if (m[0] >= reportedTo) { // a marker inside one reported already is the same leftover
        report(ctx, leaf.source(), m[0], "generator marker '" + raw.substring(m[0], m[1]) + "'");
        reportedTo = m[1];
      }
    }
  }

  /** Where {@code phrase} first occurs in {@code text} ignoring case (as String.regionMatches does), or -1. */
  private static int indexOfIgnoreCase(String text, String phrase) {
    for (int i = 0; i + phrase.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} with each match of {@code pattern} replaced by as many spaces (offsets are kept). */
  private static String blank(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    } while (m.find());
    return out.toString();
  }

  private static void report(RuleContext ctx, SourceInfo source, int offset, String message) {
    String raw = source.raw();
    int line = source.line();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (raw.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = lineStart == 0 ? source.column() + offset : offset - lineStart + 1;
    ctx.report(line, column, message);
  }

  /**
   * Runs of consecutive prose leaves written in another script than the post (no Han character in a post that
   * is mostly Han, or no Latin letter in a post that is mostly Latin; counted in words, two Han characters making
   * one), of at least {@code minWords} words
   * together. Leaves that cite a source (a link, a URL, a footnote) neither count nor break a run: a digest may
   * well list foreign headlines and references; image alt texts are not read.
   */
  private static void foreign(RuleContext ctx, List<Leaf> leaves, int minWords) {
    long han = 0;
    long latin = 0;
    for (Leaf leaf : leaves) {
      String prose = prose(leaf.text());
      han += countHan(prose);
      latin += LATIN_WORD.matcher(prose).results().count();
    }
    if (han + latin == 0) {
      return;
    }
    boolean hanPost = han / 2 >= latin; // words: about two Han characters make one
    Leaf first = null;
    int words = 0;
    for (Leaf leaf : leaves) {
      if (CITATION.matcher(leaf.text()).find()) {
        continue;
      }
      String prose = prose(leaf.text());
      int leafWords = hanPost ? (countHan(prose) == 0 ? (int) LATIN_WORD.matcher(prose).results().count() : -1)
          : (LATIN_WORD.matcher(prose).find() ? -1 : countHan(prose) / 2);
      if (leafWords < 0 || !leaf.source().isParsed()) {
        if (first != null && words >= minWords) {
          reportForeign(ctx, first, words, hanPost);
        }
        first = null;
        words = 0;
      } else if (leafWords > 0) {
        if (first == null) {
          first = leaf;
        }
        words += leafWords;
      }
    }
    if (first != null && words >= minWords) {
      reportForeign(ctx, first, words, hanPost);
    }
  }

  private static void reportForeign(RuleContext ctx, Leaf first, int words, boolean hanPost) {
    ctx.report(first.source().line(), first.source().column(), "text in " + (hanPost ? "Latin script" : "Han script")
        + " (" + words + " words from here) in a post written in " + (hanPost ? "Han" : "Latin") + " script: '"
        + abbreviate(first.text()) + "'");
  }

  private static String abbreviate(String text) {
    String line = text.strip().replace('\n', ' ');
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  /** The text of inline Markdown a reader reads: link destinations, URLs and code spans left out. */
  private static String prose(String markdown) {
    return LINK_DESTINATION.matcher(INLINE_CODE.matcher(markdown).replaceAll(" ")).replaceAll(" ");
  }

  private static int countHan(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        n++;
      }
    }
    return n;
  }
}
