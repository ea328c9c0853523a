/** digestkit renderers: feed. */
@NullMarked
package org.digestkit.render.feed;

import org.jspecify.annotations.NullMarked;
