package org.digestkit.validate;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.LabelKind;
import org.digestkit.core.model.LabelledBlock;
import org.digestkit.core.model.SummaryShape;
import org.jspecify.annotations.Nullable;

/**
 * Which posts count as digests. Digest rules (those whose {@link
 * org.digestkit.validate.spi.DigestRule#appliesToAllPosts} is false: items, summary, numbering, footer…) run only on
 * digests; the rules for every post (control characters, unsafe links) run on articles too. Configured in {@code
 * .digestkit.yaml}:
 *
 * <pre>{@code
 * digests:
 *   when: {category: AI 日报}     # front-matter conditions, all must hold; a value or a list of accepted values
 *   include: ["daily/**"]        # globs over the path relative to the configuration file's folder
 *   exclude: ["drafts/*.md"]
 * }</pre>
 *
 * A post is a digest when it matches an {@code include} glob (or there are none), no {@code exclude} glob, and
 * every {@code when} condition. A glob without {@code /} is matched against the file name alone. {@code digests: all}
 * counts every post.
 *
 * <p>Without a {@code digests} setting a post is a digest when it has a digest's shape: a news item heading that
 * links to its story ({@code ### [headline](url)}), an analysis label ({@code **深度解读：**}, {@code **影响：**}), or a
 * summary that lists headlines ({@code - } bullets, or headlines separated by {@code ；}). Articles, tutorials and
 * book notes have none of these; a digest that has none of them either (a stub whose generation failed, say) is
 * counted only when the configuration says which posts are digests. Measured on the 198 posts of one real blog:
 * 162 of 162 digests have the shape, none of its 36 articles. Immutable.
 */
public final class DigestSelection {
  private static final DigestSelection BY_SHAPE = new DigestSelection(Mode.SHAPE, Map.of(), List.of(), List.of(),
      null);
  private static final DigestSelection ALL = new DigestSelection(Mode.ALL, Map.of(), List.of(), List.of(), null);

  private enum Mode {
    SHAPE,
    ALL,
    CONFIGURED
  }

  private final Mode mode;
  private final Map<String, List<String>> when;
  private final List<String> include;
  private final List<String> exclude;
  private final @Nullable Path base;
  private final List<PathMatcher> includeMatchers;
  private final List<PathMatcher> excludeMatchers;

  private DigestSelection(Mode mode, Map<String, List<String>> when, List<String> include, List<String> exclude,
      @Nullable Path base) {
    this.mode = mode;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    when.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.when = Collections.unmodifiableMap(copy);
    this.include = List.copyOf(include);
    this.exclude = List.copyOf(exclude);
    this.base = base == null ? null : base.toAbsolutePath().normalize();
    this.includeMatchers = matchers(this.include);
    this.excludeMatchers = matchers(this.exclude);
  }

  /** {@return the default: posts that have a digest's shape} */
  public static DigestSelection byShape() {
    return BY_SHAPE;
  }

  /** {@return the selection in which every post is a digest} */
  public static DigestSelection all() {
    return ALL;
  }

  /**
   * Posts that match {@code include} (all when empty) and not {@code exclude}, globs over the path relative to
   * {@code base} (null: as the path is given), and whose front matter meets every {@code when} condition (key to
   * accepted values).
   *
   * @param when front-matter conditions: key to accepted values
   * @param include globs of the posts to include (all when empty)
   * @param exclude globs of the posts to exclude
   * @param base the folder the globs are relative to, or null
   * @throws IllegalArgumentException for a glob that does not compile
   * @return the selection
   */
  public static DigestSelection of(Map<String, List<String>> when, List<String> include, List<String> exclude,
      @Nullable Path base) {
    return new DigestSelection(Mode.CONFIGURED, when, include, exclude, base);
  }

  /**
   * {@return the front-matter conditions (key to accepted values; empty unless configured), for generators that make
   * posts the configuration counts as digests}
   */
  public Map<String, List<String>> when() {
    return when;
  }

  /**
   * {@return whether {@code post}, read from {@code file} (null when not read from a file), is a digest}
   *
   * @param post the post
   * @param file the file
   */
  public boolean isDigest(Digest post, @Nullable String file) {
    return switch (mode) {
      case ALL -> true;
      case SHAPE -> hasDigestShape(post);
      case CONFIGURED -> pathMatches(file) && frontMatterMatches(post);
    };
  }

  /**
   * {@return whether a post has a digest's shape (see the class description)}
   *
   * @param post the post
   */
  public static boolean hasDigestShape(Digest post) {
    for (Item item : post.items()) {
      if (item.url().isPresent()) {
        return true;
      }
      for (LabelledBlock block : item.labelledBlocks()) {
        if (block.kind() == LabelKind.INSIGHT || block.kind() == LabelKind.IMPACT) {
          return true;
        }
      }
    }
    SummaryShape shape = post.frontMatter().summary().map(s -> s.shape()).orElse(null);
    return shape == SummaryShape.BULLETS || shape == SummaryShape.SEMICOLONS;
  }

  private boolean frontMatterMatches(Digest post) {
    for (Map.Entry<String, List<String>> condition : when.entrySet()) {
      if (!anyIn(post.frontMatter().list(condition.getKey()), condition.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of {@code values}, stripped, is one of {@code wanted}. */
  private static boolean anyIn(List<String> values, List<String> wanted) {
    for (int i = 0; i < values.size(); i++) {
      if (wanted.contains(values.get(i).strip())) {
        return true;
      }
    }
    return false;
  }

  private boolean pathMatches(@Nullable String file) {
    if (includeMatchers.isEmpty() && excludeMatchers.isEmpty()) {
      return true;
    }
    if (file == null) {
      return includeMatchers.isEmpty();
    }
    Path path = relative(file);
    return (includeMatchers.isEmpty() || matchesAny(includeMatchers, include, path))
        && !matchesAny(excludeMatchers, exclude, path);
  }

  private Path relative(String file) {
    Path path;
    try {
      path = Path.of(file).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Path.of("");
    }
    if (base != null) {
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        return base.relativize(absolute);
      }
    }
    return path;
  }

  private static boolean matchesAny(List<PathMatcher> matchers, List<String> globs, Path path) {
    for (int i = 0; i < matchers.size(); i++) {
      PathMatcher m = matchers.get(i);
      String glob = globs.get(i);
      Path name = path.getFileName();
      if (m.matches(path) || !glob.contains("/") && name != null && m.matches(name)) {
        return true;
      }
      // "**/x" also matches x at the top (as in .gitignore)
      if (glob.startsWith("**/") && FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3))
          .matches(path)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>(globs.size());
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    return List.copyOf(out);
  }

  /** {@return one line on the selection, for {@code digest rules}} */
  public String describe() {
    return switch (mode) {
      case ALL -> "every post";
      case SHAPE -> "posts with a digest's shape (linked items, analysis labels or a headline summary)";
      case CONFIGURED -> {
        List<String> parts = new ArrayList<>();
        when.forEach((k, v) -> parts.add(k + " " + (v.size() == 1 ? v.get(0) : v.toString())));
        if (!include.isEmpty()) {
          parts.add("include " + include);
        }
        if (!exclude.isEmpty()) {
          parts.add("exclude " + exclude);
        }
        yield parts.isEmpty() ? "every post" : String.join(", ", parts);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DigestSelection d && d.mode == mode && d.when.equals(when) && d.include.equals(include)
        && d.exclude.equals(exclude) && Objects.equals(d.base, base);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, when, include, exclude, base);
  }

  @Override
  public String toString() {
    return describe();
  }
}
