package org.knooppunt.savedmap;

/**
 * A map to save, as the social map page or an API client sends it: {@code query} is the page's
 * query string (unknown keys are dropped), {@code positions} JSON text or null, {@code shared} asks
 * to show it to the colleagues of the owner's organisation.
 */
public record SavedMapForm(
    String name,
    String description,
    String centre,
    String query,
    String positions,
    boolean shared) {}
