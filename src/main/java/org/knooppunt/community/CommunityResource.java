package org.knooppunt.community;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Communities over HTTP: list, read, create ({@code 201}), edit over a version ({@code 409} when
 * stale, with what is stored now), the offer of activities, and requests to join with their answer.
 * Same service, same rules as the screens.
 */
@Path("communities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "communities")
public class CommunityResource {

  @Inject CommunityService service;
  @Inject CurrentUser currentUser;
  @Inject org.knooppunt.person.PersonService persons;

  /** The community as the caller sees it: people she may not see are not named. */
  private Community seen(String id, Locale locale) {
    Community c = service.get(id, locale);
    return c.seenBy(
        persons.hidden(currentUser.account().orElse(null), c.personMemberIds(), locale));
  }

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** A request to join: who would join (an organisation or person id) and a message. */
  public record Ask(String memberId, String message) {}

  /** The answer to a request: the role the member gets (default {@code lid}). */
  public record Acceptance(String role) {}

  /** The new version after an edit. */
  public record Version(long version) {}

  @GET
  @Operation(summary = "Communities by name (q) and topic (narrower topics included), paged")
  public CommunityService.Page list(
      @QueryParam("q") String q,
      @QueryParam("topic") String topic,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("25") int limit) {
    Locale locale = locale();
    actor(locale);
    return service.list(q, topic, offset, limit, locale);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One community: purpose, hosts and runners, place, members, offer")
  public Community get(@PathParam("id") String id) {
    Locale locale = locale();
    actor(locale);
    return seen(id, locale);
  }

  @POST
  @Operation(summary = "Create a community hosted by your organisation (an admin: any host)")
  public Response create(CommunityForm form) {
    Locale locale = locale();
    String id = service.create(actor(locale), form, locale);
    return Response.created(uri.getBaseUriBuilder().path("communities").path(id).build())
        .entity(seen(id, locale))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a community over the version you started from: its owners")
  public Community update(@PathParam("id") String id, CommunityForm form) {
    Locale locale = locale();
    service.update(actor(locale), id, form, locale);
    return seen(id, locale);
  }

  @POST
  @Path("{id}/activities")
  @Operation(summary = "Add an activity to the offer (version: the community's)")
  public Response addActivity(@PathParam("id") String id, ActivityForm form) {
    Locale locale = locale();
    service.addActivity(actor(locale), id, form, locale);
    return Response.status(Response.Status.CREATED).entity(seen(id, locale)).build();
  }

  @PUT
  @Path("{id}/activities/{activityId}")
  @Operation(summary = "Change an activity of the offer (version: the community's)")
  public Community updateActivity(
      @PathParam("id") String id, @PathParam("activityId") String activityId, ActivityForm form) {
    Locale locale = locale();
    service.updateActivity(actor(locale), id, activityId, form, locale);
    return seen(id, locale);
  }

  @DELETE
  @Path("{id}/activities/{activityId}")
  @Operation(summary = "Remove an activity from the offer (version: the community's)")
  public Version removeActivity(
      @PathParam("id") String id,
      @PathParam("activityId") String activityId,
      @QueryParam("version") Long version) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (version == null) {
      throw DomainException.invalid(locale, "version", Messages.get(locale, "validation.required"));
    }
    return new Version(service.removeActivity(actor, id, activityId, version, locale));
  }

  @GET
  @Path("{id}/requests")
  @Operation(summary = "Open requests to join: its owners")
  public List<JoinRequest> requests(@PathParam("id") String id) {
    Locale locale = locale();
    return service.requests(actor(locale), id, locale);
  }

  @POST
  @Path("{id}/requests")
  @Operation(summary = "Ask for an organisation you speak for, or a colleague, to join")
  public Response ask(@PathParam("id") String id, Ask body) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (body == null) {
      throw DomainException.invalid(
          locale, "memberId", Messages.get(locale, "community.memberRequired"));
    }
    service.ask(actor, id, body.memberId(), body.message(), locale);
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("{id}/requests/{memberId}/accept")
  @Operation(summary = "Accept a request to join with a role: its owners")
  public Community accept(
      @PathParam("id") String id, @PathParam("memberId") String memberId, Acceptance body) {
    Locale locale = locale();
    service.accept(actor(locale), id, memberId, body == null ? null : body.role(), locale);
    return seen(id, locale);
  }

  @POST
  @Path("{id}/requests/{memberId}/decline")
  @Operation(summary = "Decline a request to join: its owners")
  public Response decline(@PathParam("id") String id, @PathParam("memberId") String memberId) {
    Locale locale = locale();
    service.decline(actor(locale), id, memberId, locale);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/members/{memberId}")
  @Operation(summary = "End a membership: its owners, or whoever speaks for the member")
  public Response removeMember(@PathParam("id") String id, @PathParam("memberId") String memberId) {
    Locale locale = locale();
    service.removeMember(actor(locale), id, memberId, locale);
    return Response.noContent().build();
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
