package com.pullsafe.identity;

import com.pullsafe.shared.Between;
import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A personal access token to make: its name, and for how many days it works (null: for good). */
public record TokenRequest(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = AccessToken.NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String name,
    @Between(
            min = "1",
            max = "" + AccessToken.EXPIRES_IN_DAYS_MAX,
            message = "{pullsafe.token.expiresInDays}")
        Integer expiresInDays) {}
