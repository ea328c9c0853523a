/** The rule SPI: implement {@link org.digestkit.validate.spi.DigestRule} and register it with ServiceLoader. */
@NullMarked
package org.digestkit.validate.spi;

import org.jspecify.annotations.NullMarked;
