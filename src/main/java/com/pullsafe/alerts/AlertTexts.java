package com.pullsafe.alerts;

import com.pullsafe.shared.Bundle;

/** The texts of the coach's alerts: the in-app line and the e-mail. */
final class AlertTexts {

  static final Bundle TEXTS = Bundle.of("com.pullsafe.alerts.AlertMessages", AlertTexts.class);

  private AlertTexts() {}
}
