package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.ParseLimits;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.FrontMatterEntry;
import org.digestkit.core.model.FrontMatterValue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The exact one-line reader ({@link SimpleYaml}) against Jackson YAML, in both directions, on seeded front
 * matters over the spellings YAML 1.2 allows for a top-level mapping: quoted keys, space before the colon,
 * comments, block scalars, block sequences with and without indentation, flow collections, multi-line scalars,
 * nested mappings, {@code ...} end markers and CRLF. For each: the reader (fast path on, and off) gives the keys
 * and values of a whole-document Jackson parse, the two settings give the same entries with the same source
 * lines, keys and list elements are where the generator put them, and the post round-trips byte for byte.
 */
class FrontMatterReaderDifferentialTest {
  private static final ParseLimits LIMITS = ParseLimits.defaults();
  private static final YAMLMapper REFERENCE = YAMLMapper.builder().build();

  /** A generated front matter: the post's text and where its keys and list elements are. */
  record Generated(String post, Map<List<Object>, FrontMatter.KeyPosition> positions, boolean allSimple) {}

  @Test
  void fastPathAndJacksonAgreeOnGeneratedFrontMatter() {
    int fast = 0;
    int simple = 0;
    for (int seed = 0; seed < 3000; seed++) {
      Generated g = generate(random(seed));
      String post = g.post();
      String fm = post.substring(post.indexOf('\n') + 1, fenceStart(post));
      JsonNode reference = REFERENCE.readTree(fm);

      Lines lines = new Lines(post);
      int close = FrontMatterReader.closingFence(lines, 0);
      FrontMatter withFast = new FrontMatterReader(LIMITS, true).read(lines, 0, close, new Cursor(lines, null));
      FrontMatter jackson = new FrontMatterReader(LIMITS, false).read(lines, 0, close, new Cursor(lines, null));
      String where = "seed " + seed + ":\n" + post;

      assertSameAsReference(jackson, reference, where);
      assertThat(describe(withFast)).as(where).isEqualTo(describe(jackson));
      for (Map.Entry<List<Object>, FrontMatter.KeyPosition> p : g.positions().entrySet()) {
        assertThat(jackson.position(p.getKey())).as(where + "\nposition of " + p.getKey()).contains(p.getValue());
        assertThat(withFast.position(p.getKey())).as(where + "\nposition of " + p.getKey()).contains(p.getValue());
      }
      assertThat(Digest.parse(post).toMarkdown()).as(where).isEqualTo(post);

      boolean answered = SimpleYaml.entries(lines, 1, close, LIMITS) != null;
      fast += answered ? 1 : 0;
      if (g.allSimple()) {
        simple++;
        assertThat(answered).as("the fast path reads one-line entries itself: " + where).isTrue();
      }
    }
    assertThat(simple).as("front matters of simple one-line entries generated").isGreaterThan(300);
    assertThat(fast).isGreaterThanOrEqualTo(simple);
  }

  @Test
  void everyPostReadsTheSameWithAndWithoutTheFastPath() throws java.io.IOException {
    for (java.nio.file.Path p : org.digestkit.core.Posts.all()) {
      String post = java.nio.file.Files.readString(p).replace("\uFEFF", "");
      Lines lines = new Lines(post);
      if (lines.count() == 0 || !FrontMatterReader.isFence(lines.line(0), "---")) {
        continue;
      }
      int close = FrontMatterReader.closingFence(lines, 0);
      FrontMatter withFast;
      try {
        withFast = new FrontMatterReader(LIMITS, true).read(lines, 0, close, new Cursor(lines, null));
      } catch (DigestParseException e) {
        continue; // fixtures of broken posts: their errors are tested where they are kept
      }
      FrontMatter jackson = new FrontMatterReader(LIMITS, false).read(lines, 0, close, new Cursor(lines, null));
      assertThat(describe(withFast)).as(p.toString()).isEqualTo(describe(jackson));
    }
  }

  @Test
  void anEditedEntryKeepsItsKeyWhateverItsSpelling() {
    for (String key : new String[] {"a: b", "#x", "null", " padded", "title"}) {
      String post = "---\n" + YamlText.doubleQuoted(key) + " : old\nother: x\n---\n# t\n";
      Digest digest = Digest.parse(post);
      Digest edited = digest.withFrontMatter(digest.frontMatter().with(key, "new: value"));
      String written = edited.toMarkdown();
      assertThat(Digest.parse(written).frontMatter().text(key)).as(written).contains("new: value");
      assertThat(written).as(written).endsWith("\nother: x\n---\n# t\n");
    }
  }

  /** The other direction: whatever the fast path accepts, however odd its lines, Jackson reads the same. */
  @Test
  void whatTheFastPathAcceptsJacksonReadsTheSame() {
    String[] pieces = {"title", "标题", "a b", ":", ": ", " :", "\"", "'", "''", "\\\"", "\\n", "\\u00e9", "#", " #",
        "[", "]", ",", "{", "}", "- ", "-", "?", "&", "*", "!", "|", ">", "%", "@", "`", "~", "null", "1.10", " ",
        "\t", "日报", "x:y", "http://a.b/c#d", "yes", "0x1F"};
    int accepted = 0;
    for (int seed = 0; seed < 20_000; seed++) {
      Random r = random(seed);
      StringBuilder fm = new StringBuilder();
      int lineCount = 1 + r.nextInt(4);
      for (int l = 0; l < lineCount; l++) {
        if (r.nextInt(3) > 0) {
          fm.append(pieces[r.nextInt(4)]).append(r.nextBoolean() ? ": " : pieces[r.nextInt(6) + 4]);
        }
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
          fm.append(pieces[r.nextInt(pieces.length)]);
        }
        fm.append('\n');
      }
      String post = "---\n" + fm + "---\n# x\n";
      Lines lines = new Lines(post);
      int close = FrontMatterReader.closingFence(lines, 0);
      List<FrontMatterReader.Span> spans = SimpleYaml.entries(lines, 1, close, LIMITS);
      if (spans == null) {
        continue;
      }
      accepted++;
      String where = "seed " + seed + ":\n" + post;
      JsonNode reference = REFERENCE.readTree(fm.toString());
      FrontMatter fast = new FrontMatterReader(LIMITS, true).read(lines, 0, close, new Cursor(lines, null));
      assertSameAsReference(fast, reference, where);
    }
    assertThat(accepted).as("odd front matters the fast path accepted").isGreaterThan(500);
  }

  @Test
  void refusedOnPurposeWhateverTheSpelling() {
    for (boolean fast : new boolean[] {true, false}) {
      assertRefused(fast, "---\n\"a\": &x 1\n---\n", "yaml-anchor", 2, 6);
      assertRefused(fast, "---\n'a' : [*x]\n---\n", "yaml-alias", 2, 8);
      assertRefused(fast, "---\na : !!str 1\n---\n", "yaml-tag", 2, 5);
      assertRefused(fast, "---\r\n\"t\": 1\r\n'u': 2\r\n\"t\" : 3\r\n---\r\n", "yaml-duplicate-key", 4, 1);
      assertRefused(fast, "---\n{a: 1, b: 2}\n---\n", "yaml-syntax", 2, 8); // at the second key
      assertRefused(fast, "---\nm:\n  x: 1\n  \"x\": 2\n---\n", "yaml-duplicate-key", 4, 3);
    }
  }

  private static void assertRefused(boolean fast, String post, String code, int line, int column) {
    Lines lines = new Lines(post);
    int close = FrontMatterReader.closingFence(lines, 0);
    try {
      new FrontMatterReader(LIMITS, fast).read(lines, 0, close, new Cursor(lines, null));
      throw new AssertionError("not refused: " + post);
    } catch (DigestParseException e) {
      assertThat(e.code() + " " + e.line() + ":" + e.column()).as(e.getMessage())
          .isEqualTo(code + " " + line + ":" + column);
    }
  }

  private static int fenceStart(String post) {
    int i = post.indexOf('\n') + 1;
    while (true) {
      int nl = post.indexOf('\n', i);
      String line = post.substring(i, nl).replace("\r", "");
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
      i = nl + 1;
    }
  }

  private static void assertSameAsReference(FrontMatter fm, JsonNode reference, String where) {
    List<String> refKeys = new ArrayList<>();
    if (reference != null && reference.isObject()) {
      reference.propertyNames().forEach(refKeys::add);
    }
    assertThat(fm.keys()).as(where).isEqualTo(refKeys);
    for (FrontMatterEntry e : fm.entries()) {
      assertSame(e.value(), reference.get(e.key()), where + "\nkey " + e.key());
    }
  }

  private static void assertSame(FrontMatterValue ours, JsonNode ref, String where) {
    if (ours instanceof FrontMatterValue.Scalar s) {
      if (ref.isNull()) {
        assertThat(s.text()).as(where).isEmpty();
      } else if (ref.isNumber()) {
        assertThat(new BigDecimal(s.text().replace("_", "")).compareTo(ref.decimalValue())).as(where + " " + s.text())
            .isZero();
      } else if (ref.isBoolean()) {
        assertThat(Boolean.parseBoolean(s.text())).as(where).isEqualTo(ref.booleanValue());
      } else {
        assertThat(ref.isString()).as(where + " " + ref).isTrue();
        assertThat(s.text()).as(where).isEqualTo(ref.stringValue());
      }
    } else if (ours instanceof FrontMatterValue.Sequence seq) {
      assertThat(ref.isArray()).as(where).isTrue();
      assertThat(seq.items()).as(where).hasSize(ref.size());
      for (int i = 0; i < ref.size(); i++) {
        assertSame(seq.items().get(i), ref.get(i), where + "[" + i + "]");
      }
    } else {
      Map<String, FrontMatterValue> map = ((FrontMatterValue.Mapping) ours).entries();
      assertThat(ref.isObject()).as(where).isTrue();
      List<String> refKeys = new ArrayList<>();
      ref.propertyNames().forEach(refKeys::add);
      assertThat(List.copyOf(map.keySet())).as(where).isEqualTo(refKeys);
      for (Map.Entry<String, FrontMatterValue> e : map.entrySet()) {
        assertSame(e.getValue(), ref.get(e.getKey()), where + "." + e.getKey());
      }
    }
  }

  /** Everything about the entries that the two paths must agree on, styles and source lines included. */
  private static String describe(FrontMatter fm) {
    StringBuilder out = new StringBuilder();
    for (FrontMatterEntry e : fm.entries()) {
      out.append(e.key()).append(" = ").append(describe(e.value())).append(" @").append(e.source().line()).append(':')
          .append(e.source().column()).append(" raw=").append(e.source().raw().replace("\r", "\\r")).append('\n');
    }
    return out.append("close @").append(fm.closeFence().line()).toString();
  }

  private static String describe(FrontMatterValue v) {
    if (v instanceof FrontMatterValue.Scalar s) {
      return s.style() + "(" + s.text() + ")";
    }
    return v.toString();
  }

  // ---- the generator ----

  private static final String[] KEYS = {"title", "date", "tags", "seo", "category", "coverImage", "summary", "标题",
      "cover image", "x-y", "k_1", "it's", "作者", "a.b", "url"};
  private static final String[] PLAIN = {"日报", "hello world", "a:b", "C# 入门", "x-y", "2026-07-02", "1.10", "42",
      "true", "NO", "https://x.com/a?b=1#c", "AI 日报 2026", "-1", "😀 emoji", "a, b", "x[1]y"};
  private static final String[] DOUBLE = {"\"a\\\"b\"", "\"line\\nnext\"", "\"tab\\there\"", "\"\\u00e9t\\u00e9\"",
      "\"日报：AI\"", "\"\"", "\"a # b\"", "\"\\x41\"", "\"slash\\/\"", "\"😀 \\\\ x\""};
  private static final String[] SINGLE = {"'it''s'", "'日报'", "''", "'a: b'", "'# not a comment'"};
  private static final String[] ITEMS = {"AI", "AI 日报", "模型", "x y", "1.5", "C#"};

  /** Builds a post line by line, knowing each line's number. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final String nl;
    int line = 1;

    Out(String nl) {
      this.nl = nl;
    }

    void line(String s) {
      text.append(s).append(nl);
      line++;
    }
  }

  static Generated generate(Random r) {
    Out out = new Out(r.nextInt(4) == 0 ? "\r\n" : "\n");
    Map<List<Object>, FrontMatter.KeyPosition> positions = new java.util.LinkedHashMap<>();
    out.line("---");
    Set<String> used = new LinkedHashSet<>();
    int n = 1 + r.nextInt(6);
    boolean allSimple = true;
    boolean kinky = r.nextInt(3) == 0; // most posts are plain; a third use every spelling
    for (int k = 0; k < n; k++) {
      String key = KEYS[r.nextInt(KEYS.length)];
      if (!used.add(key)) {
        continue;
      }
      if (kinky && r.nextInt(3) == 0) {
        out.line(r.nextBoolean() ? "" : "# a comment: with [things] \"in\" it");
      }
      String keyText = switch (kinky ? r.nextInt(5) : 0) {
        case 1 -> key + " ".repeat(1 + r.nextInt(2)) + ":";
        case 2 -> "\"" + key + "\":";
        case 3 -> "'" + key.replace("'", "''") + "':";
        default -> (key.contains("'") ? "\"" + key + "\"" : key) + ":";
      };
      positions.put(List.of(key), new FrontMatter.KeyPosition(out.line, 1));
      int kind = kinky ? r.nextInt(16) : r.nextInt(3);
      boolean simple = true;
      switch (kind) {
        case 0 -> {
          String v = PLAIN[r.nextInt(PLAIN.length)];
          simple = !v.startsWith("-") && !v.startsWith("[");
          out.line(keyText + " " + v);
        }
        case 1 -> {
          String v = DOUBLE[r.nextInt(DOUBLE.length)];
          simple = !v.contains("\\u") && !v.contains("\\x");
          out.line(keyText + " " + v);
        }
        case 2 -> {
          StringBuilder list = new StringBuilder("[");
          int items = r.nextInt(4);
          int col = keyText.length() + 3;
          for (int i = 0; i < items; i++) {
            if (i > 0) {
              list.append(r.nextBoolean() ? "," : ", ");
            }
            positions.put(List.of(key, i), new FrontMatter.KeyPosition(out.line, col + list.length() - 1));
            list.append('"').append(ITEMS[r.nextInt(ITEMS.length)]).append('"');
          }
          out.line(keyText + " " + list.append(']'));
        }
        case 3 -> {
          simple = false;
          out.line(keyText + " " + SINGLE[r.nextInt(SINGLE.length)]);
        }
        case 4 -> {
          simple = false;
          out.line(keyText + " " + PLAIN[r.nextInt(PLAIN.length)].replace("#", "") + " # trailing comment");
        }
        case 5 -> {
          simple = false;
          out.line(keyText + (r.nextBoolean() ? "" : " ~"));
        }
        case 6, 7 -> {
          simple = false;
          out.line(keyText);
          String indent = kind == 6 ? "" : "  ";
          int items = 1 + r.nextInt(3);
          for (int i = 0; i < items; i++) {
            positions.put(List.of(key, i), new FrontMatter.KeyPosition(out.line, indent.length() + 3));
            out.line(indent + "- " + ITEMS[r.nextInt(ITEMS.length)]);
            if (r.nextInt(4) == 0) {
              out.line(r.nextBoolean() ? "" : "# between items");
            }
          }
        }
        case 8 -> {
          simple = false;
          String[] heads = {"|", "|-", "|+", ">", ">-", "|2"};
          out.line(keyText + " " + heads[r.nextInt(heads.length)]);
          int lines = 1 + r.nextInt(3);
          for (int i = 0; i < lines; i++) {
            out.line(r.nextInt(5) == 0 ? "" : "  " + PLAIN[r.nextInt(PLAIN.length)] + (r.nextBoolean() ? " # kept" : ""));
          }
          out.line("  last line");
        }
        case 9 -> {
          simple = false;
          out.line(keyText + " {a: " + ITEMS[r.nextInt(ITEMS.length)] + ", b: [x, \"y\"], c: {d: e}}");
        }
        case 10 -> {
          simple = false;
          out.line(keyText);
          positions.put(List.of(key, "name"), new FrontMatter.KeyPosition(out.line, 3));
          out.line("  name: " + PLAIN[r.nextInt(PLAIN.length)].replace("#", ""));
          positions.put(List.of(key, "links"), new FrontMatter.KeyPosition(out.line, 3));
          out.line("  links:");
          positions.put(List.of(key, "links", 0), new FrontMatter.KeyPosition(out.line, 7));
          out.line("    - https://a.example/1");
          positions.put(List.of(key, "links", 1), new FrontMatter.KeyPosition(out.line, 7));
          out.line("    - \"https://a.example/2\"");
        }
        case 11 -> {
          simple = false;
          out.line(keyText + " first part");
          out.line("  second part, still the value");
        }
        case 12 -> {
          simple = false;
          out.line(keyText + " \"first");
          out.line("  second\\");
          out.line("  third\"");
        }
        case 13 -> {
          simple = false;
          out.line(keyText);
          positions.put(List.of(key, 0), new FrontMatter.KeyPosition(out.line, 3));
          positions.put(List.of(key, 0, "name"), new FrontMatter.KeyPosition(out.line, 3));
          out.line("- name: a");
          positions.put(List.of(key, 0, "url"), new FrontMatter.KeyPosition(out.line, 3));
          out.line("  url: https://a.example/");
          positions.put(List.of(key, 1, "name"), new FrontMatter.KeyPosition(out.line, 3));
          out.line("- name: b");
        }
        case 14 -> {
          simple = false;
          out.line(keyText + " [a, " + "\"b\"" + ",");
          out.line("  c]");
        }
        default -> {
          simple = false;
          out.line(keyText + "   " + PLAIN[r.nextInt(PLAIN.length)].replace("#", "") + "  ");
        }
      }
      allSimple &= simple;
    }
    if (kinky && r.nextBoolean()) {
      out.line("# closing comment");
    }
    out.line(r.nextInt(4) == 0 ? "..." : "---");
    out.line("# 标题");
    out.text.append(out.nl).append("正文。").append(out.nl);
    return new Generated(out.text.toString(), positions, allSimple);
  }

  /** A generator for a seed; the seed is spread first, as {@link Random}'s first values follow small seeds. */
  static Random random(int seed) {
    return new Random(seed * 0x9E3779B97F4A7C15L);
  }

  @Test
  void generatorCoversEverySpelling() {
    Set<String> seen = new LinkedHashSet<>();
    for (int seed = 0; seed < 500; seed++) {
      String post = generate(random(seed)).post();
      for (String marker : new String[] {"\r\n", "\"title\":", "'标题':", " :", "|", ">", "\n- ", "\n  - ", "{a:",
          "\n...", " # trailing", "\n#"}) {
        if (post.contains(marker)) {
          seen.add(marker);
        }
      }
    }
    assertThat(seen).hasSize(12);
  }
}
