/** Markdown to commonmark-java node trees, fast for the plain subset digests are written in. */
@NullMarked
package org.digestkit.core.markdown;

import org.jspecify.annotations.NullMarked;
