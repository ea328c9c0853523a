package org.digestkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Properties;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The commonmark-java version on the class or module path, and whether digestkit's shortcuts for it may be
 * taken. {@link FastTrees} and {@link FastInlines} build the trees a given commonmark-java builds, and
 * {@code FastInlines} uses that library's internal {@code InlineParserImpl}: both are tested with the versions
 * from {@link #OLDEST} up to the {@link #NEWEST_MINOR} line (the build runs the corpus under each end). With any
 * other version, one that cannot be read (a repackaged jar without commonmark-java's Maven metadata), or where
 * that internal package is closed to digestkit (both on the module path: commonmark-java does not export it),
 * {@code FastMarkdown} is plain commonmark-java: the same trees, only slower.
 */
public final class CommonmarkVersion {
  /** The oldest commonmark-java release the shortcuts are tested with. */
  public static final String OLDEST = "0.31.0";
  /** The newest commonmark-java minor line the shortcuts are tested with (0.32.x). */
  public static final String NEWEST_MINOR = "0.32";

  private static final @Nullable String VERSION = read();
  private static final String INTERNAL_PACKAGE = "org.commonmark.internal";
  private static final boolean SUPPORTED = VERSION != null && supports(VERSION)
      && Parser.class.getModule().isExported(INTERNAL_PACKAGE, CommonmarkVersion.class.getModule());

  private CommonmarkVersion() {}

  /** The commonmark-java version in use, if it can be read. */
  public static Optional<String> version() {
    return Optional.ofNullable(VERSION);
  }

  /**
   * Whether the shortcuts may be taken: the commonmark-java version in use is a tested one and its internal
   * inline parser is reachable (always on the class path; on the module path only when the application opens
   * it with {@code --add-exports org.commonmark/org.commonmark.internal=org.digestkit.core}).
   */
  public static boolean shortcutsSupported() {
    return SUPPORTED;
  }

  /** Whether {@code version} ({@code 0.31.0}, {@code 0.32.1-SNAPSHOT}) is in the tested range. */
  static boolean supports(String version) {
    int[] v = numbers(version);
    int[] oldest = numbers(OLDEST);
    int[] newest = numbers(NEWEST_MINOR);
    if (v == null || oldest == null || newest == null) {
      return false;
    }
    boolean atLeastOldest = compare(v, oldest) >= 0;
    boolean atMostNewest = v[0] < newest[0] || (v[0] == newest[0] && v[1] <= newest[1]);
    return atLeastOldest && atMostNewest;
  }

  /** Major, minor, patch (0 when absent) of a version, or null when it does not start that way. */
  private static int @Nullable [] numbers(String version) {
    String[] parts = version.split("[.-]", 4);
    int[] n = new int[3];
    for (int i = 0; i < 3; i++) {
      if (i >= parts.length) {
        break;
      }
      if (parts[i].isEmpty() || !parts[i].chars().allMatch(Character::isDigit) || parts[i].length() > 6) {
        if (i < 2) {
          return null;
        }
        break;
      }
      n[i] = Integer.parseInt(parts[i]);
    }
    return n;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  /** From commonmark-java's Maven metadata in its jar, else from its module descriptor. */
  private static @Nullable String read() {
    try (InputStream in =
        Parser.class.getResourceAsStream("/META-INF/maven/org.commonmark/commonmark/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.trim();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // unreadable metadata: try the module descriptor
    }
    ModuleDescriptor descriptor = Parser.class.getModule().getDescriptor();
    return descriptor != null ? descriptor.rawVersion().orElse(null) : null;
  }
}
