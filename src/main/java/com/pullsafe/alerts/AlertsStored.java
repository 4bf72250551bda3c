package com.pullsafe.alerts;

import java.util.List;

/** In-app notifications stored for one alert, whose e-mails go out once the report commits. */
record AlertsStored(long tenantId, List<Long> notificationIds) {}
