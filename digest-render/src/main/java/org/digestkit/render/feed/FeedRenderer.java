package org.digestkit.render.feed;

import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.digestkit.core.Digest;
import org.digestkit.render.DigestRenderer;
import org.digestkit.render.RenderException;

/**
 * A feed (RSS, Atom, JSON Feed) over many posts. A post that cannot be an item — its address cannot be made, it
 * has the address of an earlier item, or its content exceeds the output budget — is left out and reported, and
 * the feed holds every other post; {@link #render(List, Appendable)} instead stops at the first such post.
 */
public interface FeedRenderer extends DigestRenderer {

  /**
   * Renders the feed over {@code posts}, leaving out each post that cannot be an item and telling
   * {@code skipped} about it (with the reason) before anything is written.
   *
   * @param posts the posts
   * @param out where the output goes
   * @param skipped told about each post left out, with the reason
   * @throws RenderException when no site address is set ({@code RenderOptions.withSite})
   * @throws IOException when {@code out} cannot be written
   */
  void render(List<Digest> posts, Appendable out, BiConsumer<Digest, RenderException> skipped) throws IOException;

  /**
   * Renders the feed over {@code posts}.
   *
   * @throws RenderException naming the post's title, for the first post that cannot be an item
   */
  @Override
  default void render(List<Digest> posts, Appendable out) throws IOException {
    render(posts, out, (d, e) -> {
      throw new RenderException("\"" + d.titleText() + "\": " + e.getMessage());
    });
  }
}
