package org.knooppunt.search;

/** One suggestion of the global search: what it is, its name, and where it lives. */
public record SearchHit(String type, String id, String name, String context, String url) {}
