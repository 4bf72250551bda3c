package com.pullsafe.platform;

import com.pullsafe.platform.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors of one request, so every bad field is reported at once. */
public final class FieldChecks {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final List<FieldError> errors = new ArrayList<>();

  /** Present, at most {@code maxLength} characters, and storable (see {@link StorableText}). */
  public FieldChecks required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    } else if (!StorableText.isStorable(value)) {
      errors.add(new FieldError(field, StorableText.REFUSAL));
    }
    return this;
  }

  public FieldChecks email(String field, String value, int maxLength) {
    required(field, value, maxLength);
    if (value != null
        && !value.isBlank()
        && value.length() <= maxLength
        && StorableText.isStorable(value)
        && !EMAIL.matcher(value.trim()).matches()) {
      errors.add(new FieldError(field, "must be an e-mail address such as name@example.com"));
    }
    return this;
  }

  public FieldChecks password(String field, String value, int minLength, int maxLength) {
    if (value == null || value.length() < minLength) {
      errors.add(new FieldError(field, "must be at least " + minLength + " characters"));
    } else if (value.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
    }
    return this;
  }

  public FieldChecks matches(String field, String value, Pattern pattern, String message) {
    if (value != null && !pattern.matcher(value).matches()) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public FieldChecks check(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** Throws {@link InvalidInput} listing every error found, if any. */
  public void orThrow() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
