package org.knooppunt.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The people section of an organisation's profile: the people the user may see (at most {@value
 * #SHOWN}, by name) and, for whoever speaks for the organisation, "add a person".
 */
@Named
@RequestScoped
public class OrganisationPeopleView {

  static final int SHOWN = 100;

  @Inject PersonService service;
  @Inject CurrentUser currentUser;

  private List<Person> people;
  private Boolean mayAdd;

  public List<Person> people(String organisationId) {
    if (people == null) {
      people = service.ofOrganisation(currentUser.account().orElse(null), organisationId, 0, SHOWN);
    }
    return people;
  }

  public boolean mayAdd(String organisationId) {
    if (mayAdd == null) {
      mayAdd = service.mayManage(currentUser.account().orElse(null), organisationId);
    }
    return mayAdd;
  }
}
