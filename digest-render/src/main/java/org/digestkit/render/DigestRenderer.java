package org.digestkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.digestkit.core.Digest;

/**
 * Turns digests into one output format. Renderers are immutable and thread-safe. Single-post formats render
 * {@link #render(Digest, Appendable)}; feed formats render a list with {@link #render(List, Appendable)} (a
 * single-post renderer renders a list one post after the other).
 */
public interface DigestRenderer {

  /** {@return the format name ({@code html}, {@code telegram}, {@code rss}, …)} */
  String format();

  /** {@return the media type of the output ({@code text/html; charset=utf-8})} */
  String mediaType();

  /**
   * Renders one post.
   *
   * @param digest the post
   * @param out where the output goes
   * @throws IOException when {@code out} cannot be written
   */
  void render(Digest digest, Appendable out) throws IOException;

  /**
   * Renders several posts (feeds override this; the default renders them one after another).
   *
   * @param digests the posts
   * @param out where the output goes
   * @throws IOException when {@code out} cannot be written
   */
  default void render(List<Digest> digests, Appendable out) throws IOException {
    for (Digest d : digests) {
      render(d, out);
    }
  }

  /**
   * {@return the post as the messages a chat channel sends, in order, each within the format's size limit (Telegram:
   * 4,096 characters)} Formats that are not made of messages give one: the whole rendering.
   *
   * @param digest the post
   */
  default List<String> messages(Digest digest) {
    return List.of(render(digest));
  }

  /**
   * Renders one post to a string.
   *
   * @param digest the post
   * @return the rendered post
   */
  default String render(Digest digest) {
    StringBuilder out = new StringBuilder(8192); // a post renders to some kilobytes: fewer copies while it grows
    try {
      render(digest, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders several posts to a string.
   *
   * @param digests the posts
   * @return the rendered posts
   */
  default String render(List<Digest> digests) {
    StringBuilder out = new StringBuilder();
    try {
      render(digests, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
