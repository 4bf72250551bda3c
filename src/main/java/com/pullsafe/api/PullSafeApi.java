package com.pullsafe.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api}; version 1 resources under {@code /api/v1}. */
@ApplicationPath("/api")
public class PullSafeApi extends Application {}
