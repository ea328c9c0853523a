/** The built-in rules, one class each, registered with ServiceLoader. Documented in {@code docs/rules/}. */
@NullMarked
package org.digestkit.validate.rules;

import org.jspecify.annotations.NullMarked;
