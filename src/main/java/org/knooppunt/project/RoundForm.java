package org.knooppunt.project;

import java.util.List;

/**
 * A new round as a page or an API client sends it. {@code ticketsPerLibrary} null means the default
 * of 3; {@code regionIds} empty means the regions of the policy cell that opens it.
 */
public record RoundForm(
    String name, Integer year, Integer ticketsPerLibrary, List<String> regionIds) {}
