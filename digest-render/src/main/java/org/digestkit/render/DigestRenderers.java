package org.digestkit.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** Finds renderers by format name among the providers on the class path, built-in and third-party alike. */
public final class DigestRenderers {
  private DigestRenderers() {}

  private static final class Registry {
    static final Map<String, DigestRendererProvider> PROVIDERS = load();

    private static Map<String, DigestRendererProvider> load() {
      Map<String, DigestRendererProvider> out = new LinkedHashMap<>();
      for (DigestRendererProvider p : ServiceLoader.load(DigestRendererProvider.class,
          DigestRenderers.class.getClassLoader())) {
        out.putIfAbsent(p.format(), p);
      }
      return out;
    }
  }

  /**
   * {@return the renderer for {@code format} with default options}
   *
   * @param format the format name
   */
  public static DigestRenderer forFormat(String format) {
    return forFormat(format, RenderOptions.defaults());
  }

  /**
   * {@return the renderer for {@code format} with the given options}
   *
   * @param format the format name
   * @param options the options
   */
  public static DigestRenderer forFormat(String format, RenderOptions options) {
    DigestRendererProvider p = Registry.PROVIDERS.get(format);
    if (p == null) {
      throw new IllegalArgumentException("no renderer for format '" + format + "' (available: "
          + String.join(", ", formats()) + ")");
    }
    return p.create(options);
  }

  /** {@return the formats available} */
  public static List<String> formats() {
    return List.copyOf(Registry.PROVIDERS.keySet());
  }
}
