package org.digestkit.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Fails the build naming each post that is not in canonical style, as {@code digest fmt --check} does. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends PostsMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<String> posts = postArguments();
    if (posts.isEmpty()) {
      return;
    }
    List<String> args = new ArrayList<>(List.of("fmt", "--check", "--"));
    args.addAll(posts);
    DigestTool.Run run = DigestTool.run(args);
    run.out().forEach(getLog()::error);
    log(run);
    if (run.exitCode() >= 2) {
      throw new MojoExecutionException("digest: the check could not run (see the messages above)");
    }
    if (run.exitCode() == 1) {
      throw new MojoFailureException("digest: " + run.out().size() + " post" + (run.out().size() == 1 ? " is" : "s are")
          + " not in canonical style; run mvn org.digestkit:digest-maven-plugin:format (or digest fmt)");
    }
    getLog().info("digest: every post is in canonical style");
  }
}
