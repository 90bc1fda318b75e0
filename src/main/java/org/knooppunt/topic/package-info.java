/**
 * The taxonomy: {@code (:Topic)-[:BROADER]->(:Topic)} (priorities and themes), {@code
 * (:TargetGroup)} and {@code (:Domain)}, with Dutch and English names.
 */
package org.knooppunt.topic;
