package org.knooppunt.project;

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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * One network project over HTTP: read and edit it, list the libraries signed up, sign a library up
 * (a ticket; 409 with the reason when the round is closed, the tickets are used or it signed up
 * already) and withdraw it.
 */
@Path("network-projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network-projects")
public class NetworkProjectResource {

  @Inject ProjectService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;

  /** Which library signs up; the caller's own library when left out. */
  public record SignUpRequest(String libraryId) {}

  @GET
  @Path("{id}")
  @Operation(summary = "One network project")
  public NetworkProject get(@PathParam("id") String id) {
    Locale locale = locale();
    currentUser.require(locale);
    return service.project(id, locale);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Edit a project; send the version you started from (409 if it changed)")
  public NetworkProject update(@PathParam("id") String id, ProjectForm form) {
    Locale locale = locale();
    return service.updateProject(currentUser.require(locale), id, form, locale);
  }

  @GET
  @Path("{id}/signups")
  @Operation(summary = "The libraries signed up for the project, by name (offset, limit ≤ 500)")
  public List<SignUp> signups(
      @PathParam("id") String id,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Locale locale = locale();
    currentUser.require(locale);
    return service.signups(id, offset, limit, locale);
  }

  @POST
  @Path("{id}/signups")
  @Operation(
      summary = "Sign a library up (one ticket of the round); answers its tickets afterwards",
      description = "The librarian of the library or an administrator.")
  public Response signUp(@PathParam("id") String id, SignUpRequest body) {
    Locale locale = locale();
    LibraryTickets tickets =
        service.signUp(
            currentUser.require(locale), id, body == null ? null : body.libraryId(), locale);
    return Response.status(Response.Status.CREATED).entity(tickets).build();
  }

  @DELETE
  @Path("{id}/signups/{libraryId}")
  @Operation(summary = "Withdraw a library's sign-up while the round is open")
  public LibraryTickets withdraw(
      @PathParam("id") String id, @PathParam("libraryId") String libraryId) {
    Locale locale = locale();
    return service.withdraw(currentUser.require(locale), id, libraryId, locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
