package com.pullsafe.platformadmin;

import com.pullsafe.identity.AcceptablePassword;
import com.pullsafe.identity.NewCredentials;
import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Storable;
import com.pullsafe.tenancy.Tenant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to open a tenant: its slug and name, and its first tenant admin. */
@AcceptablePassword(field = "adminPassword")
public record NewTenant(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = Tenant.SLUG_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        @Pattern(regexp = Tenant.SLUG_PATTERN, message = "{pullsafe.tenant.slug}")
        String slug,
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = Tenant.NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String name,
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.EMAIL_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        @Pattern(regexp = UserAccount.EMAIL_PATTERN, message = "{pullsafe.email}")
        String adminEmail,
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String adminDisplayName,
    String adminPassword)
    implements NewCredentials {

  @Override
  public String login() {
    return adminEmail;
  }

  @Override
  public String password() {
    return adminPassword;
  }
}
