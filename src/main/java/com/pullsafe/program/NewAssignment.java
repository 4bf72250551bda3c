package com.pullsafe.program;

import com.pullsafe.programming.Alternative;
import com.pullsafe.programming.Dose;
import com.pullsafe.shared.Amount;
import com.pullsafe.shared.Between;
import com.pullsafe.shared.EnumName;
import com.pullsafe.shared.EnumNames;
import com.pullsafe.shared.MaxLength;
import com.pullsafe.shared.Storable;
import java.math.BigDecimal;

/**
 * An exercise a coach assigns: an alternative or drill of the catalog by its code, sets, reps (as
 * many as the unit of its dose allows, see {@link DoseWithinUnit}), and optionally a load and a
 * tempo (e.g. "3-1-3").
 */
@DoseWithinUnit
public record NewAssignment(
    @EnumName(type = Alternative.class, required = true) String alternative,
    @Between(min = "1", max = "" + NewAssignment.SETS_MAX, required = true) Integer sets,
    Integer reps,
    @Amount(
            min = "0",
            minIncluded = false,
            max = NewAssignment.LOAD_MAX_KG,
            decimals = 2,
            message = "{pullsafe.assign.loadKg}",
            decimalsMessage = "{pullsafe.assign.loadKg}")
        BigDecimal loadKg,
    @MaxLength(max = NewAssignment.TEMPO_MAX) @Storable String tempo) {

  public static final int SETS_MAX = 20;

  /** The most reps a set may hold; seconds and minutes have their own bound ({@link Dose.Unit}). */
  public static final int REPS_MAX = Dose.Unit.REPS.max();

  public static final String LOAD_MAX_KG = "1000";
  public static final int TEMPO_MAX = 20;

  /** The catalog entry the code names, or null when it names none. */
  public Alternative catalogEntry() {
    return EnumNames.parse(Alternative.class, alternative);
  }

  /** The most {@link #reps} may be: the bound of the entry's unit, or of reps for no entry. */
  public int mostReps() {
    Alternative entry = catalogEntry();
    return entry == null ? REPS_MAX : entry.dose().unit().max();
  }
}
