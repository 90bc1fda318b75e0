/**
 * Collaborations between two organisations: proposed by one side, confirmed by the other (its
 * partner account, or a librarian on its behalf, recorded as such), ended with a date and never
 * deleted. The social map draws the same relation.
 */
package org.knooppunt.collaboration;
