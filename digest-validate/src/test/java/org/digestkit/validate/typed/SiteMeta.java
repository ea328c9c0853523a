package org.digestkit.validate.typed;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A site's front matter as tests and the rule page use it: constraints on keys, list elements and nested keys. */
public record SiteMeta(
    @NotBlank @Size(max = 40) String title,
    @NotNull LocalDate date,
    @NotEmpty List<@NotBlank String> tags,
    @Slug(groups = Strict.class, message = "is not a slug: ${validatedValue}") String category,
    @Valid Author author,
    @JsonProperty("cover-image") @Pattern(regexp = "https://.*", message = "must be an https URL") String coverImage) {

  /** The post's author. */
  public record Author(@NotBlank String name, List<@Pattern(regexp = "https://.*") String> links) {}

  /** Constraints checked only when asked for. */
  public interface Strict {}
}
