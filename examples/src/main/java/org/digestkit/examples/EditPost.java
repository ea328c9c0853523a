package org.digestkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.digestkit.core.Digest;
import org.digestkit.core.model.Item;

/**
 * Edits a post — points its first item at a new URL — and saves it losslessly: only that heading line changes,
 * and the file is replaced atomically.
 *
 * <p>{@code mvn -q -pl examples exec:java -Dexec.mainClass=org.digestkit.examples.EditPost
 * -Dexec.args="post.md https://example.com/new"}
 */
public final class EditPost {
  private EditPost() {}

  /** Points the first item of {@code file} at {@code url} and saves the file. */
  public static void run(Path file, String url) throws IOException {
    Digest digest = Digest.parse(file);
    Item first = digest.items().get(0);
    Digest edited = digest.replaceItem(first, first.withUrl(url));
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".edit", ".tmp");
    try {
      Files.writeString(temp, edited.toMarkdown(), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), args[1]);
  }
}
