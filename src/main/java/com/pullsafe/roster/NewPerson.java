package com.pullsafe.roster;

import com.pullsafe.identity.AcceptablePassword;
import com.pullsafe.identity.NewCredentials;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new coach, athlete or tenant admin: their login and display name. */
@AcceptablePassword(field = "password")
public record NewPerson(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.EMAIL_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        @Pattern(regexp = UserAccount.EMAIL_PATTERN, message = "{pullsafe.email}")
        String email,
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String displayName,
    String password)
    implements NewCredentials {

  @Override
  public String login() {
    return email;
  }
}
