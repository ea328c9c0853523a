/** digestkit renderers. */
@NullMarked
package org.digestkit.render;

import org.jspecify.annotations.NullMarked;
