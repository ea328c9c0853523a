/** Seeded generators of realistic digests for tests, benchmarks and scale runs. */
package org.digestkit.core.generate;
