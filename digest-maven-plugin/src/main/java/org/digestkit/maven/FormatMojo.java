package org.digestkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Rewrites posts in canonical style, as {@code digest fmt} does: safely, and only where the formatted post means
 * exactly what the original meant (a post that cannot be formatted so is left alone and reported).
 */
@Mojo(name = "format", threadSafe = true, requiresProject = false)
public class FormatMojo extends PostsMojo {

  @Override
  public void execute() throws MojoExecutionException {
    List<String> posts = postArguments();
    if (posts.isEmpty()) {
      return;
    }
    List<String> args = new ArrayList<>(List.of("fmt", "--"));
    args.addAll(posts);
    DigestTool.Run run = DigestTool.run(args);
    run.out().forEach(getLog()::info);
    log(run);
    if (run.exitCode() != 0) {
      throw new MojoExecutionException("digest: some posts could not be formatted (see the messages above)");
    }
  }
}
