package org.digestkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Replaces a file's bytes safely: writes a temporary file in the same folder, forces it to disk, copies the
 * permissions, checks that the original did not change since it was read (gofmt's rule), renames atomically
 * over it and forces the folder. On any failure the temporary file is removed and the original is untouched.
 * Symbolic links are refused.
 */
class SafeWriter {

  /** The file changed between reading and writing; nothing was written. */
  static final class ChangedConcurrently extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedConcurrently(Path file) {
      super(file + ": changed while it was being processed; left alone");
    }
  }

  /** What was read: bytes and modification time, to detect a concurrent change. */
  record Snapshot(Path file, byte[] bytes, FileTime modified) {
    static Snapshot read(Path file, long maxBytes) throws IOException {
      if (Files.isSymbolicLink(file)) {
        throw new IOException(file + ": is a symbolic link; not followed");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IOException(file + ": larger than " + maxBytes + " bytes");
      }
      FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
      return new Snapshot(file, Files.readAllBytes(file), modified);
    }
  }

  /** Writes {@code content} over the snapshot's file. */
  void replace(Snapshot snapshot, byte[] content) throws IOException {
    Path target = snapshot.file();
    if (Files.isSymbolicLink(target)) {
      throw new IOException(target + ": is a symbolic link; not followed");
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = open(Channels.newOutputStream(channel))) {
        out.write(content);
        out.flush();
        channel.force(true);
      }
      copyPermissions(target, temp);
      beforeRename(target);
      if (changed(snapshot)) {
        throw new ChangedConcurrently(target);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(target + ": the file system cannot replace it atomically; left alone", e);
      }
      moved = true;
      forceDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The stream the new content is written through (tests inject failures here). */
  OutputStream open(OutputStream out) {
    return out;
  }

  /** Called just before the rename (tests simulate a concurrent edit here). */
  void beforeRename(Path target) throws IOException {}

  private static boolean changed(Snapshot snapshot) throws IOException {
    Path f = snapshot.file();
    if (!Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).equals(snapshot.modified())
        || Files.size(f) != snapshot.bytes().length) {
      return true;
    }
    return !Arrays.equals(sha256(Files.readAllBytes(f)), sha256(snapshot.bytes()));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms cannot open folders; the rename itself is atomic
    }
  }
}
