/**
 * The graph platform: where Neo4j runs (embedded or external), the one driver, the migrations and
 * the health checks. No feature's Cypher lives here.
 */
package org.knooppunt.platform.neo4j;
