/**
 * A deterministic synthetic "country" over the real municipalities, for benchmarks and load tests:
 * generated nodes carry {@code generated: true}, never {@code demo}.
 */
package org.knooppunt.platform.generator;
