package org.knooppunt.taalnetwerk;

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
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Taalnetwerken over HTTP: list, read (with completeness), create ({@code 201}) and edit over a
 * version ({@code 409} when stale). Same service, same rules as the screens.
 */
@Path("taalnetwerken")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "taalnetwerken")
public class TaalnetwerkResource {

  @Inject TaalnetwerkService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** One page of taalnetwerken with the total. */
  public record PageBody(List<TaalnetwerkSummary> items, long total, int offset, int limit) {}

  @GET
  @Operation(
      summary = "Taalnetwerken by name or covered municipality name (q) or municipality code")
  public PageBody list(
      @QueryParam("q") String q,
      @QueryParam("municipality") String municipality,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    currentUser.require(locale());
    int safeLimit = Math.clamp(limit, 1, 200);
    int safeOffset = Math.max(0, offset);
    var page = service.list(q, municipality, safeOffset, safeLimit);
    return new PageBody(page.rows(), page.total(), safeOffset, safeLimit);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One taalnetwerk: municipalities, Taalhuis, members, role completeness")
  public Taalnetwerk get(@PathParam("id") String id) {
    Locale locale = locale();
    currentUser.require(locale);
    return service.get(id, locale);
  }

  @POST
  @Operation(summary = "Create a taalnetwerk (admin, its libraries' librarians, policy cell)")
  public Response create(TaalnetwerkForm form) {
    Locale locale = locale();
    String id = service.create(currentUser.require(locale), required(form, locale), locale);
    return Response.created(uri.getBaseUriBuilder().path("taalnetwerken").path(id).build())
        .entity(service.get(id, locale))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a taalnetwerk; the body's version must be the stored one (else 409)")
  public Taalnetwerk update(@PathParam("id") String id, TaalnetwerkForm form) {
    Locale locale = locale();
    service.update(currentUser.require(locale), id, required(form, locale), locale);
    return service.get(id, locale);
  }

  private static TaalnetwerkForm required(TaalnetwerkForm form, Locale locale) {
    if (form == null) {
      throw new DomainException(
          DomainException.Kind.INVALID, Messages.get(locale, "validation.failed"));
    }
    return form;
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
