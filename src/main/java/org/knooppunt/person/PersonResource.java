package org.knooppunt.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * People over HTTP: {@code /api/people}. Same service, same rules as the screens: a person one may
 * not see is a 404, like one that does not exist; a write one may not do is a 403.
 */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class PersonResource {

  @Inject PersonService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** An erasure request: why, optionally. */
  public record ErasureBody(String reason) {}

  @GET
  @Operation(summary = "The people of an organisation that you may see, by name")
  public List<Person> list(
      @QueryParam("organisation") String organisation,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    if (organisation == null || organisation.isBlank()) {
      throw DomainException.invalid(
          locale, "organisation", Messages.get(locale, "knooppunt.validation.required"));
    }
    return service.ofOrganisation(actor, organisation, offset, limit);
  }

  @GET
  @Path("me")
  @Operation(summary = "The person your account logs in as, if any")
  public Person me() {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    String id =
        service
            .self(actor)
            .orElseThrow(() ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND, Messages.get(locale, "person.notFound")));
    return service.get(actor, id, locale);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One person, if you may see them")
  public Person get(@PathParam("id") String id) {
    Locale locale = locale();
    return service.get(currentUser.require(locale), id, locale);
  }

  @POST
  @Operation(summary = "Add a person to an organisation you may speak for")
  public Response create(PersonForm form) {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    String id = service.create(actor, required(form, locale), locale);
    return Response.created(uri.getBaseUriBuilder().path("people").path(id).build())
        .entity(service.get(actor, id, locale))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Change a person (over the version you read): whoever speaks for her organisation")
  public Person update(@PathParam("id") String id, PersonForm form) {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    service.update(actor, id, required(form, locale), locale);
    return service.get(actor, id, locale);
  }

  @PUT
  @Path("{id}/consents")
  @Operation(
      summary = "Change visibility and consents: the person herself or whoever manages her",
      description =
          "visibility: ORGANISATION, PARTNERS or PLATFORM; maps, introductions,"
              + " recommendations: true or false; version: the version you read.")
  public Person consents(@PathParam("id") String id, PersonService.Consents body) {
    Locale locale = locale();
    Account actor = currentUser.require(locale);
    if (body == null) {
      throw DomainException.invalid(
          locale, "visibility", Messages.get(locale, "person.visibilityInvalid"));
    }
    service.setConsents(actor, id, body, locale);
    return service.get(actor, id, locale);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a person: whoever speaks for her organisation")
  public Response delete(@PathParam("id") String id) {
    Locale locale = locale();
    service.delete(currentUser.require(locale), id, locale);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/export")
  @Operation(summary = "Everything stored about a person, as a JSON download: herself or an admin")
  public Response export(@PathParam("id") String id) {
    Locale locale = locale();
    Map<String, Object> all = service.export(currentUser.require(locale), id, locale);
    return Response.ok(all)
        .header("Content-Disposition", "attachment; filename=\"knooppunt-person-" + id + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{id}/erasure")
  @Operation(summary = "Ask for a person's erasure: herself or whoever manages her")
  public Response requestErasure(@PathParam("id") String id, ErasureBody body) {
    Locale locale = locale();
    String request =
        service.requestErasure(
            currentUser.require(locale), id, body == null ? null : body.reason(), locale);
    return Response.status(Response.Status.CREATED).entity(Map.of("id", request)).build();
  }

  @GET
  @Path("erasures")
  @Operation(summary = "Pending erasure requests: admins")
  public List<PersonRepository.ErasureRequest> erasures() {
    Locale locale = locale();
    return service.pendingErasures(currentUser.require(locale), locale);
  }

  @POST
  @Path("erasures/{request}/complete")
  @Operation(summary = "Complete an erasure: admins; returns the pseudonym of the audit log")
  public Map<String, String> complete(@PathParam("request") String request) {
    Locale locale = locale();
    return Map.of(
        "pseudonym", service.completeErasure(currentUser.require(locale), request, locale));
  }

  private static PersonForm required(PersonForm form, Locale locale) {
    if (form == null) {
      throw DomainException.invalid(
          locale, "name", Messages.get(locale, "knooppunt.validation.required"));
    }
    return form;
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
