package org.knooppunt.signup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The approval queue ({@code signup/queue.xhtml}) for admins and librarians: the oldest {@value
 * #PAGE} waiting requests of their area, approve in one step, reject in two (the reason is asked
 * for on the page itself, no dialog, so it works with the keyboard and without scripts).
 */
@Named
@ViewScoped
public class SignupQueueView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;

  @Inject transient SignupService service;
  @Inject transient CurrentUser currentUser;

  private transient SignupService.QueuePage page;
  private String rejecting;
  private String rejectingName;
  private String reason;

  public void load() throws IOException {
    if (!SignupService.mayDecide(actor())) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
    }
  }

  public List<SignupRequest> getRows() {
    return page().rows();
  }

  public long getTotal() {
    return page().total();
  }

  /** "showing 3 of 3". */
  public String getCount() {
    return org.knooppunt.platform.i18n.Messages.get(
        SignupMessages.locale(), "signup.queueCount", page().rows().size(), page().total());
  }

  public void approve(String id) {
    try {
      SignupRequest r = service.approve(actor(), id, SignupMessages.locale());
      SignupMessages.info("signup.approvedMessage", r.organisationName());
      cancel();
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
    page = null;
  }

  public void startReject(String id, String name) {
    rejecting = id;
    rejectingName = name;
    reason = null;
  }

  public void reject() {
    try {
      SignupRequest r = service.reject(actor(), rejecting, reason, SignupMessages.locale());
      SignupMessages.info("signup.rejectedMessage", r.organisationName());
      cancel();
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
    page = null;
  }

  public void cancel() {
    rejecting = null;
    rejectingName = null;
    reason = null;
  }

  private SignupService.QueuePage page() {
    if (page == null) {
      page = service.queue(actor(), null, 0, PAGE, SignupMessages.locale());
    }
    return page;
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  public String getRejecting() {
    return rejecting;
  }

  public String getRejectingName() {
    return rejectingName;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
