package org.knooppunt.organisation;

/** A branch (vestiging) of a library as listed on its profile. */
public record BranchRef(String id, String name, String municipalityName) {}
