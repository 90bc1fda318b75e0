/** The application's clock, one place to control "now" in tests. */
package org.knooppunt.platform.time;
