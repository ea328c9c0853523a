package org.digestkit.core.internal;

import org.digestkit.core.model.Link;
import org.digestkit.core.markdown.MarkdownInline;
import org.digestkit.core.model.MoreEntry;
import org.digestkit.core.model.MoreEntryForm;
import org.digestkit.core.model.SourceInfo;

/** Reads a one-line entry ({@code [title](url)：description}, {@code **lead**，description}, plain text). */
final class MoreEntries {
  private MoreEntries() {}

  private static final String[] SEPARATORS = {" —— ", " — ", " – ", " - ", "——", "：", "，", ":", ",", "—"};

  static MoreEntry parse(String marker, String text) {
    if (text.startsWith("[")) {
      Link link = MarkdownInline.linkAt(text, 0);
      if (link != null) {
        String rest = text.substring(link.end());
        String sep = separator(rest);
        return new MoreEntry(marker, MoreEntryForm.LINK, link.text(), link.url(), sep,
            rest.substring(sep.length()), SourceInfo.NONE);
      }
    }
    if (text.startsWith("**")) {
      int close = text.indexOf("**", 2);
      if (close > 2) {
        String inner = text.substring(2, close);
        String rest = text.substring(close + 2);
        String sep = separator(rest);
        Link link = MarkdownInline.linkAt(inner, 0);
        if (link != null && link.end() == inner.length()) {
          return new MoreEntry(marker, MoreEntryForm.BOLD, link.text(), link.url(), sep,
              rest.substring(sep.length()), SourceInfo.NONE);
        }
        if (inner.indexOf('[') < 0) {
          return new MoreEntry(marker, MoreEntryForm.BOLD, inner, null, sep, rest.substring(sep.length()),
              SourceInfo.NONE);
        }
      }
    }
    return new MoreEntry(marker, MoreEntryForm.PLAIN, text, null, "", "", SourceInfo.NONE);
  }

  /** The separator at the start of {@code rest}: a known one, a run of spaces, or nothing. */
  static String separator(String rest) {
    if (rest.isEmpty()) {
      return "";
    }
    for (String sep : SEPARATORS) {
      if (rest.startsWith(sep)) {
        return sep;
      }
    }
    int i = 0;
    while (i < rest.length() && rest.charAt(i) == ' ') {
      i++;
    }
    return rest.substring(0, i);
  }
}
