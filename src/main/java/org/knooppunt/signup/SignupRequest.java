package org.knooppunt.signup;

/**
 * A sign-up or claim as the approval queue shows it: what is asked ({@code kind} {@code signup} or
 * {@code claim}), for which organisation in which municipality, by whom, and how it was decided.
 */
public record SignupRequest(
    String id,
    String kind,
    String status,
    String createdAt,
    String organisationId,
    String organisationName,
    String sector,
    String registrationNumber,
    String municipalityCode,
    String municipalityName,
    String website,
    String email,
    String accountId,
    String username,
    String displayName,
    String contactEmail,
    String decidedBy,
    String decidedAt,
    String reason) {}
