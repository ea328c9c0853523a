package org.digestkit.core.model;

/** A body block: the content of items, sections and the intro. Unknown Markdown is a {@link RawBlock}. */
public sealed interface Block extends SectionElement
    permits Paragraph, BulletList, LabelledBlock, MoreList, Table, ThematicBreak, RawBlock {}
