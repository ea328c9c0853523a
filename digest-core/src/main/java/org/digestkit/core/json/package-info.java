/** The digest model as JSON, in the documented shape of {@code digest.schema.json}. */
@NullMarked
package org.digestkit.core.json;

import org.jspecify.annotations.NullMarked;
