package org.digestkit.validate.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.digestkit.core.model.FrontMatter;
import org.digestkit.core.model.Item;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.Section;
import org.digestkit.core.model.ThematicBreak;
import org.digestkit.core.model.Summary;
import org.digestkit.validate.internal.SummaryMatcher;
import org.digestkit.validate.internal.TextLeaves;
import org.digestkit.validate.spi.RuleContext;
import org.jspecify.annotations.Nullable;

/** Facts about one post that several built-in rules need, each computed on first use and shared by them. */
final class PostFacts {
  private final RuleContext ctx;
  private Optional<Summary> summary;
  private List<Item> newsItems;
  private List<MoreEntry> moreEntries;
  private List<Section> allSections;
  private SummaryMatcher matcher;
  private @Nullable Optional<LocalDate> date;
  private boolean fileRead;
  private @Nullable String fileName;
  private @Nullable String fileDate;

  private PostFacts(RuleContext ctx) {
    this.ctx = ctx;
  }

  /** The facts of the post {@code ctx} checks. */
  static PostFacts of(RuleContext ctx) {
    return ctx.shared(PostFacts.class, () -> new PostFacts(ctx));
  }

  /** The front matter's summary, read once. */
  synchronized Optional<Summary> summary() {
    if (summary == null) {
      summary = ctx.digest().frontMatter().summary();
    }
    return summary;
  }

  /** The front matter's {@code date} as a calendar date, read once (see {@link FrontMatter#date}). */
  synchronized Optional<LocalDate> date() {
    if (date == null) {
      date = ctx.digest().frontMatter().date();
    }
    return date;
  }

  /** The last element of the file's path, or null when the post has no file (read once). */
  @Nullable String fileName() {
    readFile();
    return fileName;
  }

  /**
   * The first ten characters of the file name when they have the {@code YYYY-MM-DD} shape (not checked against
   * the calendar), or null (read once).
   */
  @Nullable String fileDate() {
    readFile();
    return fileDate;
  }

  private synchronized void readFile() {
    if (!fileRead) {
      fileRead = true;
      Path name = ctx.file() == null ? null : Path.of(ctx.file()).getFileName();
      if (name != null) {
        fileName = name.toString();
        String head = fileName.length() >= 10 ? fileName.substring(0, 10) : "";
        fileDate = FrontMatter.hasIsoDateShape(head) ? head : null;
      }
    }
  }

  /** The news items (see {@link org.digestkit.core.Digest#items()}). */
  synchronized List<Item> newsItems() {
    if (newsItems == null) {
      newsItems = ctx.digest().items();
    }
    return newsItems;
  }

  /** The inline-text leaves and labelled blocks, from the walk the link index shares. */
  TextLeaves leaves() {
    return ctx.shared(TextLeaves.class, () -> TextLeaves.of(ctx.digest()));
  }

  /** Every section, nested ones included, collected once. */
  synchronized List<Section> allSections() {
    if (allSections == null) {
      allSections = ctx.digest().allSections();
    }
    return allSections;
  }

  /** Whether a section's or item's elements are thematic breaks at most (nothing a reader would call content). */
  static boolean onlyBreaks(List<?> elements) {
    for (Object e : elements) {
      if (!(e instanceof ThematicBreak)) {
        return false;
      }
    }
    return true;
  }

  /** The one-line entries of the "more" sections, collected once. */
  synchronized List<MoreEntry> moreEntries() {
    if (moreEntries == null) {
      moreEntries = leaves().moreEntries(); // as Digest.moreEntries(), from the walk that is made anyway
    }
    return moreEntries;
  }

  /** The summary matcher over the post's stories and its summary entries (call only when there is a summary). */
  synchronized SummaryMatcher matcher() {
    if (matcher == null) {
      matcher = SummaryMatcher.of(ctx.digest(), summary().orElseThrow().entries().stream().map(e -> e.text()).toList());
    }
    return matcher;
  }
}
