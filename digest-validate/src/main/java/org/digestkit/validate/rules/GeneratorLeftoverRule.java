package org.digestkit.validate.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Block;
import org.digestkit.core.model.Bullet;
import org.digestkit.core.model.BulletList;
import org.digestkit.core.model.Cjk;
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
import org.jspecify.annotations.Nullable;

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
  static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)(todo|tbd|tba|n/?a|none|null|nil|undefined|placeholder|lorem ipsum.*|coming soon|content here"
          + "|暂无(内容|更新|动态|数据|信息)?|无|略|待(补充|更新|添加|完善|定)|内容待定|[.。…·\\-—_]+)[.。!！]?");
  /** The characters a {@link #PLACEHOLDER} line can start with: the regular expression is tried only on them. */
  static final String PLACEHOLDER_STARTS = "TtNnUuPpLlCc暂无略待内.。…·-—_";
  /** A whole line in one pair of brackets: a note about the content instead of the content. */
  private static final Pattern BRACKETED = Pattern.compile("[（(【\\[〔{<＜「].*[）)】\\]〕}>＞」]");
  /** The opening brackets of {@link #BRACKETED}, and the closing ones in the same order. */
  private static final String OPENING = "（(【[〔{<＜「";
  private static final String CLOSING = "）)】]〕}>＞」";
  /** Template variables and serialised objects a template engine left unresolved. */
  private static final Pattern TEMPLATE = Pattern.compile(
      "\\{\\{[^{}\\n]{0,80}}}|\\$\\{[^{}\\n]{1,80}}|\\{%[^\\n]{0,80}%}|<%[^\\n]{0,80}%>|\\[object Object]");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

  /** The rule with its id, default severity and description; {@link java.util.ServiceLoader} calls this. */
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
    Markers markers = markers(ctx.options().strings("markers", List.of()));
    int minWords = ctx.options().integer("foreign-words", 12);
    // placeholders are reported as the walk finds them, and runs of Latin script as if the post were in CJK script
    // (most are); a post found to be in Latin script is walked again for its runs of CJK script
    Votes votes = new Votes(minWords);
    new Walk(ctx, votes).post(ctx.digest());
    if (mayHoldTemplate(ctx.text()) || markers.anyIn(ctx.text())) {
      new Walk(null, (text, source, linked) -> inline(ctx, source, markers)).post(ctx.digest());
    }
    if (votes.cjkLeaves + votes.latinLeaves == 0) {
      return;
    }
    if (votes.cjkLeaves >= votes.latinLeaves) {
      votes.runs.report(ctx);
    } else {
      Runs latin = new Runs(false, minWords);
      new Walk(null, latin).post(ctx.digest());
      latin.report(ctx);
    }
  }

  /** Receives the prose leaves of a post in document order. */
  private interface Leaves {
    /**
     * A leaf of prose: its inline Markdown (for a one-line entry, its title and description), where it is, and
     * whether it is known to be a link.
     */
    void leaf(String text, SourceInfo source, boolean linked);

    /** A one-line entry: its title and description as one leaf, known to be a link when it has a URL. */
    default void entry(MoreEntry e) {
      leaf(e.title() + e.separator() + e.description(), e.source(), e.url() != null);
    }
  }

  /** Whether a leaf cites a source or shows a picture: a link or image, reference link, URL, footnote. */
  private static boolean cites(String text, boolean linked) {
    return linked || text.contains("](") || text.contains("][") || text.contains("://") || text.contains("[^");
  }

  /**
   * Walks the prose leaves of a post (its title, headings, paragraphs, bullets, labels and one-line entries) and,
   * given a context, reports the sections and items whose only content is one placeholder line.
   */
  private record Walk(@Nullable RuleContext placeholders, Leaves out) {
    void post(Digest digest) {
      if (digest.title() != null) {
        heading(digest.title());
      }
      blocks(digest.intro());
      for (Section s : digest.sections()) {
        section(s);
      }
    }

    private void heading(Heading h) {
      out.leaf(h.content(), h.source(), false);
    }

    /** The leaves of {@code s} and the placeholders in it, nested sections and items included, {@code s} last. */
    private void section(Section s) {
      heading(s.heading());
      List<SectionElement> elements = s.elements();
      for (int i = 0; i < elements.size(); i++) {
        SectionElement e = elements.get(i);
        if (e instanceof Section nested) {
          section(nested);
        } else if (e instanceof Item item) {
          placeholder(item.heading(), item.body());
          heading(item.heading());
          blocks(item.body());
        } else {
          block((Block) e);
        }
      }
      placeholder(s.heading(), elements);
    }

    private void blocks(List<Block> blocks) {
      for (int i = 0; i < blocks.size(); i++) {
        block(blocks.get(i));
      }
    }

    private void block(Block b) {
      if (b instanceof Paragraph p) {
        out.leaf(p.text(), p.source(), false);
      } else if (b instanceof BulletList list) {
        bullets(list.bullets());
      } else if (b instanceof LabelledBlock lb) {
        out.leaf(lb.label().text(), lb.label().source(), false);
        blocks(lb.content());
      } else if (b instanceof MoreList list) {
        for (MoreEntry e : list.entries()) {
          out.entry(e);
        }
      }
    }

    private void bullets(List<Bullet> bullets) {
      for (int i = 0; i < bullets.size(); i++) {
        Bullet b = bullets.get(i);
        out.leaf(b.text(), b.source(), false);
        if (!b.children().isEmpty()) {
          bullets(b.children());
        }
      }
    }

    private void placeholder(Heading heading, List<? extends SectionElement> elements) {
      if (placeholders != null) {
        GeneratorLeftoverRule.placeholder(placeholders, heading, elements);
      }
    }
  }

  /** Reports the section or item under {@code heading} when its only content is one placeholder line. */
  private static void placeholder(RuleContext ctx, Heading heading, List<? extends SectionElement> elements) {
    SectionElement only = null;
    for (SectionElement e : elements) {
      if (!(e instanceof ThematicBreak)) {
        if (only != null) {
          return;
        }
        only = e;
      }
    }
    String line = null;
    SourceInfo at = null;
    if (only instanceof Paragraph p) {
      line = p.text();
      at = p.source();
    } else if (only instanceof BulletList list && list.bullets().size() == 1
        && list.bullets().get(0).children().isEmpty()) {
      line = list.bullets().get(0).text();
      at = list.bullets().get(0).source();
    } else if (only instanceof MoreList list && list.entries().size() == 1) {
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
    line = withoutEmphasisMarks(line).strip();
    if (line.isEmpty()) {
      return false;
    }
    // each pattern is tried only on lines that can match it (most one-line sections are content)
    char first = line.charAt(0);
    return PLACEHOLDER_STARTS.indexOf(first) >= 0 && PLACEHOLDER.matcher(line).matches()
        || OPENING.indexOf(first) >= 0 && BRACKETED.matcher(line).matches() && balanced(line)
        || mayHoldTemplate(line) && TEMPLATE.matcher(line).matches();
  }

  /** {@code line} without the emphasis marks ({@code *}, {@code _}) it starts and ends with. */
  private static String withoutEmphasisMarks(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isEmphasisMark(line.charAt(start))) {
      start++;
    }
    while (end > start && isEmphasisMark(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isEmphasisMark(char c) {
    return c == '*' || c == '_';
  }

  /** Whether the first bracket of {@code line} closes at its end (not "(a) and (b)"). */
  private static boolean balanced(String line) {
    char first = line.charAt(0);
    char last = CLOSING.charAt(OPENING.indexOf(first));
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
   * Whether {@code text} holds <code>{{</code>, <code>{%</code>, <code>${</code>, <code>&lt;%</code> or
   * {@code [object}: found from the places of one of their characters (a character search is the fastest one a
   * string has; the first three share theirs, and {@code j} is rarer than {@code [} in posts full of links).
   */
  private static boolean mayHoldTemplate(String text) {
    for (int at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
      if (text.startsWith("{", at + 1) || text.startsWith("%", at + 1) || text.startsWith("$", at - 1)) {
        return true;
      }
    }
    return holds(text, "<%", 0) || holds(text, "[object", 3);
  }

  /** Whether {@code text} holds {@code literal}, looked for from the places of its character at {@code pivot}. */
  private static boolean holds(String text, String literal, int pivot) {
    char c = literal.charAt(pivot);
    for (int at = text.indexOf(c, pivot); at >= 0; at = text.indexOf(c, at + 1)) {
      if (text.startsWith(literal, at - pivot)) {
        return true;
      }
    }
    return false;
  }

  /** Template variables and marker phrases in one leaf, at their line and column. */
  private static void inline(RuleContext ctx, SourceInfo source, Markers markers) {
    if (!source.isParsed()) {
      return;
    }
    String raw = source.raw();
    String prose = raw.indexOf('`') < 0 ? raw : blankCodeSpans(raw);
    if (mayHoldTemplate(prose)) {
      Matcher template = TEMPLATE.matcher(prose);
      if (template.find()) {
        report(ctx, source, template.start(), "unresolved template text '" + template.group() + "'");
      }
    }
    // a marker inside a longer one found (they are tried longest first) is the same leftover
    List<int[]> found = new ArrayList<>();
    for (Marker marker : markers.longestFirst()) {
      int at = marker.indexIn(prose);
      if (at >= 0 && found.stream().noneMatch(f -> f[0] <= at && at < f[1])) {
        found.add(new int[] {at, at + marker.phrase().length()});
      }
    }
    found.sort(Comparator.comparingInt(f -> f[0]));
    for (int[] f : found) {
      report(ctx, source, f[0], "generator marker '" + raw.substring(f[0], f[1]) + "'");
    }
  }

  /** The last markers compiled, for the option list they were compiled from (options come from configuration). */
  private volatile Markers lastMarkers = Markers.of(List.of());

  private Markers markers(List<String> configured) {
    Markers markers = lastMarkers;
    if (!markers.configured().equals(configured)) {
      markers = Markers.of(configured);
      lastMarkers = markers;
    }
    return markers;
  }

  /**
   * The configured markers that are not blank, the longest first, and the characters the search for any of them
   * looks for, each with the markers it stands in: markers that share a character share its search, and a marker
   * that holds another one is left to that one (it occurs only where that one does).
   */
  record Markers(List<String> configured, List<Marker> longestFirst, Map<Character, List<Marker>> byCharacter) {
    static Markers of(List<String> configured) {
      List<Marker> markers = new ArrayList<>();
      for (String m : configured) {
        if (!m.isBlank()) {
          markers.add(Marker.of(m));
        }
      }
      markers.sort(Comparator.comparingInt((Marker m) -> m.phrase().length()).reversed());
      Map<Character, List<Marker>> byCharacter = new LinkedHashMap<>();
      for (int i = 0; i < markers.size(); i++) {
        if (holdsAnother(markers, i)) {
          continue;
        }
        Marker m = markers.get(i);
        for (char c : m.pivotForms()) {
          byCharacter.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
        }
      }
      byCharacter.replaceAll((c, sharing) -> List.copyOf(sharing));
      return new Markers(List.copyOf(configured), List.copyOf(markers), Map.copyOf(byCharacter));
    }

    /** Whether marker {@code i} holds a shorter marker, or an equal one later in the list. */
    private static boolean holdsAnother(List<Marker> markers, int i) {
      String phrase = markers.get(i).phrase();
      for (int j = 0; j < markers.size(); j++) {
        Marker other = markers.get(j);
        if (j != i && other.indexIn(phrase) >= 0 && (other.phrase().length() < phrase.length() || j > i)) {
          return true;
        }
      }
      return false;
    }

    /** Whether {@code text} holds any of the markers, ignoring case. */
    boolean anyIn(String text) {
      for (Map.Entry<Character, List<Marker>> e : byCharacter.entrySet()) {
        char c = e.getKey();
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
          for (Marker m : e.getValue()) {
            if (m.isAt(text, at - m.pivot())) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  /**
   * A marker phrase, the character of it the search looks for (its likely rarest, {@code pivot}, as written and in
   * lower and upper case; a character that only folds to it, as the Kelvin sign to k, is not looked for), and the
   * phrase's characters as {@link #fold} gives them.
   */
  record Marker(String phrase, int pivot, char[] pivotForms, char[] folded) {
    static Marker of(String phrase) {
      int pivot = rarestCharacter(phrase);
      char c = phrase.charAt(pivot);
      String forms = String.valueOf(c);
      for (char form : new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
        forms += forms.indexOf(form) < 0 ? String.valueOf(form) : "";
      }
      char[] folded = phrase.toCharArray();
      for (int i = 0; i < folded.length; i++) {
        folded[i] = fold(folded[i]);
      }
      return new Marker(phrase, pivot, forms.toCharArray(), folded);
    }

    /**
     * Where the phrase first occurs in {@code text} ignoring case (as {@link String#regionMatches(boolean, int,
     * String, int, int)} does: character by character, so offsets in the text are kept), or -1.
     */
    int indexIn(String text) {
      int best = -1;
      for (char form : pivotForms) {
        for (int at = text.indexOf(form, pivot); at >= 0; at = text.indexOf(form, at + 1)) {
          int start = at - pivot;
          if (best >= 0 && start >= best) {
            break;
          }
          if (isAt(text, start)) {
            best = start;
            break;
          }
        }
      }
      return best;
    }

    /**
     * Whether the phrase occurs in {@code text} at {@code start} ignoring case: compared character by character
     * first (most places of a rare letter differ at once), then confirmed by {@link String#regionMatches(boolean,
     * int, String, int, int)}, which also compares letters above U+FFFF as pairs.
     */
    boolean isAt(String text, int start) {
      if (start < 0 || start + phrase.length() > text.length()) {
        return false;
      }
      // after the pivot, then before it: the characters of its word first
      for (int i = pivot + 1; i < folded.length; i++) {
        if (!isFoldedAs(text.charAt(start + i), folded[i])) {
          return false;
        }
      }
      for (int i = 0; i < pivot; i++) {
        if (!isFoldedAs(text.charAt(start + i), folded[i])) {
          return false;
        }
      }
      return text.regionMatches(true, start, phrase, 0, phrase.length());
    }

    /**
     * Whether {@code c} folds to {@code folded}, without the case tables where they cannot matter: ASCII against
     * ASCII is a letter's two cases, an ASCII character folds to ASCII, only {@link #FOLDING_TO_ASCII} of the
     * others fold to ASCII, and a CJK character has no case (it folds to itself, and nothing else folds to it).
     */
    private static boolean isFoldedAs(char c, char folded) {
      if (c == folded || Character.isSurrogate(folded)) {
        return true; // a surrogate is left to regionMatches, which compares a pair as one code point
      }
      if (c < 0x80) {
        return folded < 0x80 && c >= 'A' && c <= 'Z' && (char) (c + ('a' - 'A')) == folded;
      }
      if (folded < 0x80) {
        return FOLDING_TO_ASCII.indexOf(c) >= 0 && fold(c) == folded;
      }
      return !Cjk.isCjk(c) && !Cjk.isCjk(folded) && fold(c) == folded;
    }
  }

  /** The characters above ASCII that {@link #fold} makes ASCII letters: İ and ı (to i), ſ (to s), the Kelvin sign. */
  static final String FOLDING_TO_ASCII = "\u0130\u0131\u017F\u212A";

  /** A character as {@link String#regionMatches(boolean, int, String, int, int)} compares it ignoring case. */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Letters from the rarest to the most frequent in English prose and its URLs. */
  private static final String RARE_LETTERS_FIRST = "zqxjkvbygfmucldrnioapwhste";

  /** The index of the character of {@code phrase} likely to be rarest in a text: any but an ASCII one first. */
  private static int rarestCharacter(String phrase) {
    int best = 0;
    int bestRank = Integer.MAX_VALUE;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      int rank = c >= 0x80 ? -1 : RARE_LETTERS_FIRST.indexOf(Character.toLowerCase(c));
      rank = rank < 0 && c < 0x80 ? RARE_LETTERS_FIRST.length() : rank; // digits, spaces, punctuation
      if (rank < bestRank) {
        best = i;
        bestRank = rank;
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
   * Which script the prose leaves of a post are written in: a post is in CJK script when at least as many of its
   * leaves hold a CJK character as hold only Latin words (leaves that cite a source do not vote); and the runs of
   * Latin script in it, as if it were in CJK script.
   */
  private static final class Votes implements Leaves {
    int cjkLeaves;
    int latinLeaves;
    final Runs runs;

    Votes(int minWords) {
      runs = new Runs(true, minWords);
    }

    @Override
    public void leaf(String text, SourceInfo source, boolean linked) {
      // most leaves of a CJK post show a CJK character within their first few characters: only the others are
      // read whole
      if (Script.holdsCjk(text)) {
        cjkLeaves++;
        if (runs.isOpen()) {
          runs.leaf(text, source, true, cites(text, linked), null);
        }
      } else {
        boolean cites = cites(text, linked);
        Script script = cites ? null : Script.of(text);
        latinLeaves += script != null && script.latinWords() > 0 ? 1 : 0;
        runs.leaf(text, source, false, cites, script);
      }
    }

    /** A linked entry cites its source: it counts only as a leaf holding CJK, read from its parts. */
    @Override
    public void entry(MoreEntry e) {
      if (e.url() == null) {
        Leaves.super.entry(e);
      } else if (Script.holdsCjk(e.title()) || Script.holdsCjk(e.separator()) || Script.holdsCjk(e.description())) {
        cjkLeaves++;
      }
    }
  }

  /**
   * Runs of consecutive prose leaves written in another script than the post (no CJK character in a post in CJK
   * script, or no Latin word in a post in Latin script; counted in words, two CJK characters making one), of at
   * least {@code minWords} words together. Leaves that cite a source (a link, a URL, a footnote) neither count nor
   * break a run: a digest may well list foreign headlines and references.
   */
  private static final class Runs implements Leaves {
    private final boolean cjkPost;
    private final int minWords;
    private final List<Run> found = new ArrayList<>();
    private @Nullable String firstText;
    private @Nullable SourceInfo firstSource;
    private int words;

    Runs(boolean cjkPost, int minWords) {
      this.cjkPost = cjkPost;
      this.minWords = minWords;
    }

    @Override
    public void leaf(String text, SourceInfo source, boolean linked) {
      boolean cjk = Script.holdsCjk(text);
      leaf(text, source, cjk, cjk == cjkPost && firstText == null || cites(text, linked), null);
    }

    /**
     * One leaf: whether it holds a CJK character, whether it is passed over (it cites a source), and its script
     * when known.
     */
    void leaf(String text, SourceInfo source, boolean cjk, boolean passedOver, @Nullable Script known) {
      if (cjkPost == cjk && firstText == null || passedOver) {
        return; // in the post's script with no run to end, or a citation
      }
      int leafWords;
      if (cjkPost) {
        leafWords = cjk ? -1 : (known != null ? known : Script.of(text)).latinWords();
      } else {
        Script script = known != null ? known : Script.of(text);
        leafWords = script.latinWords() > 0 ? -1 : script.cjk() / 2;
      }
      if (leafWords < 0 || !source.isParsed()) {
        end();
      } else if (leafWords > 0) {
        if (firstText == null) {
          firstText = text;
          firstSource = source;
        }
        words += leafWords;
      }
    }

    private void end() {
      if (firstText != null && words >= minWords) {
        found.add(new Run(firstText, firstSource, words));
      }
      firstText = null;
      firstSource = null;
      words = 0;
    }

    void report(RuleContext ctx) {
      end();
      for (Run run : found) {
        ctx.report(run.source().line(), run.source().column(), "text in " + (cjkPost ? "Latin script" : "CJK script")
            + " (" + run.words() + " words from here) in a post written in " + (cjkPost ? "CJK" : "Latin")
            + " script: '" + abbreviate(run.text()) + "'");
      }
    }

    /** Whether a run is open: a leaf in the post's script would end it. */
    boolean isOpen() {
      return firstText != null;
    }

    /** A run long enough to report: its first leaf's text and place, and its words. */
    private record Run(String text, SourceInfo source, int words) {}
  }

  private static String abbreviate(String text) {
    String line = text.strip().replace('\n', ' ');
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  /**
   * The script of a leaf's inline Markdown as a reader reads it (code spans, link destinations and URLs left
   * out): its CJK characters ({@link Cjk}), its Latin words (a run of letters, apostrophes and hyphens; a run that
   * holds a digit, {@code .}, {@code /}, {@code \\} or {@code _} is a number, path, file name or identifier, not
   * a word).
   */
  record Script(int cjk, int latinWords) {
    /** Whether inline Markdown holds a CJK character (looked for from its start, stopping at the first). */
    static boolean holdsCjk(String markdown) {
      for (int i = 0; i < markdown.length(); i++) {
        char c = markdown.charAt(i);
        if (c >= '\u1100' && Cjk.isCjk(c)) {
          return true;
        }
      }
      return false;
    }

    static Script of(String markdown) {
      int cjk = 0;
      int words = 0;
      int n = markdown.length();
      int i = 0;
      while (i < n) {
        char c = markdown.charAt(i);
        if (c > '\u2019') { // beyond the word parts: most of a CJK post's characters, decided at once
          cjk += Cjk.isCjk(c) ? 1 : 0;
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
          cjk += Cjk.isCjk(c) ? 1 : 0;
          i++;
        }
      }
      return new Script(cjk, words);
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
