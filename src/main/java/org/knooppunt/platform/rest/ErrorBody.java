package org.knooppunt.platform.rest;

import java.util.List;
import org.knooppunt.platform.domain.FieldError;

/** The JSON body of every API error. {@code detail} holds e.g. the stored version on a 409. */
public record ErrorBody(
    int status, String error, String message, List<FieldError> fieldErrors, Object detail) {}
