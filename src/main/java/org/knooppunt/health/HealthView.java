package org.knooppunt.health;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * The health of one region ({@code ?region=PV26}) or taalnetwerk ({@code ?taalnetwerk=…}) over the
 * years: a chart (Chart.js through PrimeFaces' {@code p:chart}, its configuration built here as
 * JSON) and the table behind it, which is the accessible twin; and "take a snapshot" for those who
 * may.
 */
@Named
@ViewScoped
public class HealthView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HealthService service;
  @Inject transient CurrentUser currentUser;

  private String region;
  private String taalnetwerk;
  private HealthRepository.Subject subject;
  private List<HealthSnapshot> history;

  public void load() throws IOException {
    if (subject != null) {
      return;
    }
    SubjectKind kind =
        taalnetwerk != null && !taalnetwerk.isBlank()
            ? SubjectKind.TAALNETWERK
            : SubjectKind.REGION;
    String id = kind == SubjectKind.TAALNETWERK ? taalnetwerk : region;
    subject = service.subject(kind, id).orElse(null);
    if (subject == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    history = service.history(kind, id);
  }

  public String snapshot() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try {
      service.snapshot(currentUser.account().orElse(null), subject.kind(), subject.id(), locale);
      String param = subject.kind() == SubjectKind.TAALNETWERK ? "taalnetwerk" : "region";
      return "/networkhealth/view.xhtml?faces-redirect=true&done=snapshot&"
          + param
          + "="
          + subject.id();
    } catch (DomainException e) {
      FacesMessages.show(e, "health.col.");
      return null;
    }
  }

  public boolean isMaySnapshot() {
    return HealthService.maySnapshot(currentUser.account().orElse(null), subject);
  }

  /** The Chart.js configuration: the numbers per year, oldest first, in the user's language. */
  public String getChart() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<HealthSnapshot> years = history.reversed();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    years.forEach(s -> labels.add(String.valueOf(s.year())));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(locale, "health.col.members", years, s -> s.members(), "#1f5f8b", "y"))
            .add(dataset(locale, "health.col.partners", years, s -> s.partners(), "#2e7d32", "y"))
            .add(
                dataset(
                    locale,
                    "health.col.confirmedCollaborations",
                    years,
                    s -> s.confirmedCollaborations(),
                    "#8e4a00",
                    "y"))
            .add(
                dataset(
                    locale,
                    "health.col.partnersPer10k",
                    years,
                    HealthSnapshot::partnersPer10k,
                    "#6a1b9a",
                    "y1"));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add(
                            "y1",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "right")
                                .add(
                                    "grid",
                                    Json.createObjectBuilder().add("drawOnChartArea", false)))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      Locale locale,
      String key,
      List<HealthSnapshot> years,
      ToDoubleFunction<HealthSnapshot> value,
      String colour,
      String axis) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    years.forEach(s -> data.add(value.applyAsDouble(s)));
    return Json.createObjectBuilder()
        .add("label", Messages.get(locale, key))
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("yAxisID", axis)
        .add("fill", false);
  }

  public boolean isTaalnetwerkSubject() {
    return subject != null && subject.kind() == SubjectKind.TAALNETWERK;
  }

  public HealthRepository.Subject getSubject() {
    return subject;
  }

  public List<HealthSnapshot> getHistory() {
    return history;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getTaalnetwerk() {
    return taalnetwerk;
  }

  public void setTaalnetwerk(String taalnetwerk) {
    this.taalnetwerk = taalnetwerk;
  }
}
