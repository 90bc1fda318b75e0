package org.knooppunt.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.knooppunt.platform.web.FacesMessages;

/**
 * Says on the organisation list why its export button gave no file: the export refused the
 * selection as too large and sent the browser back here ({@code ?exportRefused=1}) instead of
 * showing the API's JSON refusal.
 */
@Named
@RequestScoped
public class ExportRefusalView {

  /** The query parameter the export adds when it sends the browser back. */
  public static final String PARAMETER = "exportRefused";

  @Inject OrganisationExport export;

  /** A view action of the list page: the message, when the export sent the browser back. */
  public void show() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.isPostback()
        || !"1".equals(faces.getExternalContext().getRequestParameterMap().get(PARAMETER))) {
      return;
    }
    FacesMessages.error("exchange.export.tooMany", export.maxRows());
  }
}
