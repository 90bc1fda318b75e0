/**
 * Freshness of profiles: when an organisation, community or person was last confirmed as current
 * ({@code lastReviewedAt}, {@code reviewedBy}), the reminders to review it every six months ({@code
 * reviewRemindedAt}, delivered to the owners' inboxes) and the stale profiles of an area, for the
 * librarians and policy cells who look after it.
 */
package org.knooppunt.freshness;
