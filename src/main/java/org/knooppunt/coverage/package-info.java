/**
 * Coverage analysis: for a scope of municipalities and a topic and/or target group, which
 * municipalities are served, by whom, and how many people need it. Reads {@code
 * (:Organisation)-[:LOCATED_IN|SERVES]->(:Municipality)}, branches, {@code WORKS_ON}/{@code
 * BROADER}, {@code REACHES}, complete taalnetwerken ({@code MEMBER_OF {roles}}, {@code COVERS}) and
 * writes the need figures {@code (:Municipality)-[:HAS_NEED {count, source, year, importedAt,
 * importedBy}]->(:TargetGroup)}.
 */
package org.knooppunt.coverage;
