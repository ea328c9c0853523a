package org.digestkit.render.html;

/** A heading in the table of contents: its level (2–4), text and id. */
public record TocEntry(int level, String text, String id) {}
