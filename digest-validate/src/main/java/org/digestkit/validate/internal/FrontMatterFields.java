package org.digestkit.validate.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.digestkit.core.model.FrontMatter;
import org.jspecify.annotations.Nullable;

/**
 * The typed front-matter keys as a Bean Validation target. Each "required" constraint belongs to a group named
 * after its key, so the configured list of required keys selects the groups to validate; the date format is
 * its own group. Messages are fixed text: no author text reaches a message template.
 */
public record FrontMatterFields(
    @NotBlank(groups = Title.class, message = "is missing or empty") @Nullable String title,
    @NotBlank(groups = Date.class, message = "is missing or empty")
        @CalendarDate(groups = DateFormat.class) @Nullable String date,
    @NotBlank(groups = Category.class, message = "is missing or empty") @Nullable String category,
    @NotNull(groups = Tags.class, message = "is missing") @Nullable List<String> tags,
    @NotNull(groups = Seo.class, message = "is missing") @Nullable List<String> seo,
    @NotBlank(groups = CoverImage.class, message = "is missing or empty") @Nullable String coverImage,
    @NotBlank(groups = Summary.class, message = "is missing or empty") @Nullable String summary) {

  /** The fields of a front matter (null where a key is absent). */
  public static FrontMatterFields of(FrontMatter fm) {
    return new FrontMatterFields(titleOf(fm), dateOf(fm), categoryOf(fm), tagsOf(fm), seoOf(fm), coverImageOf(fm),
        summaryOf(fm));
  }

  /**
   * Whether every key the groups require is present and not blank in {@code fm} — exactly what their constraints
   * check on {@link #of}, reading only those keys, so a caller can skip bootstrapping Bean Validation when
   * nothing can fail.
   */
  public static boolean hasAll(FrontMatter fm, java.util.List<Class<?>> groups) {
    for (Class<?> g : groups) {
      boolean ok = g == Title.class ? notBlank(titleOf(fm)) : g == Date.class ? notBlank(dateOf(fm))
          : g == Category.class ? notBlank(categoryOf(fm)) : g == Tags.class ? fm.entry("tags").isPresent()
          : g == Seo.class ? fm.entry("seo").isPresent() : g == CoverImage.class ? notBlank(coverImageOf(fm))
          : g == Summary.class ? notBlank(summaryOf(fm)) : false;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String titleOf(FrontMatter fm) {
    return fm.title().orElse(null);
  }

  private static @Nullable String dateOf(FrontMatter fm) {
    return fm.entry("date").map(e -> e.value().asText()).orElse(null);
  }

  private static @Nullable String categoryOf(FrontMatter fm) {
    return fm.category().orElse(null);
  }

  private static @Nullable List<String> tagsOf(FrontMatter fm) {
    return fm.entry("tags").isPresent() ? fm.tags() : null;
  }

  private static @Nullable List<String> seoOf(FrontMatter fm) {
    return fm.entry("seo").isPresent() ? fm.seo() : null;
  }

  private static @Nullable String coverImageOf(FrontMatter fm) {
    return fm.coverImage().orElse(null);
  }

  private static @Nullable String summaryOf(FrontMatter fm) {
    return fm.text("summary").orElse(null);
  }

  private static boolean notBlank(@Nullable String s) {
    return s != null && !s.isBlank();
  }

  /** The validation group that requires {@code key}, or null when the key has none. */
  public static @Nullable Class<?> requiredGroup(String key) {
    return switch (key) {
      case "title" -> Title.class;
      case "date" -> Date.class;
      case "category" -> Category.class;
      case "tags" -> Tags.class;
      case "seo" -> Seo.class;
      case "coverImage" -> CoverImage.class;
      case "summary" -> Summary.class;
      default -> null;
    };
  }

  /** Requires {@code title}. */
  public interface Title {}

  /** Requires {@code date}. */
  public interface Date {}

  /** Requires {@code category}. */
  public interface Category {}

  /** Requires {@code tags}. */
  public interface Tags {}

  /** Requires {@code seo}. */
  public interface Seo {}

  /** Requires {@code coverImage}. */
  public interface CoverImage {}

  /** Requires {@code summary}. */
  public interface Summary {}

  /** Checks the date's format. */
  public interface DateFormat {}
}
