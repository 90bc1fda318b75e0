/**
 * Regional alliances (bovenlokale samenwerkingsverbanden): {@code (:Organisation)-[:MEMBER_OF
 * {role, since, until}]->(:Alliance)-[:COVERS]->(:Municipality)} and {@code
 * (:Alliance)-[:ABOUT]->(:Topic)}; their rules (who may create, edit and end one), the list, the
 * profile, and suggestions of new alliances found by community detection (Louvain) on a library
 * graph of a province.
 */
package org.knooppunt.alliance;
