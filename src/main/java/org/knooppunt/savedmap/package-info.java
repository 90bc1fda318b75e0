/**
 * Saved social maps: {@code (:Account)-[:OWNS]->(:SavedMap)}, optionally {@code
 * (:SavedMap)-[:SHARED_WITH]->(:Organisation)} for the owner's colleagues. A saved map keeps the
 * centre, depth and filters of a social map and the positions of its nodes in the network view.
 */
package org.knooppunt.savedmap;
