package org.knooppunt.signup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.ClientAddress;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Partners who join, over HTTP. Without a log-in: {@code POST /api/signup}, {@code POST
 * /api/signup/claims}, {@code GET|POST /api/invites/accept} (throttled per client address: 429).
 * For admins and librarians: the queue under {@code /api/signup-requests} and invites under {@code
 * /api/invites}. Same service, same rules as the screens.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "signup")
public class SignupResource {

  @Inject SignupService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /** What a sign-up, claim or accepted invite created, and what happens next. */
  public record SubmittedBody(
      String requestId, String organisationId, String accountId, String status, String message) {}

  /** A page of the queue with the total. */
  public record QueueBody(List<SignupRequest> items, long total, int offset, int limit) {}

  /** A reason for a rejection. */
  public record Decision(String reason) {}

  /** A new invite: for an organisation (or none: a new partner), a note, valid for days. */
  public record NewInviteBody(String organisationId, String note, Integer days) {}

  /** An invite as made: the token and the link are shown this once. */
  public record InviteCreated(Invite invite, String token, String link) {}

  @POST
  @Path("signup")
  @Operation(
      summary = "Sign up a partner organisation and its contact's account (no log-in needed)",
      description =
          "Both stay pending until an admin or a librarian of the municipality approves."
              + " 400 per field, 409 for a duplicate, 429 when throttled.")
  public Response signUp(SignupForm form) {
    Locale locale = locale();
    var done = service.signUp(form, ClientAddress.of(request), locale);
    return Response.status(Response.Status.CREATED)
        .entity(
            new SubmittedBody(
                done.requestId(),
                done.organisationId(),
                done.accountId(),
                "pending",
                Messages.get(locale, "signup.submitted")))
        .build();
  }

  @POST
  @Path("signup/claims")
  @Operation(
      summary = "Claim an existing partner profile that no partner account speaks for",
      description = "The registration number is the proof; the claim waits in the same queue.")
  public Response claim(ClaimForm form) {
    Locale locale = locale();
    var done = service.claim(form, ClientAddress.of(request), locale);
    return Response.status(Response.Status.CREATED)
        .entity(
            new SubmittedBody(
                done.requestId(),
                done.organisationId(),
                done.accountId(),
                "pending",
                Messages.get(locale, "signup.claimSubmitted")))
        .build();
  }

  @GET
  @Path("signup-requests")
  @Operation(summary = "The approval queue: admins all, librarians their area; oldest first")
  public QueueBody queue(
      @QueryParam("status") @DefaultValue("pending") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Locale locale = locale();
    int size = Math.clamp(limit, 1, SignupService.QUEUE_MAX);
    int from = Math.max(0, offset);
    var page = service.queue(currentUser.require(locale), status, from, size, locale);
    return new QueueBody(page.rows(), page.total(), from, size);
  }

  @GET
  @Path("signup-requests/{id}")
  @Operation(summary = "One sign-up or claim, if you may decide it")
  public SignupRequest get(@PathParam("id") String id) {
    Locale locale = locale();
    return service.request(currentUser.require(locale), id, locale);
  }

  @POST
  @Path("signup-requests/{id}/approve")
  @Operation(summary = "Approve: the organisation and the account become active")
  public SignupRequest approve(@PathParam("id") String id) {
    Locale locale = locale();
    return service.approve(currentUser.require(locale), id, locale);
  }

  @POST
  @Path("signup-requests/{id}/reject")
  @Operation(summary = "Reject with a reason (required)")
  public SignupRequest reject(@PathParam("id") String id, Decision body) {
    Locale locale = locale();
    return service.reject(
        currentUser.require(locale), id, body == null ? null : body.reason(), locale);
  }

  @POST
  @Path("invites")
  @Operation(
      summary = "Make a single-use invite link (admin, librarian)",
      description =
          "For an unclaimed partner profile you may speak for, or without organisationId for a"
              + " new partner. Valid 14 days unless days (1–60) says otherwise.")
  public Response invite(NewInviteBody body) {
    Locale locale = locale();
    NewInviteBody b = body == null ? new NewInviteBody(null, null, null) : body;
    var made =
        service.invite(currentUser.require(locale), b.organisationId(), b.note(), b.days(), locale);
    return Response.status(Response.Status.CREATED)
        .entity(new InviteCreated(made.invite(), made.token(), acceptLink(request, made.token())))
        .build();
  }

  @GET
  @Path("invites")
  @Operation(summary = "The invites you made (admin: all), newest first")
  public List<Invite> invites(
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Locale locale = locale();
    return service.invites(currentUser.require(locale), offset, limit, locale);
  }

  @DELETE
  @Path("invites/{id}")
  @Operation(summary = "Revoke an open invite: its maker or an admin")
  public Invite revoke(@PathParam("id") String id) {
    Locale locale = locale();
    return service.revoke(currentUser.require(locale), id, locale);
  }

  @GET
  @Path("invites/accept")
  @Operation(summary = "What an invite link is for (no log-in needed); 404/409 if unusable")
  public Invite inviteFor(@QueryParam("token") String token) {
    return service.inviteFor(token, locale());
  }

  @POST
  @Path("invites/accept")
  @Operation(
      summary = "Accept an invite: an active account (and new profile) at once (no log-in needed)")
  public Response accept(InviteAcceptForm form) {
    Locale locale = locale();
    if (form == null) {
      throw DomainException.invalid(locale, "token", Messages.get(locale, "validation.required"));
    }
    var done = service.accept(form, ClientAddress.of(request), locale);
    return Response.status(Response.Status.CREATED)
        .entity(
            new SubmittedBody(
                null,
                done.organisationId(),
                done.accountId(),
                "active",
                Messages.get(locale, "signup.inviteAccepted")))
        .build();
  }

  /** The address of the accept page for a token, on the server the request came to. */
  static String acceptLink(HttpServletRequest request, String token) {
    String base =
        request.getRequestURL().toString().replaceFirst("^(https?://[^/]+).*$", "$1")
            + request.getContextPath();
    return base + "/signup/accept.xhtml?token=" + token;
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
