package org.digestkit.core.model;

/** What a section holds, in order: blocks, items and nested sections. */
public sealed interface SectionElement permits Block, Item, Section {}
