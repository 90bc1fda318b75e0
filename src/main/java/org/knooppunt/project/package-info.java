/**
 * Network projects with tickets: {@code (:NetworkProject)-[:IN_ROUND]->(:ProjectRound)}, each
 * {@code -[:UNDER]->(:Topic {kind: 'priority'})} and {@code -[:FOR]->(:TargetGroup)}; libraries use
 * a ticket of the round with {@code (:Library)-[:SIGNED_UP {at, by}]->(:NetworkProject)}. A {@code
 * (:TicketBook)} per library and round is only there to be locked, so that the ticket limit holds
 * when sign-ups arrive at the same moment.
 */
package org.knooppunt.project;
