package org.knooppunt.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.knooppunt.platform.domain.DomainException;

/** A refusal from a service, as its status and a JSON body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Override
  public Response toResponse(DomainException e) {
    return Response.status(e.kind().status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ErrorBody(
                e.kind().status,
                e.kind().name().toLowerCase(Locale.ROOT),
                e.getMessage(),
                e.fieldErrors(),
                e.detail()))
        .build();
  }
}
