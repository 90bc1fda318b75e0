package org.knooppunt.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: a JAX-RS status (unreadable JSON, unknown path) keeps its status; anything
 * unexpected is logged here and answered with a 500 that reveals nothing of the inside.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    int status = 500;
    String error = "internal";
    String message = "Er ging iets mis. / Something went wrong.";
    if (e instanceof jakarta.json.bind.JsonbException
        || e instanceof jakarta.ws.rs.ProcessingException
        || e instanceof jakarta.json.JsonException) {
      status = 400;
      error = "bad_request";
      message = "Ongeldige JSON. / Invalid JSON.";
    } else if (e instanceof WebApplicationException w) {
      status = w.getResponse().getStatus();
      if (status == 404 && w.getCause() instanceof IllegalArgumentException) {
        // JAX-RS answers 404 when a query or path parameter cannot be converted (offset=abc);
        // for a person reading the answer that is a bad request, not a missing resource.
        status = 400;
      }
      error = status == 404 ? "not_found" : status < 500 ? "bad_request" : "internal";
      message =
          status == 404
              ? "Niet gevonden. / Not found."
              : status < 500 ? "Ongeldig verzoek. / Bad request." : message;
    }
    if (status >= 500) {
      LOG.log(Level.SEVERE, "Unexpected error in the API", e);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ErrorBody(status, error, message, List.of(), null))
        .build();
  }
}
