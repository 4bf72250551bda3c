package com.pullsafe.program;

import com.pullsafe.shared.Storable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a coach writes when clearing an athlete for heavy pulling again. */
public record ClearanceNote(
    @NotBlank(message = "{pullsafe.required}")
        @Size(max = Clearance.NOTE_MAX, message = "{pullsafe.text.tooLong}")
        @Storable
        String note) {}
