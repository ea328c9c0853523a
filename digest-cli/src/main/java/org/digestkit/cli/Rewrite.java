package org.digestkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.digestkit.core.Digest;
import org.digestkit.core.DigestParseException;
import org.digestkit.core.DigestParser;
import org.digestkit.core.io.AtomicFile;

/**
 * Runs a text transformation over posts, for {@code fmt} and {@code fix}: strict UTF-8, nothing written when
 * nothing changes, the result verified (it parses, and a second pass changes nothing), then written with
 * {@link AtomicFile} only if the file did not change since it was read (gofmt's rule). {@code check} and
 * {@code dry-run} modes never write. One file's failure does not stop the others.
 */
final class Rewrite {
  /** A transformation of a post's text; returns the new text. */
  interface Transform {
    String apply(Path file, String text, Digest digest) throws IOException;
  }

  /** Writes new content over a snapshot's file (tests put a concurrent edit or a failure in between). */
  interface Replacer {
    void replace(Snapshot snapshot, byte[] content) throws IOException;
  }

  /** How a run ended. */
  record Outcome(int changed, int failed) {}

  /** What was read: bytes and modification time, to detect a concurrent change. */
  record Snapshot(Path file, byte[] bytes, FileTime modified) {
    /** Reads {@code file} (a symbolic link named on the command line is followed), refusing it over the limit. */
    static Snapshot read(Path file, long maxBytes) throws IOException {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IOException(file + ":1:1: the post is larger than the limit of " + maxBytes
            + " bytes [too-large]; left alone");
      }
      FileTime modified = Files.getLastModifiedTime(file);
      return new Snapshot(file, Files.readAllBytes(file), modified);
    }

    /** Throws unless {@code current} (the snapshot's file, links resolved) still holds what was read. */
    void checkUnchanged(Path current) throws IOException {
      if (!Files.getLastModifiedTime(current).equals(modified) || Files.size(current) != bytes.length
          || !Arrays.equals(Files.readAllBytes(current), bytes)) {
        throw new IOException(file + ": changed while it was being processed; left alone");
      }
    }

    /** Writes {@code content} over the file, in full or not at all, if it did not change since it was read. */
    void replace(byte[] content) throws IOException {
      try (AtomicFile out = AtomicFile.open(file)) {
        out.stream().write(content);
        out.commit(this::checkUnchanged);
      }
    }
  }

  private final Replacer writer;
  private final PrintWriter out;
  private final PrintWriter err;

  Rewrite(PrintWriter out, PrintWriter err) {
    this(Snapshot::replace, out, err);
  }

  Rewrite(Replacer writer, PrintWriter out, PrintWriter err) {
    this.writer = writer;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code transform} over {@code posts}. A result that is not stable on a second pass is left alone, and so
   * is one that reads back as another post when {@code keepsContent} (a reformatting must not change what a
   * post says: {@code fmt} guards this way against the canonical writer's known limits).
   */
  Outcome run(List<Path> posts, Transform transform, Mode mode, String verb, boolean keepsContent) {
    int changed = 0;
    int failed = 0;
    DigestParser parser = DigestParser.defaults();
    long max = parser.limits().maxPostChars() * 3L;
    for (Path post : posts) {
      try {
        Snapshot snapshot = Snapshot.read(post, max);
        Digest digest = parser.parse(snapshot.bytes(), post.toString());
        String text = digest.toMarkdown();
        String result = transform.apply(post, text, digest);
        if (result.equals(text)) {
          continue;
        }
        Digest reparsed = parser.parse(result, post.toString());
        if (keepsContent && !reparsed.equals(digest)) {
          throw new IOException(post + ": to " + verb + " it would change what the post says (a structure the"
              + " canonical writer cannot write yet); left alone");
        }
        String again = transform.apply(post, result, reparsed);
        if (!again.equals(result)) {
          throw new IOException(post + ": " + verb + " is not stable on a second pass; left alone");
        }
        changed++;
        if (mode == Mode.CHECK) {
          out.println("would " + verb + " " + post);
        } else if (mode == Mode.DRY_RUN) {
          out.print(Diff.unified(post.toString(), text, result));
        } else {
          writer.replace(snapshot, result.getBytes(StandardCharsets.UTF_8));
          out.println(verb.equals("format") ? "formatted " + post : "fixed " + post);
        }
      } catch (DigestParseException | IOException e) {
        failed++;
        err.println("digest: " + Errors.describe(e, post));
      } catch (RuntimeException e) { // a defect of digestkit met on this post: it is left alone, the others done
        failed++;
        err.println("digest: " + post + ": left alone after an unexpected error: " + Errors.describe(e));
      }
    }
    return new Outcome(changed, failed);
  }

  /** Whether files are written, only checked, or shown as a diff. */
  enum Mode {
    WRITE,
    CHECK,
    DRY_RUN
  }
}
