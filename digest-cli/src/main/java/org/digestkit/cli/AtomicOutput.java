package org.digestkit.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file written in full or not at all: the content goes to a temporary file in the same folder, which
 * {@link #commit()} forces to disk and renames atomically over the target. Closed without a commit (an error, an
 * interrupted run), the temporary file is removed and the target is as it was. A symbolic link as target is
 * refused, as {@link SafeWriter} refuses one.
 */
final class AtomicOutput implements Closeable {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.stream = Channels.newOutputStream(channel);
  }

  /** Opens a temporary file beside {@code target}. */
  static AtomicOutput open(Path target) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new IOException(target + ": is a symbolic link; not followed");
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      return new AtomicOutput(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Writes {@code content} to {@code target} in full or not at all. */
  static void write(Path target, byte[] content) throws IOException {
    try (AtomicOutput out = open(target)) {
      out.stream().write(content);
      out.commit();
    }
  }

  /** Where the content goes until {@link #commit()}. */
  OutputStream stream() {
    return stream;
  }

  /** Forces the content to disk and renames it over the target. */
  void commit() throws IOException {
    stream.flush();
    channel.force(true);
    channel.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(target + ": the file system cannot write it atomically; left alone", e);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      channel.close();
      Files.deleteIfExists(temp);
    }
  }
}
