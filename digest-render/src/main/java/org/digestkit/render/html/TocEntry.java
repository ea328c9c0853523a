package org.digestkit.render.html;

/**
 * A heading in the table of contents: its level (2–4), its text as the reader sees it, and its id (empty when the
 * heading has none, as the {@code aicode} style leaves a heading of punctuation only).
 */
public record TocEntry(int level, String text, String id) {}
