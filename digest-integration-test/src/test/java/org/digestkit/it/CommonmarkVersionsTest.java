package org.digestkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.digestkit.core.Digest;
import org.digestkit.core.Posts;
import org.digestkit.core.internal.CommonmarkVersion;
import org.digestkit.core.json.DigestJson;
import org.digestkit.core.markdown.FastMarkdown;
import org.digestkit.core.markdown.TreeDump;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.DigestRenderers;
import org.junit.jupiter.api.Test;

/**
 * digestkit reads and renders every post the same whichever commonmark-java version a user's build resolves.
 * The build runs this class once with the version digestkit is built with, which records each post's model (as
 * JSON) and HTML, and again with other commonmark-java jars on the class path (surefire executions in this
 * module's POM), which compare with that record: the oldest tested version (the shortcuts taken; model and HTML
 * the same) and one outside the tested range (the runtime check turns the shortcuts off; the model the same, the
 * HTML that version's own, e.g. 0.30 expands tabs in code blocks differently). Under every version the lossless
 * round trip holds and {@link FastMarkdown} builds the tree that version's own parser builds.
 *
 * <p>System properties: {@code digestkit.commonmark.record} (the record's folder), {@code
 * digestkit.commonmark.mode} ({@code write}, {@code compare} or {@code compare-model}), {@code
 * digestkit.commonmark.version} and {@code digestkit.commonmark.shortcuts} (what the runtime check must find).
 */
class CommonmarkVersionsTest {
  private static final FastMarkdown FAST = FastMarkdown.withLimits(10_000, 100, 100);
  private static final Parser COMMONMARK = Parser.builder()
      .extensions(List.of(TablesExtension.builder().maxCells(10_000).build()))
      .maxOpenBlockParsers(100).maxInlineNesting(100).build();

  @Test
  void theRuntimeCheckFindsTheVersionOnTheClassPath() {
    String expected = System.getProperty("digestkit.commonmark.version");
    String shortcuts = System.getProperty("digestkit.commonmark.shortcuts");
    if (expected != null) {
      assertThat(CommonmarkVersion.version()).contains(expected);
    } else {
      assertThat(CommonmarkVersion.version()).isPresent();
    }
    assertThat(CommonmarkVersion.shortcutsSupported()).isEqualTo(shortcuts == null || Boolean.parseBoolean(shortcuts));
  }

  @Test
  void everyPostReadsAndRendersAsWithTheBuildsVersion() throws IOException {
    String recordDir = System.getProperty("digestkit.commonmark.record");
    String mode = System.getProperty("digestkit.commonmark.mode", "none");
    Path record = recordDir != null && !mode.equals("none") ? Path.of(recordDir) : null;
    if (record != null && mode.equals("write")) {
      Files.createDirectories(record);
    }
    if (record != null && !Files.isDirectory(record)) {
      record = null; // a run that left out the recording execution (-Dtest=…): nothing to compare with
    }
    DigestRenderer html = DigestRenderers.forFormat("html");
    int posts = 0;
    for (Path p : Posts.all()) {
      byte[] bytes = Files.readAllBytes(p);
      Digest d = Digest.parse(bytes);
      assertThat(d.toMarkdown().getBytes(StandardCharsets.UTF_8)).as("round trip of %s", p).isEqualTo(bytes);

      String body = Posts.body(new String(bytes, StandardCharsets.UTF_8));
      assertThat(TreeDump.dump(FAST.parse(body))).as("FastMarkdown tree of %s", p)
          .isEqualTo(TreeDump.dump(COMMONMARK.parse(body)));

      if (record != null) {
        String name = p.getParent().getFileName() + "-" + p.getFileName();
        check(record.resolve(name + ".json"), DigestJson.toJson(d), mode);
        if (!mode.equals("compare-model")) {
          check(record.resolve(name + ".html"), html.render(d), mode);
        }
      }
      posts++;
    }
    assertThat(posts).isPositive();
  }

  /** Writes {@code seen} to {@code file}, or compares it with what is there (leaving {@code file.actual}). */
  private static void check(Path file, String seen, String mode) throws IOException {
    if (mode.equals("write")) {
      Files.writeString(file, seen, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("recorded with the build's commonmark-java").exists();
    String recorded = Files.readString(file, StandardCharsets.UTF_8);
    if (!seen.equals(recorded)) {
      Files.writeString(Path.of(file + ".actual"), seen, StandardCharsets.UTF_8);
    }
    assertThat(seen).as("%s", file.getFileName()).isEqualTo(recorded);
  }
}
