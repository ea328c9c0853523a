/**
 * digestkit's core: {@link org.digestkit.core.Digest} (parse, edit, write), the {@link org.digestkit.core.DigestParser}
 * and {@link org.digestkit.core.DigestWriter} engines, the {@link org.digestkit.core.DigestBuilder} for generators,
 * {@link org.digestkit.core.ParseLimits} and the exceptions.
 */
@NullMarked
package org.digestkit.core;

import org.jspecify.annotations.NullMarked;
