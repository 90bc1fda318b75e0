package org.knooppunt.project;

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
 * Rounds of network projects over HTTP: list and open rounds, close one, add projects to it, and
 * the overview per library of the tickets used. Same service, same rules as the pages.
 */
@Path("project-rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "project-rounds")
public class ProjectRoundResource {

  @Inject ProjectService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Rounds of network projects, newest year first (offset, limit ≤ 500)")
  public List<ProjectRound> list(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    currentUser.require(locale());
    return service.rounds(offset, limit);
  }

  @POST
  @Operation(
      summary = "Open a round: name, year, ticketsPerLibrary (default 3), regionIds",
      description = "Administrators, and policy cells for their own regions (the default).")
  public Response open(RoundForm form) {
    Locale locale = locale();
    ProjectRound round = service.createRound(currentUser.require(locale), form, locale);
    return Response.created(uri.getBaseUriBuilder().path("project-rounds").path(round.id()).build())
        .entity(round)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One round")
  public ProjectRound get(@PathParam("id") String id) {
    Locale locale = locale();
    currentUser.require(locale);
    return service.round(id, locale);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary = "Rename an open round or change its tickets per library",
      description = "Send the version you started from (409 if it changed).")
  public ProjectRound update(@PathParam("id") String id, RoundChange change) {
    Locale locale = locale();
    return service.updateRound(currentUser.require(locale), id, change, locale);
  }

  @POST
  @Path("{id}/close")
  @Operation(summary = "Close a round: sign-ups and withdrawals are frozen")
  public ProjectRound close(@PathParam("id") String id) {
    Locale locale = locale();
    return service.closeRound(currentUser.require(locale), id, locale);
  }

  @GET
  @Path("{id}/projects")
  @Operation(summary = "The projects of a round, by name (offset, limit ≤ 500)")
  public List<NetworkProject> projects(
      @PathParam("id") String id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Locale locale = locale();
    currentUser.require(locale);
    service.round(id, locale);
    return service.projects(id, offset, limit);
  }

  @POST
  @Path("{id}/projects")
  @Operation(
      summary =
          "Add a project to an open round: name, priorityId, targetGroupId, intendedEffect, goal,"
              + " result, subjects")
  public Response addProject(@PathParam("id") String id, ProjectForm form) {
    Locale locale = locale();
    NetworkProject project = service.createProject(currentUser.require(locale), id, form, locale);
    return Response.created(
            uri.getBaseUriBuilder().path("network-projects").path(project.id()).build())
        .entity(project)
        .build();
  }

  @GET
  @Path("{id}/libraries")
  @Operation(summary = "Per library: tickets used and left, and its projects (offset, limit)")
  public List<LibraryTickets> libraries(
      @PathParam("id") String id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Locale locale = locale();
    currentUser.require(locale);
    return service.libraries(id, offset, limit, locale);
  }

  @GET
  @Path("{id}/libraries/{libraryId}")
  @Operation(summary = "One library's tickets in a round")
  public LibraryTickets library(
      @PathParam("id") String id, @PathParam("libraryId") String libraryId) {
    Locale locale = locale();
    currentUser.require(locale);
    service.round(id, locale);
    return service
        .tickets(id, libraryId)
        .orElseThrow(() ->
            new DomainException(
                DomainException.Kind.NOT_FOUND, Messages.get(locale, "project.libraryNotFound")));
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
