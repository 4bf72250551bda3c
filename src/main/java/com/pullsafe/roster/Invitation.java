package com.pullsafe.roster;

import com.pullsafe.identity.UserAccount;
import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to invite by e-mail: their address and name, whether they join as an {@code ATHLETE}
 * (null means athlete) or a {@code COACH}, and an athlete's coach ({@code coachId}; a tenant admin
 * may choose one or none, a coach's invitees are theirs).
 */
public record Invitation(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.EMAIL_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        @Pattern(regexp = UserAccount.EMAIL_PATTERN, message = "{pullsafe.email}")
        String email,
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String displayName,
    String role,
    Long coachId) {}
