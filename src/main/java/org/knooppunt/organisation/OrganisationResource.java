package org.knooppunt.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Libraries and partners over HTTP: {@code /api/organisations}, and the same filtered to one kind
 * under {@code /api/libraries} and {@code /api/partners}. Same service, same rules as the screens.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class OrganisationResource {

  @Inject OrganisationService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** One page of organisations with the total. */
  public record PageBody(List<OrganisationSummary> items, long total, int offset, int limit) {}

  @GET
  @Path("organisations")
  @Operation(summary = "List libraries and partners, paged and filtered")
  public PageBody list(
      @QueryParam("kind") String kind,
      @QueryParam("sector") String sector,
      @QueryParam("municipality") String municipality,
      @QueryParam("province") String province,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("q") String q,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @QueryParam("desc") @DefaultValue("false") boolean desc,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return page(
        parseKind(kind),
        sector,
        municipality,
        province,
        topic,
        targetGroup,
        q,
        sort,
        desc,
        offset,
        limit);
  }

  @GET
  @Path("libraries")
  @Operation(summary = "List libraries, paged and filtered")
  public PageBody libraries(
      @QueryParam("municipality") String municipality,
      @QueryParam("province") String province,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("q") String q,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return page(
        Kind.LIBRARY,
        null,
        municipality,
        province,
        topic,
        targetGroup,
        q,
        "name",
        false,
        offset,
        limit);
  }

  @GET
  @Path("partners")
  @Operation(summary = "List partner organisations, paged and filtered")
  public PageBody partners(
      @QueryParam("sector") String sector,
      @QueryParam("municipality") String municipality,
      @QueryParam("province") String province,
      @QueryParam("topic") String topic,
      @QueryParam("targetGroup") String targetGroup,
      @QueryParam("q") String q,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return page(
        Kind.PARTNER,
        sector,
        municipality,
        province,
        topic,
        targetGroup,
        q,
        "name",
        false,
        offset,
        limit);
  }

  private PageBody page(
      Kind kind,
      String sector,
      String municipality,
      String province,
      String topic,
      String targetGroup,
      String q,
      String sort,
      boolean desc,
      int offset,
      int limit) {
    int safeLimit = Math.clamp(limit, 1, 200);
    int safeOffset = Math.max(0, offset);
    String text = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
    var filter =
        new OrganisationFilter(kind, sector, municipality, province, topic, targetGroup, text);
    var page = service.list(filter, SortKey.of(sort), desc, safeOffset, safeLimit);
    return new PageBody(page.rows(), page.total(), safeOffset, safeLimit);
  }

  @GET
  @Path("organisations/{id}")
  @Operation(summary = "One organisation profile")
  public Organisation get(@PathParam("id") String id) {
    Locale locale = locale();
    Organisation o = service.get(id, locale);
    if (!OrganisationService.maySee(currentUser.account().orElse(null), o)) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND, Messages.get(locale, "organisation.notFound"));
    }
    return o;
  }

  @POST
  @Path("organisations")
  @Operation(summary = "Create a library (admin) or partner (admin, librarian)")
  public Response create(OrganisationForm form) {
    Locale locale = locale();
    String id = service.create(actor(locale), required(form, locale), locale);
    return Response.created(uri.getBaseUriBuilder().path("organisations").path(id).build())
        .entity(service.get(id, locale))
        .build();
  }

  @PUT
  @Path("organisations/{id}")
  @Operation(
      summary = "Update an organisation; the body's version must be the stored one (else 409)")
  public Organisation update(@PathParam("id") String id, OrganisationForm form) {
    Locale locale = locale();
    service.update(actor(locale), id, required(form, locale), locale);
    return service.get(id, locale);
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private static OrganisationForm required(OrganisationForm form, Locale locale) {
    if (form == null) {
      throw new DomainException(
          DomainException.Kind.INVALID, Messages.get(locale, "validation.failed"));
    }
    return form;
  }

  private static Kind parseKind(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "library" -> Kind.LIBRARY;
      case "partner" -> Kind.PARTNER;
      default -> null;
    };
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
