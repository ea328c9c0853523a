package org.digestkit.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import org.digestkit.cli.report.Escapes;
import org.digestkit.core.DigestParseException;
import org.jspecify.annotations.Nullable;

/**
 * Every error the command prints, in plain words: what failed and why ({@code x.yaml: no such file or folder}),
 * never a Java class name, a temporary file's name or a stack trace. The one place exceptions become messages.
 */
final class Errors {
  private Errors() {}

  /** The message for {@code e}, naming {@code file} when the exception itself does not. */
  static String describe(Throwable e, @Nullable Object file) {
    String message = describe(e);
    return file == null || message.startsWith(file + ":") ? message : file + ": " + message;
  }

  /**
   * The message for {@code e}, safe to print: a message can quote a post (an excerpt of what it renders to), so
   * its control characters, line separators and bidirectional controls are shown as escapes ({@link
   * Escapes#visible}).
   */
  static String describe(Throwable e) {
    return Escapes.visible(message(e));
  }

  private static String message(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return message(u.getCause());
    }
    if (e instanceof DigestParseException p) {
      return p.getMessage() + " [" + p.code() + "]";
    }
    if (e instanceof FileSystemException f) {
      return fileSystem(f);
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e instanceof OutOfMemoryError ? "out of memory" : "unexpected error";
    }
    return withoutJavaNames(message);
  }

  private static String fileSystem(FileSystemException f) {
    String file = f.getFile() == null ? "" : f.getFile() + ": ";
    String other = f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")";
    String why;
    if (f instanceof NoSuchFileException) {
      why = "no such file or folder";
    } else if (f instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (f instanceof FileAlreadyExistsException) {
      why = "already exists";
    } else if (f instanceof NotDirectoryException) {
      why = "is not a folder";
    } else if (f instanceof DirectoryNotEmptyException) {
      why = "is a folder that is not empty";
    } else if (f instanceof FileSystemLoopException) {
      why = "symbolic links form a loop";
    } else if (f instanceof NotLinkException) {
      why = "is not a symbolic link";
    } else {
      why = f.getReason() == null ? "cannot be read or written" : lowerFirst(f.getReason());
    }
    return file + why + other;
  }

  /**
   * Jackson names its limits by their Java getters ("(1000, from `StreamReadConstraints.getMax…()`)") and adds a
   * source description ("[Source: REDACTED (`StreamReadFeature…` disabled); …]") to some messages.
   */
  private static String withoutJavaNames(String message) {
    return message.replaceAll(",? from `[^`]*`", "")
        .replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll(" ?(at )?\\[Source:[^\\]]*\\]", "")
        .replaceAll(" ?\\(\\s*\\)", "");
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
