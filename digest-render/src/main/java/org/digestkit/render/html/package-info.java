/** digestkit renderers: html. */
@NullMarked
package org.digestkit.render.html;

import org.jspecify.annotations.NullMarked;
