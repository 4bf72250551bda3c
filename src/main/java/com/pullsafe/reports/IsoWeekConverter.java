package com.pullsafe.reports;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link IsoWeek} as its text ({@code 2026-W47}), which sorts in time order. */
@Converter(autoApply = true)
public class IsoWeekConverter implements AttributeConverter<IsoWeek, String> {

  @Override
  public String convertToDatabaseColumn(IsoWeek week) {
    return week == null ? null : week.toString();
  }

  @Override
  public IsoWeek convertToEntityAttribute(String text) {
    return text == null ? null : IsoWeek.parse(text);
  }
}
