/**
 * Municipalities and regions: {@code (:Municipality)-[:IN_REGION]->(:Region)}, loaded from the
 * shipped reference data by migration V0004.
 */
package org.knooppunt.region;
