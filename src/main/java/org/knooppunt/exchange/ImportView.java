package org.knooppunt.exchange;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.LocaleView;

/**
 * The import page: upload a file (CSV, Excel, HSDS datapackage or HSDS JSON, the formats of the
 * API, with its size cap) or the loose files of an HSDS datapackage at once, see the dry run
 * (counts, problems per row, how each header was understood, with a choice of column for the
 * headers that were not), start the import and follow it. The job id is in the address ({@code
 * ?job=}), so a reload shows the same progress or report. Thin: everything is {@link
 * ImportJobService}.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ImportJobService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient LocaleView localeView;

  private transient List<Part> files;
  private String jobId;
  private final Map<String, String> mapping = new HashMap<>();
  private ImportJobService.Preview preview;
  private ImportJobService.Job job;
  private String refusal;

  public void load() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale());
    if (jobId != null && !jobId.isBlank() && isAllowed()) {
      refresh();
    }
  }

  public boolean isAllowed() {
    return ImportJobService.mayImport(currentUser.account().orElse(null));
  }

  /**
   * The dry run of the chosen file (or files: one HSDS datapackage), with the column choices made
   * so far; without a new file, of the file of the previous dry run with the new column choices.
   */
  public void dryRun() {
    refusal = null;
    job = null;
    String earlier = preview == null ? null : preview.jobId();
    preview = null;
    List<Part> chosenFiles =
        files == null
            ? List.of()
            : files.stream().filter(f -> f != null && f.getSize() > 0).toList();
    boolean chosen = !chosenFiles.isEmpty();
    if (!chosen && earlier == null) {
      refusal = Messages.get(locale(), "exchange.import.noFile");
      return;
    }
    Map<String, OrganisationColumn> columns = new HashMap<>();
    mapping.forEach((header, column) -> {
      if (column != null && !column.isBlank()) {
        try {
          columns.put(header.strip().toLowerCase(Locale.ROOT), OrganisationColumn.valueOf(column));
        } catch (IllegalArgumentException e) {
          // Not one of the offered columns: the header stays unrecognised.
        }
      }
    });
    try {
      if (!chosen) {
        preview = service.remap(currentUser.require(locale()), earlier, columns, locale());
      } else if (chosenFiles.stream()
          .anyMatch(f -> f.getSize() > CsvOrganisationReader.MAX_BYTES)) {
        // Refused before a byte is copied; the container already capped what it accepted.
        throw ImportJobService.tooLarge(locale());
      } else if (chosenFiles.stream().mapToLong(Part::getSize).sum()
          > CsvOrganisationReader.MAX_BYTES) {
        throw DomainException.invalid(
            locale(),
            "file",
            Messages.get(
                locale(),
                "exchange.import.tooLargeTogether",
                CsvOrganisationReader.MAX_BYTES / (1024 * 1024)));
      } else {
        List<ImportJobService.Upload> uploads = new ArrayList<>();
        for (Part f : chosenFiles) {
          uploads.add(new ImportJobService.Upload(f.getSubmittedFileName(), f.getInputStream()));
        }
        // The service closes the streams.
        preview = service.preview(currentUser.require(locale()), uploads, columns, locale());
      }
    } catch (DomainException e) {
      refusal = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
    } catch (IOException e) {
      refusal = Messages.get(locale(), "exchange.problem.unreadable");
    } finally {
      files = null;
    }
  }

  /** Starts the previewed import and shows its progress at an address that survives a reload. */
  public void start() throws IOException {
    if (preview == null) {
      return;
    }
    try {
      job = service.start(currentUser.require(locale()), preview.jobId(), locale());
      jobId = job.id();
      FacesContext context = FacesContext.getCurrentInstance();
      context
          .getExternalContext()
          .redirect(
              context.getExternalContext().getRequestContextPath()
                  + "/exchange/import.xhtml?job="
                  + jobId);
    } catch (DomainException e) {
      refusal = e.getMessage();
    }
  }

  public void cancel() {
    if (jobId == null) {
      return;
    }
    try {
      job = service.cancel(currentUser.require(locale()), jobId, locale());
    } catch (DomainException e) {
      refusal = e.getMessage();
    }
  }

  /** Polled by the page while the job runs. */
  public void refresh() {
    try {
      job = service.get(currentUser.require(locale()), jobId, locale());
    } catch (DomainException e) {
      refusal = e.getMessage();
      job = null;
    }
  }

  public String getCountsText() {
    if (preview == null) {
      return "";
    }
    return Messages.get(
        locale(),
        "exchange.import.counts",
        preview.rows(),
        preview.wouldCreate(),
        preview.wouldUpdate(),
        preview.unchanged(),
        preview.rejected());
  }

  public String getReportText() {
    if (job == null) {
      return "";
    }
    return Messages.get(
        locale(),
        "exchange.import.report",
        job.created(),
        job.updated(),
        job.unchanged(),
        job.rejected());
  }

  /** The preview's file, or for a loose package its datapackage.json and how many came with it. */
  public String getPreviewFileText() {
    return preview == null ? "" : files(preview.fileName(), preview.files());
  }

  /** The running or finished job's file, as {@link #getPreviewFileText}. */
  public String getJobFileText() {
    return job == null ? "" : files(job.fileName(), job.files());
  }

  private String files(String name, long files) {
    return files > 1
        ? Messages.get(locale(), "exchange.import.withOtherFiles", name, files - 1)
        : name;
  }

  public String getStatusText() {
    return job == null ? "" : Messages.get(locale(), "exchange.import.status." + job.status());
  }

  public boolean isRunning() {
    return job != null && !job.finished();
  }

  public boolean isStartable() {
    return preview != null
        && !preview.fileRejected()
        && preview.wouldCreate() + preview.wouldUpdate() + preview.unchanged() > 0;
  }

  public List<OrganisationColumn> getColumns() {
    return List.of(OrganisationColumn.values());
  }

  public List<ImportJobService.Problem> getProblems() {
    if (job != null) {
      return job.rejectedRows();
    }
    return preview == null ? List.of() : preview.problems();
  }

  private Locale locale() {
    return localeView.getLocale();
  }

  /** The chosen files ({@code h:inputFile multiple}: a list, empty when none was chosen). */
  public List<Part> getFile() {
    return files;
  }

  public void setFile(List<Part> files) {
    this.files = files;
  }

  /** The size cap in bytes, for the page's check before the upload. */
  public long getMaxBytes() {
    return CsvOrganisationReader.MAX_BYTES;
  }

  public String getJob() {
    return jobId;
  }

  public void setJob(String job) {
    this.jobId = job;
  }

  public ImportJobService.Job getJobState() {
    return job;
  }

  public Map<String, String> getMapping() {
    return mapping;
  }

  public ImportJobService.Preview getPreview() {
    return preview;
  }

  public String getRefusal() {
    return refusal;
  }
}
