package org.digestkit.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A file written in full or not at all, the one way digestkit writes files ({@code Digest.writeTo} and every file
 * the {@code digest} command writes).
 *
 * <p>What happens depends on what the target is:
 * <ul>
 *   <li><b>missing</b>: the content goes to a temporary file in the same folder, which {@link #commit()} forces
 *       to disk and renames into place; the folder is forced too. The new file's mode follows the umask, as a
 *       file made by the shell's {@code >} does (0644 under umask 022).
 *   <li><b>a regular file</b>: replaced the same way, and the new file keeps the old one's mode (set-id bits
 *       included), owner and group. Refused, left as it was, when it is read-only (no write permission bit
 *       set, or not writable by this user: root is not let past a 0444 file either), when it has more than one
 *       hard link (a rename would silently split them), or when this user cannot give the new file the same
 *       owner and group.
 *   <li><b>a character device or a named pipe</b> ({@code /dev/null}, {@code /dev/stdout}, a FIFO): written
 *       through, as {@code >} does; such a target is never renamed over or turned into a regular file, and
 *       nothing about it can be atomic.
 *   <li><b>a folder, a block device or a socket</b>: refused.
 *   <li><b>a symbolic link</b>: followed; the file it leads to is written as above and the link stays a link.
 *       A link that leads nowhere is refused.
 * </ul>
 * On any failure before the rename — an exception, closing without {@link #commit()}, the JVM shutting down
 * on SIGINT or SIGTERM — the temporary file is removed and the target is as it was. Access control lists and
 * extended attributes of a replaced file are not copied. Failures are {@link IOException}s whose message names
 * the file and says why ({@code post.md: is read-only (mode 0444); not replaced}).
 */
public final class AtomicFile implements Closeable {
  /** Decides, just before the rename, whether the target may still be replaced (it throws if not). */
  @FunctionalInterface
  public interface Precondition {
    /**
     * Checks the file about to be replaced (a symbolic link already resolved).
     *
     * @param file the file
     * @throws IOException to leave the file as it is
     */
    void check(Path file) throws IOException;
  }

  private static final int TYPE_MASK = 0170000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int FIFO = 0010000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Temporary files not yet renamed or removed, removed by a shutdown hook if the JVM exits first. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path temp : PENDING) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the JVM is exiting; nothing more can be done
        }
      }
    }, "digestkit-temp-cleanup"));
  }

  private final Path file;
  private final @Nullable Path temp;
  private final @Nullable Attributes replaced;
  private final @Nullable FileChannel channel;
  private final OutputStream sink;
  private final OutputStream stream;
  private boolean done;

  private AtomicFile(Path file, @Nullable Path temp, @Nullable Attributes replaced, @Nullable FileChannel channel,
      OutputStream sink) {
    this.file = file;
    this.temp = temp;
    this.replaced = replaced;
    this.channel = channel;
    this.sink = sink;
    this.stream = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        sink.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        sink.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        sink.flush();
      }
    };
  }

  /**
   * Opens {@code target} for writing: a temporary file beside it, or the target itself when it is a character
   * device or a named pipe.
   *
   * @param target the file to write
   * @throws IOException when the target is refused (see the class description) or the temporary file cannot be
   *     made; the message names the file and the reason
   * @return the open write; nothing is visible at the target until {@link #commit()}
   */
  public static AtomicFile open(Path target) throws IOException {
    Path file = resolveLink(target);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return create(target, file, null);
    }
    if (attrs.isDirectory()) {
      throw new IOException(target + ": is a folder; not written");
    }
    if (attrs.isRegularFile()) {
      Attributes old = Attributes.of(file);
      checkReplaceable(target, file, old);
      return create(target, file, old);
    }
    int mode = mode(file);
    int type = mode < 0 ? -1 : mode & TYPE_MASK;
    if (type == CHARACTER_DEVICE || type == FIFO || type == -1 && attrs.isOther()) {
      OutputStream through = Files.newOutputStream(file, StandardOpenOption.WRITE);
      return new AtomicFile(file, null, null, null, through);
    }
    String what = type == BLOCK_DEVICE ? "a block device" : type == SOCKET ? "a socket" : "not a regular file";
    throw new IOException(target + ": is " + what + "; not written");
  }

  /**
   * Writes {@code content} to {@code target} in full or not at all, as {@link #open(Path)} describes.
   *
   * @param target the file to write
   * @param content the content
   * @throws IOException when the file cannot be written, or the write is refused (the reason named)
   */
  public static void write(Path target, byte[] content) throws IOException {
    try (AtomicFile out = open(target)) {
      out.stream().write(content);
      out.commit();
    }
  }

  /** {@return where the content goes until {@link #commit()}; closing it has no effect on the file} */
  public OutputStream stream() {
    return stream;
  }

  /**
   * Forces the content to disk and renames it over the target (a device or pipe is only flushed).
   *
   * @throws IOException when the file cannot be written, or the write is refused
   */
  public void commit() throws IOException {
    commit(f -> {});
  }

  /**
   * As {@link #commit()}, after {@code precondition} accepted the target (checked after the content is on disk,
   * just before the rename, so that a check such as "unchanged since read" covers the whole write).
   *
   * @param precondition what must still hold of the target just before it is replaced
   * @throws IOException when the file cannot be written, the write is refused, or the precondition fails
   */
  public void commit(Precondition precondition) throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    sink.flush();
    if (temp == null || channel == null) {
      precondition.check(file);
      done = true;
      sink.close();
      return;
    }
    channel.force(true);
    channel.close();
    if (replaced != null) {
      replaced.applyTo(file, temp);
    }
    precondition.check(file);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(file + ": the file system cannot replace it atomically; not written", e);
    }
    done = true;
    PENDING.remove(temp);
    forceFolder(file.toAbsolutePath().getParent());
  }

  /** Removes the temporary file unless committed: the target stays as it was. */
  @Override
  public void close() throws IOException {
    if (done) {
      return;
    }
    done = true;
    if (temp == null || channel == null) {
      sink.close();
      return;
    }
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(temp);
      PENDING.remove(temp);
    }
  }

  private static AtomicFile create(Path target, Path file, @Nullable Attributes replaced) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      throw new IOException(target + ": cannot be written: the folder " + dir + " does not exist");
    }
    Path temp = null;
    for (int attempt = 0; temp == null; attempt++) {
      Path candidate = dir.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
          + ".tmp");
      try {
        // a replacement is private until it has the old file's mode; a new file gets the umask's mode
        temp = replaced == null ? Files.createFile(candidate)
            : Files.createFile(candidate, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                "rw-------")));
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      } catch (UnsupportedOperationException e) {
        temp = Files.createFile(candidate); // not a POSIX file system
      } catch (java.nio.file.AccessDeniedException e) {
        throw new IOException(target + ": cannot be written: no permission to create files in " + dir, e);
      }
    }
    PENDING.add(temp);
    try {
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      return new AtomicFile(file, temp, replaced, channel, Channels.newOutputStream(channel));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      PENDING.remove(temp);
      throw e;
    }
  }

  private static Path resolveLink(Path target) throws IOException {
    if (!Files.isSymbolicLink(target)) {
      return target;
    }
    try {
      return target.toRealPath();
    } catch (NoSuchFileException e) {
      throw new IOException(target + ": is a symbolic link to a file that does not exist; not written");
    } catch (FileSystemException e) {
      throw new IOException(target + ": is a symbolic link that cannot be followed ("
          + (e.getReason() == null ? "loop or permission" : e.getReason()) + "); not written");
    }
  }

  private static void checkReplaceable(Path target, Path file, Attributes old) throws IOException {
    if (old.mode >= 0 && (old.mode & 0222) == 0) {
      throw new IOException(target + ": is read-only (mode " + octal(old.mode) + "); not replaced");
    }
    if (!Files.isWritable(file)) {
      throw new IOException(target + ": this user may not write it" + (old.mode >= 0 ? " (mode " + octal(old.mode)
          + ", owner uid " + old.uid + ")" : "") + "; not replaced");
    }
    if (old.links > 1) {
      throw new IOException(target + ": has " + old.links + " hard links; replacing it would split them; not"
          + " replaced");
    }
  }

  private static String octal(int mode) {
    return String.format(Locale.ROOT, "%04o", mode & 07777);
  }

  /** The file's mode with its type bits, or -1 when the file system has no Unix modes. */
  private static int mode(Path file) throws IOException {
    try {
      return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return -1;
    }
  }

  private static void forceFolder(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms cannot open folders; the rename itself is atomic
    }
  }

  /** What a replaced file keeps: mode, owner and group (-1 where the file system has none), and its link count. */
  private record Attributes(int mode, int uid, int gid, int links) {
    static Attributes of(Path file) throws IOException {
      try {
        return new Attributes((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS),
            (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS),
            (Integer) Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS),
            (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        return new Attributes(-1, -1, -1, 1);
      }
    }

    /** Gives {@code temp} the owner, group and mode of {@code file}, or throws leaving {@code file} alone. */
    void applyTo(Path file, Path temp) throws IOException {
      if (mode < 0) {
        return;
      }
      Attributes now = of(temp);
      try {
        if (now.uid != uid) {
          Files.setAttribute(temp, "unix:uid", uid);
        }
        if (now.gid != gid) {
          Files.setAttribute(temp, "unix:gid", gid);
        }
      } catch (FileSystemException e) {
        throw new IOException(file + ": rewriting it would change its owner or group (uid " + uid + ", gid " + gid
            + "), which this user cannot keep; not replaced", e);
      }
      // after the owner: changing the owner clears set-id bits
      Files.setAttribute(temp, "unix:mode", mode & 07777);
    }
  }
}
