package org.knooppunt.socialmap;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;

/** The data of a social map: {@code /api/socialmap?centre=…&depth=1..3}. */
@Path("socialmap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "socialmap")
public class SocialMapResource {

  @Inject SocialMapService service;
  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "The bounded neighbourhood of an organisation, branch, community or taalnetwerk")
  public SocialMap map(
      @QueryParam("centre") String centre,
      @QueryParam("depth") @DefaultValue("1") int depth,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("sector") String sector,
      @QueryParam("status") String status) {
    return service.map(
        centre,
        depth,
        new MapFilter(topic, targetGroup, sector, status),
        RequestLocale.of(headers));
  }
}
