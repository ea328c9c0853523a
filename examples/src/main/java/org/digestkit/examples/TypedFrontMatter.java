package org.digestkit.examples;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.Finding;

/**
 * A site's own front matter as a typed record: read a post's front matter as {@link Meta}, and check posts
 * against its constraints (findings {@code front-matter-constraint} at the offending key). CLI users get the
 * same from the JSON Schema in {@code examples/site/meta.schema.json}, named by {@code examples/site/.digestkit.yaml}.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=org.digestkit.examples.TypedFrontMatter
 * -Dexec.args="post.md"}
 */
public final class TypedFrontMatter {
  private TypedFrontMatter() {}

  /** The site's categories, as the posts write them. */
  public enum Category {
    @JsonProperty("AI 日报") AI_DAILY,
    @JsonProperty("读书") READING
  }

  /** The site's front matter: the keys it needs and what their values must look like. */
  public record Meta(
      @NotBlank @Size(max = 60) String title,
      @NotNull LocalDate date,
      @NotNull Category category,
      @NotEmpty List<@NotBlank String> tags,
      @Pattern(regexp = "https://\\S+", message = "must be an https URL") String coverImage,
      @Size(max = 400) String summary) {}

  /** Built once, used for any number of posts. */
  private static final DigestValidator VALIDATOR = DigestValidator.builder().frontMatter(Meta.class).build();

  /** The post's front matter as a {@link Meta}; a value that cannot bind throws, naming its key and position. */
  public static Meta read(Path post) throws IOException {
    return Digest.parse(Files.readString(post)).frontMatter().as(Meta.class);
  }

  /** The post's front-matter problems as {@code line:column message}; empty when the post is fine. */
  public static List<String> check(Path post) throws IOException {
    return VALIDATOR.validate(post).of("front-matter-constraint").stream()
        .map((Finding f) -> f.line() + ":" + f.column() + " " + f.message()).toList();
  }

  public static void main(String[] args) throws IOException {
    Path post = Path.of(args[0]);
    List<String> problems = check(post);
    if (problems.isEmpty()) {
      System.out.println(read(post));
    }
    problems.forEach(p -> System.out.println(post + ":" + p));
    System.exit(problems.isEmpty() ? 0 : 1);
  }
}
