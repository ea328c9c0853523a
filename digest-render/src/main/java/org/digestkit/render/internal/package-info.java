/** Implementation of rendering. Not API: do not depend on it. */
package org.digestkit.render.internal;
