package org.digestkit.render;

/**
 * The service a renderer jar provides: list the implementation in
 * {@code META-INF/services/org.digestkit.render.DigestRendererProvider} and {@link DigestRenderers} finds it.
 */
public interface DigestRendererProvider {

  /** The format name this provider renders. */
  String format();

  /** A renderer configured with {@code options}. */
  DigestRenderer create(RenderOptions options);
}
