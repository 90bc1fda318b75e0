/**
 * Network health over time: yearly (or on-demand) {@code (:HealthSnapshot)-[:OF]->(subject)} of a
 * region (a province) or a taalnetwerk — members, roles filled, confirmed collaborations, partners
 * and partners per 10,000 inhabitants — one per subject per year.
 */
package org.knooppunt.health;
