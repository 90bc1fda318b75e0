package org.knooppunt.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.knooppunt.platform.security.CurrentUser;

/** The unread count in the header: one small query per page, asked at most once per request. */
@Named
@RequestScoped
public class InboxBadge {

  @Inject InboxService service;
  @Inject CurrentUser currentUser;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.account().map(service::unread).orElse(0L);
    }
    return unread;
  }
}
