package org.knooppunt.person;

import java.time.ZonedDateTime;

/**
 * A person as shown to someone who may see her: name, job title, her role at her organisation and
 * business contact, with her visibility and consents. {@code linked}: an account logs in as her.
 */
public record Person(
    String id,
    String name,
    String jobTitle,
    String role,
    String email,
    String phone,
    String organisationId,
    String organisationName,
    Visibility visibility,
    Consent maps,
    Consent introductions,
    Consent recommendations,
    String legalBasis,
    boolean linked,
    boolean erasureRequested,
    boolean demo,
    long version,
    ZonedDateTime lastReviewedAt,
    ZonedDateTime updatedAt,
    String updatedBy) {}
