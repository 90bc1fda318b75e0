package org.knooppunt.region;

/** A named set of municipalities; for now the 12 Dutch and 5 Flemish provinces and Brussels. */
public record Region(String id, String name, String country, String kind, long municipalities) {}
