/** Implementation of parsing and writing. Not API: do not depend on it. */
package org.digestkit.core.internal;
