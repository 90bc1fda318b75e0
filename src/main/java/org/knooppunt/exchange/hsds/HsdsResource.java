package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The HSDS 3 read API at {@code /api/hsds}, for other systems: organizations, services, locations
 * and taxonomy terms as HSDS API pages ({@code page}, {@code per_page} up to 100, {@code
 * modified_after}), and the whole set as a datapackage zip or JSON. Every signed-in user may read,
 * as with the organisation list; bad parameters are a 400 with the field.
 */
@Path("hsds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hsds", description = "Open Referral HSDS 3.0 read API (Knooppunt profile)")
public class HsdsResource {

  static final int MAX_PER_PAGE = 100;

  @Inject HsdsExporter exporter;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  @GET
  @Path("organizations")
  @Operation(summary = "Organizations (HSDS 3 organization, full) as a page")
  public Response organizations(
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "items per page, 1 to 100 (default 50)") @QueryParam("per_page")
          String perPage,
      @Parameter(description = "only items changed after this ISO date-time")
          @QueryParam("modified_after")
          String modifiedAfter) {
    return page(page, perPage, modifiedAfter, exporter::organisationPage);
  }

  @GET
  @Path("organizations/{id}")
  @Operation(summary = "One organization (HSDS 3 organization, full)")
  public Response organization(@PathParam("id") String id) {
    return one(id, exporter::organisation);
  }

  @GET
  @Path("services")
  @Operation(summary = "Services (HSDS 3 service) as a page")
  public Response services(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("modified_after") String modifiedAfter) {
    return page(page, perPage, modifiedAfter, exporter::servicePage);
  }

  @GET
  @Path("services/{id}")
  @Operation(summary = "One service (HSDS 3 service)")
  public Response service(@PathParam("id") String id) {
    return one(id, exporter::service);
  }

  @GET
  @Path("locations")
  @Operation(summary = "Locations (branches, HSDS 3 location with addresses) as a page")
  public Response locations(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("modified_after") String modifiedAfter) {
    return page(page, perPage, modifiedAfter, exporter::locationPage);
  }

  @GET
  @Path("taxonomy_terms")
  @Operation(summary = "Knooppunt topics and target groups as HSDS 3 taxonomy terms")
  public Response taxonomyTerms(
      @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
    return page(page, perPage, null, (after, p, size) -> exporter.termPage(p, size));
  }

  @GET
  @Path("export.zip")
  @Produces("application/zip")
  @Operation(summary = "All active organisations as an HSDS 3 tabular datapackage (zip)")
  public Response exportZip() {
    currentUser.require(locale());
    StreamingOutput body = exporter::writeDatapackage;
    return Response.ok(body, "application/zip")
        .header("Content-Disposition", "attachment; filename=\"knooppunt-hsds.zip\"")
        .build();
  }

  @GET
  @Path("export.json")
  @Operation(summary = "All active organisations as one HSDS 3 organization list (JSON)")
  public Response exportJson() {
    currentUser.require(locale());
    StreamingOutput body = exporter::writeJson;
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"knooppunt-hsds.json\"")
        .build();
  }

  /** One page of a list: the exporter's method for it. */
  @FunctionalInterface
  interface PageSource {
    JsonNode page(ZonedDateTime after, int page, int perPage);
  }

  /** A list endpoint: checks the signed-in user and the parameters, answers the page. */
  private Response page(String page, String perPage, String modifiedAfter, PageSource source) {
    Query q = query(page, perPage, modifiedAfter);
    return json(source.page(q.after(), q.page(), q.perPage()));
  }

  /** A single-item endpoint: checks the signed-in user, answers the item or a 404. */
  private Response one(String id, java.util.function.Function<String, JsonNode> source) {
    Locale locale = locale();
    currentUser.require(locale);
    return found(source.apply(id), locale);
  }

  /** Checked paging and filter parameters. */
  record Query(int page, int perPage, ZonedDateTime after) {}

  private Query query(String page, String perPage, String modifiedAfter) {
    Locale locale = locale();
    currentUser.require(locale);
    int p = number(page, 1, "page", 1, 1_000_000, locale);
    int size = number(perPage, 50, "per_page", 1, MAX_PER_PAGE, locale);
    return new Query(p, size, dateTime(modifiedAfter, locale));
  }

  private static int number(
      String value, int fallback, String field, int min, int max, Locale locale) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw DomainException.invalid(
        locale,
        field,
        Messages.get(locale, "exchange.hsds.badNumber", String.valueOf(min), String.valueOf(max)));
  }

  static ZonedDateTime dateTime(String value, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).toZonedDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw DomainException.invalid(
            locale, "modified_after", Messages.get(locale, "exchange.hsds.badDateTime"));
      }
    }
  }

  private Response found(JsonNode node, Locale locale) {
    if (node == null) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "exchange.hsds.notFound"));
    }
    return json(node);
  }

  private static Response json(JsonNode node) {
    try {
      return Response.ok(HsdsExporter.JSON.writeValueAsString(node), MediaType.APPLICATION_JSON)
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
