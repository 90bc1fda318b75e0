package org.knooppunt.signup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.knooppunt.platform.domain.SafeText;

/**
 * The account of a partner's contact person, as the sign-up, claim and invite screens and the API
 * send it: a username, a display name, a business e-mail address and a password. The password's
 * strength is checked by {@link SignupService}, which knows the username.
 */
public class ContactForm {

  @NotBlank(message = "{knooppunt.validation.required}")
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}", message = "{signup.validation.username}")
  private String username;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 100, message = "{knooppunt.validation.size}")
  @SafeText
  private String displayName;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Email(message = "{knooppunt.validation.email}")
  @Size(max = 254, message = "{knooppunt.validation.size}")
  @SafeText
  private String email;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 200, message = "{knooppunt.validation.size}")
  private String password;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
