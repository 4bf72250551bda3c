package com.pullsafe.roster;

import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coach's or an athlete's new display name (their login stays). */
public record NameChange(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String displayName) {}
