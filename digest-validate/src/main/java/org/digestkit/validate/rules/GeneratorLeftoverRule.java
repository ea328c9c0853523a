package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.digestkit.validate.internal.SummaryMatcher;
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
  /** Emphasis marks around a whole line. */
  private static final Pattern EMPHASIS_MARKS = Pattern.compile("^[*_]+|[*_]+$");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

  public GeneratorLeftoverRule() {
    super("generator-leftover", Severity.WARNING, "no placeholder, template variable or foreign boilerplate a"
        + " generator left behind");
  }

  /** A pipeline's leftovers spoil any post, digest or article. */
  @Override
  public boolean appliesToAllPosts() {
    return true;
  }

  @Override
  public List<RuleOption> declaredOptions() {
    return List.of(RuleOption.strings("markers", "a pipeline's known leftover phrases (matched ignoring case)"),
        RuleOption.integer("foreign-words", 1, 10_000,
            "the words a run of lines in another script needs to count as boilerplate (default 12)"));
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> markers = markers(ctx.options().strings("markers", List.of()));
    List<Leaf> leaves = new ArrayList<>();
    if (ctx.digest().title() != null) {
      leaves.add(Leaf.of(ctx.digest().title()));
    }
    blocks(ctx.digest().intro(), leaves);
    for (Section s : ctx.digest().sections()) {
      placeholders(ctx, s);
      section(s, leaves);
    }
    if (mayHoldInlineLeftover(ctx.text(), markers)) {
      for (Leaf leaf : leaves) {
        inline(ctx, leaf, markers);
      }
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
    line = EMPHASIS_MARKS.matcher(line).replaceAll("").strip();
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

  /**
   * Whether the post's text holds the opening of a template variable or one of the markers anywhere (in lower
   * case): searched once over the whole text, so that the leaves are searched one by one (to say where) only
   * when it does.
   */
  private static boolean mayHoldInlineLeftover(String text, List<String> markers) {
    if (mayHoldTemplate(text)) {
      return true;
    }
    String lower = markers.isEmpty() ? text : asciiLowerCase(text);
    for (String marker : markers) {
      boolean ascii = marker.chars().allMatch(c -> c < 0x80);
      if (ascii ? lower.contains(asciiLowerCase(marker)) : indexOfIgnoreCase(text, marker) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with its ASCII capitals in lower case (the case of an ASCII marker's letters). */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }

  private static boolean mayHoldTemplate(String text) {
    return text.contains("{{") || text.contains("${") || text.contains("{%") || text.contains("<%")
        || text.contains("[object");
  }

  /** Template variables and marker phrases in one leaf, at their line and column. */
  private static void inline(RuleContext ctx, Leaf leaf, List<String> markers) {
    if (!leaf.source().isParsed()) {
      return;
    }
    String raw = leaf.source().raw();
    String prose = raw.indexOf('`') < 0 ? raw : blankCodeSpans(raw);
    if (mayHoldTemplate(prose)) {
      Matcher template = TEMPLATE.matcher(prose);
      if (template.find()) {
        report(ctx, leaf.source(), template.start(), "unresolved template text '" + template.group() + "'");
      }
    }
    // a marker inside a longer one found (they are tried longest first) is the same leftover
    List<int[]> found = new ArrayList<>();
    for (String marker : markers) {
      int at = indexOfIgnoreCase(prose, marker);
      if (at >= 0 && found.stream().noneMatch(f -> f[0] <= at && at < f[1])) {
        found.add(new int[] {at, at + marker.length()});
      }
    }
    found.sort(Comparator.comparingInt(f -> f[0]));
    for (int[] f : found) {
      report(ctx, leaf.source(), f[0], "generator marker '" + raw.substring(f[0], f[1]) + "'");
    }
  }

  /** The markers that are not blank, the longest first. */
  private static List<String> markers(List<String> configured) {
    List<String> out = new ArrayList<>();
    for (String m : configured) {
      if (!m.isBlank()) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  /**
   * Where {@code phrase} first occurs in {@code text} ignoring case (as {@link String#regionMatches(boolean, int,
   * String, int, int)} does: character by character, so offsets in the text are kept), or -1. Only the places
   * where the phrase's first character stands, in either case, are compared.
   */
  static int indexOfIgnoreCase(String text, String phrase) {
    char first = phrase.charAt(0);
    char lower = Character.toLowerCase(first);
    char upper = Character.toUpperCase(first);
    int best = -1;
    for (char c : lower == upper ? new char[] {first} : new char[] {lower, upper}) {
      for (int at = text.indexOf(c); at >= 0 && (best < 0 || at < best); at = text.indexOf(c, at + 1)) {
        if (text.regionMatches(true, at, phrase, 0, phrase.length())) {
          best = at;
          break;
        }
      }
    }
    return best;
  }

  /** {@code text} with each code span replaced by as many spaces (offsets are kept). */
  private static String blankCodeSpans(String text) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = INLINE_CODE.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
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
   * one), of at least {@code minWords} words together. Leaves that cite a source (a link, a URL, a footnote)
   * neither count nor break a run: a digest may well list foreign headlines and references.
   */
  private static void foreign(RuleContext ctx, List<Leaf> leaves, int minWords) {
    List<Script> scripts = new ArrayList<>(leaves.size());
    long han = 0;
    long latin = 0;
    for (Leaf leaf : leaves) {
      Script script = Script.of(leaf.text());
      scripts.add(script);
      han += script.han();
      latin += script.latinWords();
    }
    boolean hanPost = han / 2 >= latin; // words: about two Han characters make one
    if (han + latin == 0) {
      return;
    }
    Leaf first = null;
    int words = 0;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf leaf = leaves.get(i);
      Script script = scripts.get(i);
      boolean foreign = hanPost ? script.han() == 0 : script.latinWords() == 0;
      if (!foreign && first == null) {
        continue; // no run to end (asked first: whether a leaf cites is read only where it matters)
      }
      if (Script.cites(leaf.text())) {
        continue;
      }
      int leafWords = !foreign ? -1 : hanPost ? script.latinWords() : script.han() / 2;
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

  /**
   * The script of a leaf's inline Markdown as a reader reads it (code spans, link destinations and URLs left
   * out): its Han characters, its
   * Latin words (a run of letters, apostrophes and hyphens; a run that holds a digit, {@code .}, {@code /},
   * {@code \\} or {@code _} is a number, path, file name or identifier, not a word).
   */
  record Script(int han, int latinWords) {
    static Script of(String markdown) {
      int han = 0;
      int words = 0;
      int n = markdown.length();
      int i = 0;
      while (i < n) {
        char c = markdown.charAt(i);
        if (c > '\u2019') { // beyond the word parts: most of a Han post's characters, decided at once
          han += SummaryMatcher.isCjk(c) ? 1 : 0;
          i++;
        } else if (c == '`' || c == ']' && markdown.startsWith("](", i)) { // a code span, a link destination
          int close = markdown.indexOf(c == '`' ? '`' : ')', i + 1);
          i = close < 0 ? i + 1 : close + 1;
        } else if (c == 'h' && (markdown.startsWith("http://", i) || markdown.startsWith("https://", i))) {
          while (i < n && !Character.isWhitespace(markdown.charAt(i))) {
            i++;
          }
        } else if (isWordPart(c)) {
          int j = i;
          boolean word = isLetter(c);
          while (j < n && isWordPart(markdown.charAt(j))) {
            char d = markdown.charAt(j);
            word &= isLetter(d) || d == '\'' || d == '’' || d == '-' || d == '.' && (j + 1 == n
                || !isWordPart(markdown.charAt(j + 1)));
            j++;
          }
          words += word ? 1 : 0;
          i = j;
        } else {
          han += SummaryMatcher.isCjk(c) ? 1 : 0;
          i++;
        }
      }
      return new Script(han, words);
    }

    /** Whether inline Markdown cites a source or shows a picture: a link or image, reference link, URL, footnote. */
    static boolean cites(String markdown) {
      return markdown.contains("](") || markdown.contains("][") || markdown.contains("://")
          || markdown.contains("[^");
    }

    private static boolean isLetter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isWordPart(char c) {
      return isLetter(c) || c >= '0' && c <= '9' || c == '\'' || c == '’' || c == '-' || c == '.' || c == '/'
          || c == '\\' || c == '_';
    }
  }
}
