package org.knooppunt.exchange;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.knooppunt.account.Account;
import org.knooppunt.exchange.hsds.LoosePackage;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.rest.RequestLocale;
import org.knooppunt.platform.security.CurrentUser;

/**
 * Imports over HTTP, for scripts and other systems: upload a file (or the loose files of one HSDS
 * datapackage as several multipart parts) and get the dry run (problems per row, counts, first
 * rows) as a job in preview; start it; poll its progress and report; cancel it. Same service and
 * rules as the import page. A bad file is a 400 with the messages; someone who may not import gets
 * a 403.
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

  /**
   * The two upload endpoints share one path and method, so OpenAPI shows them as one operation:
   * both carry the same text.
   */
  private static final String UPLOAD_SUMMARY =
      "Upload a file (raw body with ?name=, or multipart parts 'file') and get its dry run";

  private static final String UPLOAD_DESCRIPTION =
      "Any import format (CSV, Excel .xlsx, HSDS datapackage .zip, HSDS JSON), at most 20 MB."
          + " Raw body: the file, its name in ?name=. Multipart: one part 'file' is one file;"
          + " several parts 'file' are the loose files of one HSDS 3 tabular datapackage, read as"
          + " if zipped: one of them must be datapackage.json (else 400), file names are reduced"
          + " to their base name, at most 20 MB per file and together, at most "
          + LoosePackage.MAX_FILES
          + " files; a CSV that datapackage.json names but that is not sent is the warning"
          + " exchange.problem.hsdsMissingTable. Nothing is written: the answer (201) has"
          + " the job id to start; a file that cannot be imported at all is a 400.";

  @POST
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
  public Response upload(@QueryParam("name") String name, InputStream body) {
    return preview(name, body);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = UPLOAD_SUMMARY, description = UPLOAD_DESCRIPTION)
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      properties =
                          @SchemaProperty(
                              name = "file",
                              type = SchemaType.STRING,
                              format = "binary",
                              description =
                                  "A file; repeat the part for the files of one datapackage."))))
  public Response uploadForm(List<EntityPart> parts) {
    Locale locale = locale();
    Account actor = actor(locale);
    List<EntityPart> files =
        parts == null ? List.of() : parts.stream().filter(p -> "file".equals(p.getName())).toList();
    if (files.isEmpty()) {
      throw DomainException.invalid(locale, "file", Messages.get(locale, "exchange.import.noFile"));
    }
    List<ImportJobService.Upload> uploads = new ArrayList<>();
    for (EntityPart f : files) {
      uploads.add(new ImportJobService.Upload(f.getFileName().orElse(f.getName()), f.getContent()));
    }
    return answer(service.preview(actor, uploads, Map.of(), locale));
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
    return answer(service.preview(actor, name, body, Map.of(), locale));
  }

  /** A dry run: 201 with its address, or 400 when the file cannot be imported at all. */
  private Response answer(ImportJobService.Preview preview) {
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
