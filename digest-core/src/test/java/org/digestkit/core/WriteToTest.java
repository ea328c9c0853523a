package org.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.digestkit.core.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Digest.writeTo}: the post's bytes, in full or not at all, with the replaced file's permissions. */
class WriteToTest {
  @TempDir
  Path dir;

  private static final String POST = "\uFEFF---\r\ntitle: t\r\n---\r\n# t\r\n\r\n## 甲\r\n\r\n### [a](https://e.org/a)\r\n\r\n- x\r\n";

  @Test
  void anEditIsSavedWithEveryOtherByteAsItWas() throws IOException {
    Path file = dir.resolve("post.md");
    Files.writeString(file, POST);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Digest digest = Digest.parse(file);
    Item item = digest.items().get(0);
    digest.replaceItem(item, item.withUrl("https://e.org/b")).writeTo(file);
    assertThat(Files.readString(file)).isEqualTo(POST.replace("https://e.org/a", "https://e.org/b"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("post.md");
    }
  }

  @Test
  void aNewFileIsCreatedAndALinkIsFollowed() throws IOException {
    Digest digest = Digest.builder().title("t").section("甲", s -> s.item("a", null, i -> i.fact("x"))).build();
    Path created = dir.resolve("new.md");
    digest.writeTo(created);
    assertThat(Digest.parse(created)).isEqualTo(digest);
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), created);
    digest.withTitle("u").writeTo(link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Digest.parse(created)).isEqualTo(digest.withTitle("u"));
    Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("r--r--r--"));
    assertThatThrownBy(() -> digest.writeTo(created)).isInstanceOf(IOException.class)
        .hasMessage(created + ": is read-only (mode 0444); not replaced");
  }
}
