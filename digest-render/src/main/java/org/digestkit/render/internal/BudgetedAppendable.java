package org.digestkit.render.internal;

import java.io.IOException;
import org.digestkit.render.RenderException;

/** Counts what is written and stops with a {@link RenderException} past the budget. */
public final class BudgetedAppendable implements Appendable {
  private final Appendable out;
  private final long budget;
  private long written;

  /** Writes to {@code out} up to {@code budget} characters in all. */
  public BudgetedAppendable(Appendable out, long budget) {
    this.out = out;
    this.budget = budget;
  }

  private void count(long n) {
    written += n;
    if (written > budget) {
      throw new RenderException("the output exceeds its budget of " + budget
          + " characters (RenderOptions.maxOutputChars)");
    }
  }

  @Override
  public Appendable append(CharSequence csq) throws IOException {
    CharSequence s = csq == null ? "null" : csq;
    count(s.length());
    out.append(s);
    return this;
  }

  @Override
  public Appendable append(CharSequence csq, int start, int end) throws IOException {
    count(end - start);
    out.append(csq, start, end);
    return this;
  }

  @Override
  public Appendable append(char c) throws IOException {
    count(1);
    out.append(c);
    return this;
  }
}
