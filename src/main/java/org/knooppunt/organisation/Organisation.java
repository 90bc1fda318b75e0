package org.knooppunt.organisation;

import java.time.ZonedDateTime;
import java.util.List;

/** The profile of one library or partner organisation, as shown and as returned by the API. */
public record Organisation(
    String id,
    Kind kind,
    String name,
    String description,
    String sector,
    String registrationNumber,
    String email,
    String website,
    String phone,
    String street,
    String postcode,
    String place,
    String municipalityCode,
    String municipalityName,
    String provinceName,
    Double latitude,
    Double longitude,
    List<Ref> topics,
    List<Ref> targetGroups,
    List<Ref> domains,
    List<BranchRef> branches,
    String status,
    boolean demo,
    long version,
    ZonedDateTime lastReviewedAt,
    ZonedDateTime updatedAt,
    String updatedBy) {}
