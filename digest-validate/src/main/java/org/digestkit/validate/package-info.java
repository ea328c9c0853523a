/**
 * Validation of digest posts: {@link org.digestkit.validate.DigestValidator} runs rules configured by a
 * {@link org.digestkit.validate.ValidationConfig} (profile, {@code .digestkit.yaml}) and returns a
 * {@link org.digestkit.validate.ValidationReport} of positioned {@link org.digestkit.validate.Finding}s.
 */
@NullMarked
package org.digestkit.validate;

import org.jspecify.annotations.NullMarked;
