/**
 * Taalnetwerken: {@code (:Taalnetwerk)} covering municipalities ({@code COVERS}), with a Taalhuis
 * ({@code HAS_TAALHUIS {phase}} to a library's {@code :Branch}) and member organisations ({@code
 * (:Organisation)-[:MEMBER_OF {roles, since}]->}) holding the four roles; and the role completeness
 * of each network, with its single points of failure.
 */
package org.knooppunt.taalnetwerk;
