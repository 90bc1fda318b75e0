package org.knooppunt.coverage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Coverage over HTTP: the ranked report of a scope as JSON or CSV, a what-if for a group of
 * libraries, and the import of need figures (a CSV body). Same service, same rules as the page. The
 * scope is one of {@code region}, {@code municipalities} (comma-separated codes), {@code alliance},
 * {@code countries} ({@code NL,BE}); with {@code topic} and/or {@code targetGroup}.
 */
@Path("coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage")
public class CoverageResource {

  @Inject CoverageService service;
  @Inject NeedImportService needImport;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  @QueryParam("region")
  String region;

  @QueryParam("municipalities")
  String municipalities;

  @QueryParam("alliance")
  String alliance;

  @QueryParam("countries")
  String countries;

  @QueryParam("topic")
  String topic;

  @QueryParam("targetGroup")
  String targetGroup;

  @GET
  @Operation(
      summary = "Coverage of a scope for a topic and/or target group, gaps first",
      description = "Per municipality: covered, by whom, the need (estimate or imported, source).")
  public CoverageReport report() {
    Locale locale = locale();
    return service.analyse(locale, currentUser.require(locale), query());
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(summary = "The same report as CSV")
  public Response csv() {
    Locale locale = locale();
    CoverageReport report = service.analyse(locale, currentUser.require(locale), query());
    return Response.ok(CoverageExport.csv(report, locale))
        .header("Content-Disposition", "attachment; filename=\"dekking.csv\"")
        .build();
  }

  @GET
  @Path("whatif")
  @Operation(
      summary = "Coverage before and after the given libraries ally",
      description = "libraries: comma-separated ids of libraries located in or serving the scope.")
  public WhatIf whatIf(@QueryParam("libraries") String libraries) {
    Locale locale = locale();
    List<String> ids = CoverageRequest.list(libraries);
    return service.whatIf(locale, currentUser.require(locale), query(), ids);
  }

  @POST
  @Path("need")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Import need figures from CSV (admin; policy cell for its regions)",
      description =
          "Columns municipality, targetGroup, count or share, year, source; , or ;. Any bad row:"
              + " 400 with every bad line, nothing written.")
  public NeedImportService.Result importNeed(String body) {
    Locale locale = locale();
    return needImport.importCsv(locale, currentUser.require(locale), body);
  }

  private CoverageQuery query() {
    return CoverageRequest.query(region, municipalities, alliance, countries, topic, targetGroup);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
