package org.knooppunt.signup;

/**
 * An invite as its creator sees it (never the token: only its hash is stored). {@code status} is
 * {@code open}, {@code used}, {@code revoked} or {@code expired}; {@code organisationId} is null
 * for an invite to a new partner.
 */
public record Invite(
    String id,
    String status,
    String organisationId,
    String organisationName,
    String note,
    String createdBy,
    String createdAt,
    String expiresAt,
    String usedBy) {}
