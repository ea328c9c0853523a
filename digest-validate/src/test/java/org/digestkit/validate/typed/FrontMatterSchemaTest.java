package org.digestkit.validate.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digestkit.validate.DigestValidator;
import org.digestkit.validate.ValidationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontMatter: {schema: …}} in {@code .digestkit.yaml}: the front matter checked against a JSON Schema. */
class FrontMatterSchemaTest {
  private static final String SCHEMA = """
      {
        "type": "object",
        "required": ["title", "date"],
        "properties": {
          "title": {"type": "string", "minLength": 1},
          "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
          "count": {"type": "integer"},
          "tags": {"type": "array", "items": {"type": "string", "minLength": 2}},
          "author": {"type": "object", "properties": {"name": {"type": "string", "maxLength": 4}}}
        }
      }
      """;

  @TempDir Path dir;

  private DigestValidator validator() throws IOException {
    Files.createDirectories(dir.resolve("schemas"));
    Files.writeString(dir.resolve("schemas/meta.schema.json"), SCHEMA);
    Files.writeString(dir.resolve(".digestkit.yaml"), "frontMatter:\n  schema: schemas/meta.schema.json\n");
    return DigestValidator.of(ValidationConfig.load(dir.resolve(".digestkit.yaml")));
  }

  private List<String> findings(DigestValidator validator, String frontMatter) throws IOException {
    Path post = dir.resolve("2026-07-02.md");
    Files.writeString(post, "---\n" + frontMatter + "---\n# 日报\n\n正文。\n");
    return validator.validate(post).of("front-matter-schema").stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
  }

  @Test
  void aValidPostHasNoFinding() throws IOException {
    assertThat(findings(validator(), "title: 日报\ndate: 2026-07-02\ncount: 3\ntags: [AI, 模型]\nother: x\n")).isEmpty();
  }

  @Test
  void errorsAreAtTheirKeysListElementsAndNestedKeysWithTheSchemasMessage() throws IOException {
    assertThat(findings(validator(), """
        'title': ""
        date : 2026-07-02
        count: "3"
        tags:
        - AI
        - X
        author:
          name: 很长的名字
        """)).containsExactly(
        "2:1 front-matter key 'title' must be at least 1 characters long",
        "4:1 front-matter key 'count' string found, integer expected",
        "7:3 front-matter key 'tags[1]' must be at least 2 characters long",
        "9:3 front-matter key 'author.name' must be at most 4 characters long");
  }

  @Test
  void aMissingRequiredKeyIsAtTheOpeningFence() throws IOException {
    assertThat(findings(validator(), "title: x\n")).containsExactly(
        "1:1 front matter: required property 'date' not found");
  }

  @Test
  void withoutASchemaTheRuleChecksNothing() {
    assertThat(DigestValidator.defaults().validate("---\ntitle: 1\n---\n# x\n", null).of("front-matter-schema"))
        .isEmpty();
  }

  @Test
  void aSchemaThatCannotBeReadIsAConfigurationError() throws IOException {
    Files.writeString(dir.resolve(".digestkit.yaml"), "frontMatter:\n  schema: missing.json\n");
    assertThatThrownBy(() -> ValidationConfig.load(dir.resolve(".digestkit.yaml")))
        .isInstanceOf(ValidationConfig.ConfigException.class).hasMessageContaining("missing.json");
    Files.writeString(dir.resolve("broken.json"), "{\"type\": \"obj");
    Files.writeString(dir.resolve(".digestkit.yaml"), "frontMatter:\n  schema: broken.json\n");
    assertThatThrownBy(() -> ValidationConfig.load(dir.resolve(".digestkit.yaml")))
        .isInstanceOf(ValidationConfig.ConfigException.class).hasMessageContaining("broken.json:1:");
    Files.writeString(dir.resolve(".digestkit.yaml"), "frontMatter: meta.schema.json\n");
    assertThatThrownBy(() -> ValidationConfig.load(dir.resolve(".digestkit.yaml")))
        .isInstanceOf(ValidationConfig.ConfigException.class).hasMessageContaining("schema");
  }
}
