package org.knooppunt.region;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;

/** Municipalities and regions over HTTP. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "municipalities")
public class RegionResource {

  @Inject RegionService service;
  @Inject BoundaryService boundaries;
  @Context HttpHeaders headers;

  /** One page of municipalities with the total. */
  public record PageBody(List<Municipality> items, long total, int offset, int limit) {}

  @GET
  @Path("municipalities")
  @Operation(summary = "List municipalities (NL: GM codes, Flanders/Brussels: NIS codes)")
  public PageBody municipalities(
      @QueryParam("country") String country,
      @QueryParam("province") String province,
      @QueryParam("q") String q,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    int safeLimit = Math.clamp(limit, 1, 1000);
    int safeOffset = Math.max(0, offset);
    String text = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
    var page = service.municipalities(country, province, text, safeOffset, safeLimit);
    return new PageBody(page.rows(), page.total(), safeOffset, safeLimit);
  }

  /**
   * The boundaries of some municipalities as a GeoJSON FeatureCollection (properties {@code code},
   * {@code name}, {@code population}); reference data, so browsers may keep it for a day.
   */
  @GET
  @Path("municipalities/boundaries")
  @Operation(
      summary =
          "Boundaries of municipalities as a GeoJSON FeatureCollection: codes=GM0344,11002"
              + " (at most 700; unknown codes are left out)")
  public Response boundaries(@QueryParam("codes") String codes) {
    return Response.ok(boundaries.collection(codes, RequestLocale.of(headers)))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
        .build();
  }

  @GET
  @Path("regions")
  @Operation(summary = "List regions (provinces) with their number of municipalities")
  public List<Region> regions() {
    return service.regions();
  }
}
