/**
 * Libraries and partner organisations: {@code (:Organisation:Library|Partner)} with {@code
 * LOCATED_IN}, {@code SERVES}, {@code WORKS_ON}, {@code REACHES}, {@code IN_DOMAIN} and a library's
 * {@code HAS_BRANCH}. Both kinds share one profile, one list and one edit path.
 */
package org.knooppunt.organisation;
