package org.knooppunt.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;

/** Global search over organisations, municipalities and the taxonomy. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class SearchResource {

  @Inject SearchService service;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Suggestions for what was typed (prefix match per word)")
  public List<SearchHit> search(
      @QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
    return service.search(q, RequestLocale.of(headers), limit);
  }
}
