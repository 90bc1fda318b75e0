package org.knooppunt.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.region.MunicipalityChoice;
import org.knooppunt.topic.Taxonomy;

/**
 * Create or edit a profile. On a version conflict the page keeps everything the user typed, shows
 * what the other person saved beside it, and lets the user save again over the newer version once
 * she has looked.
 */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;

  private String id;
  private String kind;
  private OrganisationForm form;
  private Organisation original;
  private List<Change> conflict = List.of();
  private String duplicateId;
  private String municipalityName;

  private static final Pattern NAME_IN_LABEL = Pattern.compile("(.+) \\([^()]+\\)\\s*");

  /** One field where the stored profile differs from what this user is saving. */
  public record Change(String field, String theirs, String yours) {}

  public void load() throws IOException {
    if (form != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    Account actor = currentUser.account().orElse(null);
    if (id == null || id.isBlank()) {
      form = new OrganisationForm();
      form.setKind("library".equals(kind) ? Kind.LIBRARY : Kind.PARTNER);
      if (!service.mayCreate(actor, form.getKind())) {
        faces.responseComplete();
        external.responseSendError(403, "");
      }
      return;
    }
    original = service.findForEdit(id).orElse(null);
    if (original == null) {
      faces.responseComplete();
      external.responseSendError(404, "");
      return;
    }
    if (!service.mayEdit(actor, id)) {
      faces.responseComplete();
      external.responseSendError(403, "");
      return;
    }
    form = OrganisationForm.of(original);
  }

  public String save() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Account actor = currentUser.account().orElse(null);
    duplicateId = null;
    try {
      if (isNew()) {
        if (actor == null) {
          throw new DomainException(
              DomainException.Kind.FORBIDDEN, Messages.get(locale, "forbidden"));
        }
        id = service.create(actor, form, locale);
      } else {
        if (actor == null) {
          throw new DomainException(
              DomainException.Kind.FORBIDDEN, Messages.get(locale, "forbidden"));
        }
        service.update(actor, id, form, locale);
      }
      conflict = List.of();
      // The notice travels in the URL, not in the flash scope: a parallel request of the browser
      // (an icon, a prefetch) could otherwise take the message before the page does.
      return "/organisation/view.xhtml?faces-redirect=true&saved=true&id=" + id;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT && e.detail() instanceof Organisation theirs) {
        conflict = changes(theirs, form, locale);
        form.setVersion(theirs.version());
      }
      if (e.kind() == DomainException.Kind.DUPLICATE && e.detail() instanceof Ref existing) {
        duplicateId = existing.id();
      }
      FacesMessages.show(e, "organisation.field.");
      return null;
    }
  }

  static List<Change> changes(Organisation theirs, OrganisationForm yours, Locale locale) {
    OrganisationForm stored = OrganisationForm.of(theirs);
    List<Change> out = new ArrayList<>();
    add(out, "name", stored.getName(), yours.getName());
    add(out, "description", stored.getDescription(), yours.getDescription());
    add(out, "sector", stored.getSector(), yours.getSector());
    add(out, "registrationNumber", stored.getRegistrationNumber(), yours.getRegistrationNumber());
    add(out, "email", stored.getEmail(), yours.getEmail());
    add(out, "website", stored.getWebsite(), yours.getWebsite());
    add(out, "phone", stored.getPhone(), yours.getPhone());
    add(out, "street", stored.getStreet(), yours.getStreet());
    add(out, "postcode", stored.getPostcode(), yours.getPostcode());
    add(out, "place", stored.getPlace(), yours.getPlace());
    add(out, "municipalityCode", stored.getMunicipalityCode(), yours.getMunicipalityCode());
    add(out, "topicIds", String.valueOf(stored.getTopicIds()), String.valueOf(yours.getTopicIds()));
    add(
        out,
        "targetGroupIds",
        String.valueOf(stored.getTargetGroupIds()),
        String.valueOf(yours.getTargetGroupIds()));
    add(
        out,
        "domainIds",
        String.valueOf(stored.getDomainIds()),
        String.valueOf(yours.getDomainIds()));
    return out.stream()
        .map(c ->
            new Change(
                Messages.get(locale, "organisation.field." + c.field()), c.theirs(), c.yours()))
        .toList();
  }

  private static void add(List<Change> out, String field, String theirs, String yours) {
    String a = theirs == null || theirs.isBlank() ? "" : theirs.strip();
    String b = yours == null || yours.isBlank() ? "" : yours.strip();
    if (!Objects.equals(a, b)) {
      out.add(new Change(field, a, b));
    }
  }

  /** The municipality as the person sees it, "Utrecht (GM0344)"; the form keeps the code. */
  public String getMunicipality() {
    if (form == null || form.getMunicipalityCode() == null) {
      return null;
    }
    String name =
        original != null && form.getMunicipalityCode().equals(original.municipalityCode())
            ? original.municipalityName()
            : municipalityName;
    return MunicipalityChoice.label(name, form.getMunicipalityCode());
  }

  public void setMunicipality(String value) {
    form.setMunicipalityCode(MunicipalityChoice.code(value));
    Matcher m = NAME_IN_LABEL.matcher(value == null ? "" : value);
    municipalityName = m.matches() ? m.group(1) : null;
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public OrganisationForm getForm() {
    return form;
  }

  public List<Change> getConflict() {
    return conflict;
  }

  public String getDuplicateId() {
    return duplicateId;
  }

  public Organisation getOriginal() {
    return original;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
