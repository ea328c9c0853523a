/** digestkit renderers: telegram. */
@NullMarked
package org.digestkit.render.telegram;

import org.jspecify.annotations.NullMarked;
