/** Implementation of validation. Not API: do not depend on it. */
package org.digestkit.validate.internal;
