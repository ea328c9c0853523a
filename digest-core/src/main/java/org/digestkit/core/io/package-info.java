/** Writing files safely: {@link org.digestkit.core.io.AtomicFile}, a file in full or not at all. */
@NullMarked
package org.digestkit.core.io;

import org.jspecify.annotations.NullMarked;
