package org.digestkit.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal shares: which posts it works on, and how to skip it. */
abstract class PostsMojo extends AbstractMojo {

  /** Post files and folders (every {@code *.md} below a folder). */
  @Parameter(property = "digest.posts", defaultValue = "posts")
  List<File> posts;

  /** Ant-style patterns, relative to each folder of {@code posts}, of the posts to take (default {@code **}{@code /*.md}). */
  @Parameter
  List<String> includes;

  /** Ant-style patterns, relative to each folder of {@code posts}, of the posts to leave out. */
  @Parameter
  List<String> excludes;

  /** Skips the goal. */
  @Parameter(property = "digest.skip", defaultValue = "false")
  boolean skip;

  /** The command-line arguments naming the posts, or an empty list (after saying so) when there is nothing to do. */
  List<String> postArguments() throws MojoExecutionException {
    if (skip) {
      getLog().info("digest: skipped (digest.skip)");
      return List.of();
    }
    List<String> args;
    try {
      args = new PostSelection(posts, includes, excludes).arguments();
    } catch (IOException e) {
      throw new MojoExecutionException("digest: cannot list posts: " + e.getMessage(), e);
    }
    if (args.isEmpty()) {
      getLog().info("digest: no posts in " + posts);
    }
    return args;
  }

  /** Passes the command's messages on to the build log: errors as errors, everything else as information. */
  void log(DigestTool.Run run) {
    for (String line : run.err()) {
      if (run.exitCode() >= 2) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
  }
}
