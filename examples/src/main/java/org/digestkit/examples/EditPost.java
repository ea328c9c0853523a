package org.digestkit.examples;

import java.io.IOException;
import java.nio.file.Path;
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
    edited.writeTo(file); // in full or not at all
  }

  public static void main(String[] args) throws IOException {
    run(Path.of(args[0]), args[1]);
  }
}
