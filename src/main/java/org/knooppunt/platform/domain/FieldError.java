package org.knooppunt.platform.domain;

/** One problem with one input field, already in the user's language. */
public record FieldError(String field, String message) {}
