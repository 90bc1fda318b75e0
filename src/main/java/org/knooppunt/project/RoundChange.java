package org.knooppunt.project;

/**
 * A change to an open round: its name and tickets per library, over the {@code version} the editor
 * started from.
 */
public record RoundChange(String name, Integer ticketsPerLibrary, Long version) {}
