package org.knooppunt.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.knooppunt.account.Account;
import org.knooppunt.account.AccountService;

/**
 * Who is making this request, loaded once per request: the account with its roles and scope.
 * Services ask it before every write; screens use it only to hide what would be refused anyway.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;
  @Inject AccountService accounts;

  private Optional<Account> account;

  public Optional<Account> account() {
    if (account == null) {
      Principal p = security.getCallerPrincipal();
      account = p == null ? Optional.empty() : accounts.find(p.getName());
    }
    return account;
  }

  /** The account of this request, or a refusal in the user's language when nobody is logged in. */
  public Account require(java.util.Locale locale) {
    return account()
        .orElseThrow(() ->
            new org.knooppunt.platform.domain.DomainException(
                org.knooppunt.platform.domain.DomainException.Kind.FORBIDDEN,
                org.knooppunt.platform.i18n.Messages.get(locale, "forbidden")));
  }

  public boolean loggedIn() {
    return account().isPresent();
  }
}
