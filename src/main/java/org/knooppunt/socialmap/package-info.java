/**
 * The social map (sociale kaart): the neighbourhood of a centre over {@code COLLABORATES_WITH},
 * {@code HAS_BRANCH}, {@code MEMBER_OF}, {@code HOSTS}, {@code MEETS_AT} and {@code HAS_TAALHUIS},
 * as a network and as a table.
 */
package org.knooppunt.socialmap;
