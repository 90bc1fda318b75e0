package org.knooppunt.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
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
 * Imports over HTTP, for scripts and other systems: upload a file and get the dry run (problems per
 * row, counts, first rows) as a job in preview; start it; poll its progress and report; cancel it.
 * Same service and rules as the import page. A bad file is a 400 with the messages; someone who may
 * not import gets a 403.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports")
public class ImportResource {

  @Inject ImportJobService service;
  @Inject CurrentUser currentUser;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Upload a file (raw body, ?name=file.csv) and get its dry run",
      description =
          "CSV, UTF-8, at most 20 MB. Nothing is written: the answer has the job id to start.")
  public Response upload(@QueryParam("name") String name, InputStream body) {
    return preview(name, body);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a file as the multipart part 'file' and get its dry run")
  public Response uploadForm(@FormParam("file") EntityPart file) {
    Locale locale = locale();
    if (file == null) {
      throw DomainException.invalid(locale, "file", Messages.get(locale, "exchange.import.noFile"));
    }
    return preview(file.getFileName().orElse(file.getName()), file.getContent());
  }

  @POST
  @Path("{id}/start")
  @Operation(summary = "Start a previewed import; it runs in the background")
  public Response start(@PathParam("id") String id) {
    Locale locale = locale();
    return Response.accepted(service.start(actor(locale), id, locale)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import's progress and, when finished, its report")
  public ImportJobService.Job get(@PathParam("id") String id) {
    Locale locale = locale();
    return service.get(actor(locale), id, locale);
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Stop an import after its current batch; finished batches stay")
  public ImportJobService.Job cancel(@PathParam("id") String id) {
    Locale locale = locale();
    return service.cancel(actor(locale), id, locale);
  }

  private Response preview(String name, InputStream body) {
    Locale locale = locale();
    Account actor = actor(locale);
    if (body == null) {
      throw DomainException.invalid(locale, "file", Messages.get(locale, "exchange.import.noFile"));
    }
    ImportJobService.Preview preview = service.preview(actor, name, body, Map.of(), locale);
    if (preview.fileRejected()) {
      return Response.status(Response.Status.BAD_REQUEST).entity(preview).build();
    }
    return Response.created(uri.getBaseUriBuilder().path("imports").path(preview.jobId()).build())
        .entity(preview)
        .build();
  }

  private Account actor(Locale locale) {
    return currentUser.require(locale);
  }

  private Locale locale() {
    return RequestLocale.of(headers);
  }
}
