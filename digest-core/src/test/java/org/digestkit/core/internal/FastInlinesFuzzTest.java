package org.digestkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.digestkit.core.markdown.TreeDump;

/**
 * A parser with {@link FastInlines} builds the tree commonmark-java builds, on arbitrary text. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -pl digest-core -Dtest=FastInlinesFuzzTest}.
 */
class FastInlinesFuzzTest {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser COMMONMARK = Parser.builder().extensions(EXTENSIONS).build();
  private static final Parser SHORTCUT =
      Parser.builder().extensions(EXTENSIONS).inlineParserFactory(FastInlines.FACTORY).build();

  @FuzzTest(maxDuration = "10m")
  void sameTree(byte[] data) {
    if (data.length > 4096) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    assertThat(TreeDump.dump(SHORTCUT.parse(text))).as(text)
        .isEqualTo(TreeDump.dump(COMMONMARK.parse(text)));
  }
}
