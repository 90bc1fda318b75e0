package org.knooppunt.socialmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;

/**
 * The data of a social map: {@code /api/socialmap?centre=…&depth=1..3&topic=…}, and the same map as
 * files: {@code nodes.csv}, {@code edges.csv}, {@code map.graphml}.
 */
@Path("socialmap")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "socialmap")
public class SocialMapResource {

  @Inject SocialMapService service;
  @Context HttpHeaders headers;

  /** The centre, depth and filters of a map, as query parameters. */
  public static class Query {
    @QueryParam("centre")
    public String centre;

    @QueryParam("depth")
    @DefaultValue("1")
    public int depth;

    @QueryParam("topic")
    public String topic;

    @QueryParam("targetGroup")
    public String targetGroup;

    @QueryParam("sector")
    public String sector;

    @QueryParam("status")
    public String status;

    @QueryParam("domain")
    public String domain;

    /** Comma-separated: collaboration, taalnetwerk, community, alliance. */
    @QueryParam("relationTypes")
    public String relationTypes;

    /** Reviewed in the last N months. */
    @QueryParam("freshness")
    public Integer freshness;

    @QueryParam("partnersOf")
    public String partnersOf;

    @QueryParam("worksWith")
    public String worksWith;

    /** Everything within this many km of the centre, instead of relation hops. */
    @QueryParam("radiusKm")
    public Integer radiusKm;

    /** Comma-separated municipality codes: everything in them, instead of a centre. */
    @QueryParam("municipalities")
    public String municipalities;

    /** One super-node's key (a municipality code or kind:…), to expand it. */
    @QueryParam("group")
    public String group;

    MapScope scope() {
      return new MapScope(
          centre, depth, radiusKm, SocialMapService.codes(municipalities), blank(group));
    }

    MapFilter filter() {
      return new MapFilter(
          topic,
          targetGroup,
          sector,
          status,
          domain,
          SocialMapService.categories(relationTypes),
          freshness,
          partnersOf,
          worksWith);
    }

    private static String blank(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }

  @GET
  @Operation(
      summary = "The bounded neighbourhood of an organisation, branch, community or taalnetwerk")
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "The map",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = SocialMap.class)))
  public Response map(@BeanParam Query q) {
    return Response.ok(
            service.json(q.scope(), q.filter(), RequestLocale.of(headers)),
            MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }

  private SocialMap mapOf(Query q) {
    return service.map(q.scope(), q.filter(), RequestLocale.of(headers));
  }

  @GET
  @Path("nodes.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(summary = "The nodes of a social map as CSV")
  public Response nodes(@BeanParam Query q) {
    return file(SocialMapExport.nodesCsv(mapOf(q)), "sociale-kaart-knopen.csv");
  }

  @GET
  @Path("edges.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(summary = "The relations of a social map as CSV")
  public Response edges(@BeanParam Query q) {
    return file(SocialMapExport.edgesCsv(mapOf(q)), "sociale-kaart-relaties.csv");
  }

  @GET
  @Path("map.graphml")
  @Produces("application/graphml+xml; charset=UTF-8")
  @Operation(summary = "A social map as GraphML (opens in Gephi and yEd)")
  public Response graphml(@BeanParam Query q) {
    return file(SocialMapExport.graphml(mapOf(q)), "sociale-kaart.graphml");
  }

  private static Response file(String body, String name) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
