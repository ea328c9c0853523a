/**
 * The immutable model of a digest post: front matter, sections, items, labelled blocks, entries, tables, footer.
 * Every parsed element carries {@link org.digestkit.core.model.SourceInfo}, which never takes part in equality.
 */
@NullMarked
package org.digestkit.core.model;

import org.jspecify.annotations.NullMarked;
