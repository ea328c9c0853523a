package org.digestkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.core.generate.DigestGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON → model → Markdown for every post, checked against the shipped JSON Schema. */
class DigestJsonTest {

  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in = DigestJson.class.getResourceAsStream("digest.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> posts() {
    return Posts.all();
  }

  static LongStream seeds() {
    return LongStream.range(1000, 1100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("posts")
  void everyPostRoundTripsThroughJsonAndMatchesTheSchema(Path post) throws IOException {
    Digest digest = Digest.parse(post);
    String json = DigestJson.toJson(digest);
    JsonNode tree = JsonMapper.shared().readTree(json);
    List<Error> errors = SCHEMA.validate(tree);
    assertThat(errors).as(json).isEmpty();
    Digest back = DigestJson.fromJson(json);
    assertThat(back).isEqualTo(digest);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPostsGoFromJsonToMarkdownAndBack(long seed) {
    Digest digest = new DigestGenerator(seed).next();
    Digest fromJson = DigestJson.fromJson(DigestJson.toJson(digest));
    assertThat(Digest.parse(fromJson.toMarkdown())).isEqualTo(digest);
  }

  @Test
  void generatorsCanWriteTheShortForm() {
    String json = """
        {
          "frontMatter": {"title": "示例", "date": "2026-07-02", "category": "AI 日报",
                          "tags": ["AI", "AI 日报"], "summary": ["新模型发布"]},
          "title": "示例",
          "sections": [
            {"type": "section", "headline": "模型", "elements": [
              {"type": "item", "headline": "新模型发布", "url": "https://example.org/a", "body": [
                {"type": "bullets", "items": [{"text": "参数翻倍"}]},
                {"type": "labelled", "label": "深度解读 & 洞察", "content": [{"type": "paragraph", "text": "成本下降"}]}
              ]}
            ]},
            {"type": "section", "headline": "更多动态", "elements": [
              {"type": "entries", "entries": [{"title": "工具更新", "url": "https://example.org/b", "description": "支持本地"}]}
            ]}
          ]
        }
        """;
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree(json))).isEmpty();
    Digest digest = DigestJson.fromJson(json);
    assertThat(digest.toMarkdown()).isEqualTo("""
        ---
        title: 示例
        date: 2026-07-02
        category: AI 日报
        tags: ["AI","AI 日报"]
        summary: "- 新模型发布"
        ---
        # 示例

        ## 模型

        ### [新模型发布](https://example.org/a)

        - 参数翻倍

        **深度解读 & 洞察：**
        成本下降

        ## 更多动态

        - [工具更新](https://example.org/b)：支持本地""");
    assertThat(Digest.parse(digest.toMarkdown())).isEqualTo(digest);
  }

  @Test
  void theWhiteSpaceAfterAnInlineLabelGoesThroughJsonAsWritten() {
    String post = "# 示例\n\n## 模型\n\n### 条目\n\n**影响：**  成本下降\n\n**深度解读**：\t价格\n\n**背景：** 一般";
    Digest digest = Digest.parse(post);
    String json = DigestJson.toJson(digest);
    JsonNode tree = JsonMapper.shared().readTree(json);

    assertThat(SCHEMA.validate(tree)).isEmpty();
    assertThat(json).contains("\"separator\" : \"  \"", "\"separator\" : \"\\t\"");
    assertThat(tree.findValues("separator")).hasSize(2); // the canonical one space after **背景：** is left out
    Digest back = DigestJson.fromJson(json);
    assertThat(back).isEqualTo(digest);
    assertThat(back.toMarkdown()).endsWith("**影响：**  成本下降\n\n**深度解读**：\t价格\n\n**背景：** 一般");
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree(
        json.replace("\"separator\" : \"  \"", "\"separator\" : \"x\"")))).isNotEmpty();
  }

  @Test
  void aLabelsColonGoesThroughJsonAsWritten() {
    String post = "# 示例\n\n## 模型\n\n### 条目\n\n**Impact:**\ncost\n\n**影响 \t：** 成本\n\n**深度解读**:价格\n\n"
        + "**背景：** 一般";
    Digest digest = Digest.parse(post);
    String json = DigestJson.toJson(digest);
    JsonNode tree = JsonMapper.shared().readTree(json);

    assertThat(SCHEMA.validate(tree)).isEmpty();
    assertThat(json).contains("\"colon\" : \":\"", "\"colon\" : \" \\t：\"");
    assertThat(tree.findValues("colon")).hasSize(3); // the canonical ： of **背景：** is left out
    Digest back = DigestJson.fromJson(json);
    assertThat(back).isEqualTo(digest);
    assertThat(back.toMarkdown()).isEqualTo(post);
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree(json.replace("\"colon\" : \":\"", "\"colon\" : \"-\""))))
        .isNotEmpty();
    // white space before a colon after the bold markers would not read back as a label
    String outside = DigestJson.toJson(Digest.parse("# 示例\n\n## 模型\n\n### 条目\n\n**深度解读**:价格\n"));
    assertThat(outside).contains("\"colon\" : \":\"");
    assertThatThrownBy(() -> DigestJson.fromJson(outside.replace("\"colon\" : \":\"", "\"colon\" : \" :\"")))
        .isInstanceOf(DigestJsonException.class).hasMessageContaining("colon");
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree(
        "{\"sections\": [{\"type\": \"section\", \"headline\": \"x\", \"elements\": [{\"type\": \"video\"}]}]}")))
        .isNotEmpty();
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree("{\"sections\": [{\"type\": \"section\"}]}")))
        .isNotEmpty();
    assertThat(SCHEMA.validate(JsonMapper.shared().readTree("{\"footer\": {\"rules\": 1}}"))).isNotEmpty();
    for (String key : List.of("a: b", "", " k", "k ", "#k", "-k", "a #b", "k\nx", ":")) {
      String json = "{\"frontMatter\": {" + JsonMapper.shared().writeValueAsString(key) + ": \"x\"}}";
      assertThat(SCHEMA.validate(JsonMapper.shared().readTree(json))).as(key).isNotEmpty();
      assertThatThrownBy(() -> DigestJson.fromJson(json)).as(key).isInstanceOf(DigestJsonException.class);
    }
    for (String key : List.of("coverImage", "og:image", "a:b", "key:", "a b", "键", "x-y_z.1")) {
      String json = "{\"frontMatter\": {" + JsonMapper.shared().writeValueAsString(key) + ": \"x\"}}";
      assertThat(SCHEMA.validate(JsonMapper.shared().readTree(json))).as(key).isEmpty();
      assertThat(DigestJson.fromJson(json).frontMatter().entry(key)).as(key).isPresent();
    }
  }

  /** The schema's key pattern and the reader agree on which front-matter keys a post can hold (seeded keys). */
  @Test
  void theSchemaAndTheReaderAcceptTheSameKeys() {
    String alphabet = "ab键 \t:#-\"'[]{},&*!%@`|>?._/\n\u2028\u3000\u00A0ü1";
    java.util.Random random = new java.util.Random(20261130);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder key = new StringBuilder();
      for (int i = 0, length = 1 + random.nextInt(5); i < length; i++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String json = "{\"frontMatter\": {" + JsonMapper.shared().writeValueAsString(key.toString()) + ": \"x\"}}";
      boolean schemaAccepts = SCHEMA.validate(JsonMapper.shared().readTree(json)).isEmpty();
      boolean readerAccepts;
      try {
        DigestJson.fromJson(json);
        readerAccepts = true;
      } catch (DigestJsonException e) {
        readerAccepts = false;
      }
      assertThat(schemaAccepts).as("key '%s' (%s)", key, key.chars().mapToObj(c -> String.format("U+%04X", c)).toList())
          .isEqualTo(readerAccepts);
    }
  }

  @Test
  void badJsonNamesThePath() {
    assertThatThrownBy(() -> DigestJson.fromJson("{\"sections\": [{\"type\": \"section\", \"elements\": []}]}"))
        .isInstanceOfSatisfying(DigestJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.sections[0]");
          assertThat(e.getMessage()).contains("headline");
        });
    assertThatThrownBy(() -> DigestJson.fromJson("{\"sections\": [{\"type\": \"section\", \"headline\": \"x\","
        + " \"elements\": [{\"type\": \"video\"}]}]}"))
        .isInstanceOfSatisfying(DigestJsonException.class,
            e -> assertThat(e.path()).isEqualTo("$.sections[0].elements[0]"));
    assertThatThrownBy(() -> DigestJson.fromJson("{\"title\": "))
        .isInstanceOf(DigestJsonException.class).hasMessageContaining("not valid JSON");
  }

  /** Values the model refuses come out as the reader's own exception, at the path they were read from. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"title\": \"a\\nb\"} | $ | a heading is one line",
      "{\"frontMatter\": {\"a: b\": \"x\"}} | $.frontMatter[\"a: b\"] | cannot be written as a plain YAML key",
      "{\"frontMatter\": {\"\": \"x\"}} | $.frontMatter[\"\"] | it is empty",
      "{\"frontMatter\": {\"k\\nx\": \"x\"}} | $.frontMatter[\"k\\nx\"] | 'k\\nx'",
      "{\"footer\": {\"html\": \"<div>\", \"rules\": -1}} | $.footer | at least one --- rule",
      "{\"intro\": [{\"type\": \"paragraph\", \"text\": \" \"}]} | $.intro[0] | a paragraph needs text",
      "{\"sections\": [{\"type\": \"section\", \"headline\": \"x\", \"elements\": [{\"type\": \"table\", \"rows\": [[\"a\"]]}]}]}"
          + " | $.sections[0].elements[0] | expected an array (header)"})
  void valuesTheModelRefusesAreNamedWhereTheyWereRead(String json, String path, String message) {
    assertThatThrownBy(() -> DigestJson.fromJson(json))
        .isInstanceOfSatisfying(DigestJsonException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.getMessage()).contains(message);
        });
  }
}
