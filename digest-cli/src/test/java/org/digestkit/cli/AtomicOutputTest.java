package org.digestkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written in full or not at all. */
class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void aCommittedOutputReplacesTheFile() throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old");
    try (AtomicOutput out = AtomicOutput.open(report)) {
      out.stream().write("new".getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(report)).as("not before the commit").isEqualTo("old");
      out.commit();
    }
    assertThat(Files.readString(report)).isEqualTo("new");
    assertThat(files()).containsExactly("report.json");
  }

  @Test
  void anOutputClosedWithoutCommitLeavesTheFileAsItWas() throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old");
    try (AtomicOutput out = AtomicOutput.open(report)) {
      out.stream().write("half a rep".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(report)).isEqualTo("old");
    assertThat(files()).containsExactly("report.json");
    AtomicOutput.write(dir.resolve("new.html"), "<p>x</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(dir.resolve("new.html"))).isEqualTo("<p>x</p>");
  }

  @Test
  void aSymbolicLinkIsNotFollowed() throws IOException {
    Path real = Files.writeString(dir.resolve("real.txt"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    assertThatThrownBy(() -> AtomicOutput.write(link, new byte[] {1})).isInstanceOf(IOException.class)
        .hasMessageContaining("symbolic link");
    assertThat(Files.readString(real)).isEqualTo("kept");
  }

  private List<String> files() throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
