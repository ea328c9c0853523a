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
    return new FrontMatterFields(
        fm.title().orElse(null),
        fm.entry("date").map(e -> e.value().asText()).orElse(null),
        fm.category().orElse(null),
        fm.entry("tags").isPresent() ? fm.tags() : null,
        fm.entry("seo").isPresent() ? fm.seo() : null,
        fm.coverImage().orElse(null),
        fm.text("summary").orElse(null));
  }

  /**
   * Whether every key the groups require is present and not blank — exactly what their constraints check, so
   * a caller can skip bootstrapping Bean Validation when nothing can fail.
   */
  public boolean hasAll(java.util.List<Class<?>> groups) {
    for (Class<?> g : groups) {
      boolean ok = g == Title.class ? notBlank(title) : g == Date.class ? notBlank(date)
          : g == Category.class ? notBlank(category) : g == Tags.class ? tags != null
          : g == Seo.class ? seo != null : g == CoverImage.class ? notBlank(coverImage)
          : g == Summary.class ? notBlank(summary) : false;
      if (!ok) {
        return false;
      }
    }
    return true;
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
