package com.pullsafe.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The assignments a coach makes at once, as a review request names them ({@code assign}): at most
 * {@value #MAX}, each one checked field by field ({@code assign[0].reps}).
 */
public record NewAssignments(
    @Size(max = NewAssignments.MAX, message = "{pullsafe.assign.tooMany}")
        List<@NotNull(message = "{pullsafe.required}") @Valid NewAssignment> assign) {

  public static final int MAX = 20;
}
