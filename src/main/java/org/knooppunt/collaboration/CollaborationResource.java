package org.knooppunt.collaboration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Collaborations over HTTP: propose ({@code POST /api/collaborations}), confirm as the other side,
 * end; read one with its history, or all of an organisation. Same service, same rules as screens.
 */
@Path("collaborations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "collaborations")
public class CollaborationResource {

  @Inject CollaborationService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The body of a proposal; {@code since} as {@code yyyy-mm-dd}. */
  public record Proposal(String from, String to, String topic, String since, String note) {}

  /** The body of an end; {@code until} as {@code yyyy-mm-dd}, today when left out. */
  public record Ending(String until) {}

  @GET
  @Operation(summary = "All collaborations of an organisation, ended ones included")
  public List<Collaboration> list(@QueryParam("organisation") String organisation) {
    return service.ofOrganisation(organisation);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One collaboration with who proposed, confirmed and ended it, and when")
  public Collaboration get(@PathParam("id") String id) {
    return service.get(id, locale());
  }

  @POST
  @Operation(summary = "Propose a collaboration for an organisation you may speak for")
  public Response propose(Proposal body) {
    Locale locale = locale();
    if (body == null) {
      throw new DomainException(
          DomainException.Kind.INVALID, Messages.get(locale, "validation.failed"));
    }
    var form =
        new CollaborationForm(
            body.from(), body.to(), body.topic(), date("since", body.since(), locale), body.note());
    String id = service.propose(actor(locale), form, locale);
    return Response.created(uri.getBaseUriBuilder().path("collaborations").path(id).build())
        .entity(service.get(id, locale))
        .build();
  }

  @POST
  @Path("{id}/confirm")
  @Operation(summary = "Confirm a proposed collaboration as its other side")
  public Collaboration confirm(@PathParam("id") String id) {
    Locale locale = locale();
    return service.confirm(actor(locale), id, locale);
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End (or decline, or withdraw) a collaboration; it is kept with its date")
  public Collaboration end(@PathParam("id") String id, Ending body) {
    Locale locale = locale();
    LocalDate until = body == null ? null : date("until", body.until(), locale);
    return service.end(actor(locale), id, until, locale);
  }

  private static LocalDate date(String field, String value, Locale locale) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? "x" : value);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          locale, field, Messages.get(locale, "collaboration.dateInvalid"));
    }
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
