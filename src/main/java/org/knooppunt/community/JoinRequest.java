package org.knooppunt.community;

/**
 * A request to join a community, as its owners see it: who would join (a person or an
 * organisation), who asked (an account) and when, with the asker's message (plain text).
 */
public record JoinRequest(
    String memberId,
    String kind,
    String name,
    String organisationName,
    String message,
    String askedBy,
    String askedAt) {}
