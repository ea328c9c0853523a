package org.digestkit.render;

/**
 * The service a renderer jar provides: list the implementation in
 * {@code META-INF/services/org.digestkit.render.DigestRendererProvider} and {@link DigestRenderers} finds it.
 */
public interface DigestRendererProvider {

  /** {@return the format name this provider renders} */
  String format();

  /**
   * {@return a renderer configured with {@code options}}
   *
   * @param options the options
   */
  DigestRenderer create(RenderOptions options);
}
